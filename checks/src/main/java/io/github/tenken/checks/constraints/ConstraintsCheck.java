package io.github.tenken.checks.constraints;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code b3.constraints}: the rules the user declared for the data (guideline B-3.1b, values outside the declared
 * domain found and handled; B-3.2c, post-hoc inspection of the data) checked on the training data and, when given,
 * the test and operation data: per column a range, an allowed set, a pattern, never missing, unique; across columns
 * a comparison with a tolerance, such as {@code experience == age - education - 6}. Rows with a missing operand are
 * not evaluated and counted apart; the first breaking rows are listed by their 1-based number.
 *
 * <pre>{@code
 * Check check = new ConstraintsCheck(Constraints.builder()
 *         .range("age", 17, 90).allowed("sex", "Male", "Female")
 *         .rule("experience == age - education - 6", 0.5)
 *         .check("no applicant is younger than their experience", table -> countYoungerThanExperience(table))
 *         .build());
 * }</pre>
 *
 * <p>A rule written as a lambda over the table ({@link Constraints.Builder#check}) counts its own violating rows;
 * its count is added to {@code violating_rows} (a lambda names no rows, so a row that also breaks a declared rule
 * may be counted twice), and an exception it throws makes the result an ERROR naming the rule.
 *
 * <p>Without rules (the no-argument constructor the catalogue uses) the check is not applicable and says how to
 * declare them. A rule naming a column a dataset lacks, or a column of a type it cannot read, is an error of the
 * check that names the column and the dataset's columns.
 */
public final class ConstraintsCheck implements Check {

    static final String ID = "b3.constraints";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Declared data constraints", InternalCharacteristic.B_3)
            .description("Checks the rules declared for the data on every given dataset: ranges, allowed values, "
                    + "patterns, values never missing, unique values, and comparisons across numeric columns with a "
                    + "tolerance. Counts the rows that break each rule and lists the first of them; rows with a "
                    + "missing operand are counted as not evaluated. Any row breaking a rule fails the default "
                    + "criterion.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b", "B-3.2c")
            .needs(Input.TRAINING_DATA)
            .parameters(ParameterSpec.integer("listRows", 10, 0, 1000,
                    "how many breaking rows to list per rule and dataset"))
            .criteria("violating_rows == 0")
            .measures("violated_rules", "violating_rows", "violation_share")
            .build();

    private final Constraints constraints;

    /** The check without rules, as the catalogue finds it: not applicable until rules are declared. */
    public ConstraintsCheck() {
        this(Constraints.none());
    }

    /** The check of these rules, with its default criterion {@code violating_rows == 0}. */
    public ConstraintsCheck(Constraints constraints) {
        this.constraints = Preconditions.notNull(constraints, "constraints");
    }

    /** The rules this check applies. */
    public Constraints constraints() {
        return constraints;
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (constraints.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", "\"constraints\"",
                    "[{\"column\": \"age\", \"min\": 17, \"max\": 90}, {\"rule\": \"start <= end\"}]",
                    "new ConstraintsCheck(Constraints.builder()...build())"));
        }
        int listRows = ctx.parameters().getInt("listRows");
        ConstraintScan scan = new ConstraintScan(constraints, listRows);
        boolean scanned = !constraints.rules().isEmpty();
        boolean inline = !constraints.inline().isEmpty();
        Map<DatasetRole, Stat<ConstraintTally>> tallies = new EnumMap<>(DatasetRole.class);
        List<DatasetRole> roles = new ArrayList<>();
        for (DatasetRole role : DatasetRole.values()) {
            ctx.schema(role).ifPresent(schema -> {
                roles.add(role);
                if (scanned) {
                    constraints.validate(schema, "the " + role.key() + " data " + ctx.datasetName(role));
                    tallies.put(role, ctx.stat(role, scan));
                }
                if (inline) {
                    // a lambda reads the whole table, so the dataset's rows are kept for this check
                    ctx.needsRows(role);
                }
            });
        }
        return run -> {
            Map<DatasetRole, ConstraintTally> found = new EnumMap<>(DatasetRole.class);
            tallies.forEach((role, stat) -> found.put(role, run.get(stat)));
            Map<DatasetRole, List<Long>> counted = new EnumMap<>(DatasetRole.class);
            for (DatasetRole role : inline ? roles : List.<DatasetRole>of()) {
                Table table = run.table(role);
                List<Long> counts = new ArrayList<>();
                for (InlineConstraint rule : constraints.inline()) {
                    try {
                        counts.add(rule.count(table));
                    } catch (RuntimeException e) {
                        // the runner turns this into an ERROR result whose sentence names the rule and the data
                        throw new IllegalStateException("the inline rule \"" + rule.name() + "\" failed on the "
                                + role.key() + " data: " + causeOf(e), e);
                    }
                }
                counted.put(role, counts);
            }
            return ConstraintReport.of(roles, found, counted, constraints, listRows, run);
        };
    }

    private static String causeOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
