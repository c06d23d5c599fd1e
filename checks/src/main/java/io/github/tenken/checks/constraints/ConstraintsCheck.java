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
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.EnumMap;
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
 *         .rule("experience == age - education - 6", 0.5).build());
 * }</pre>
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
        Map<DatasetRole, Stat<ConstraintTally>> tallies = new EnumMap<>(DatasetRole.class);
        for (DatasetRole role : DatasetRole.values()) {
            ctx.schema(role).ifPresent(schema -> {
                constraints.validate(schema, "the " + role.key() + " data " + ctx.datasetName(role));
                tallies.put(role, ctx.stat(role, scan));
            });
        }
        return run -> {
            Map<DatasetRole, ConstraintTally> found = new EnumMap<>(DatasetRole.class);
            tallies.forEach((role, stat) -> found.put(role, run.get(stat)));
            return ConstraintReport.of(found, constraints, listRows, run);
        };
    }
}
