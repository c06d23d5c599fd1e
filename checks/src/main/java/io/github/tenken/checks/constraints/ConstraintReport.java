package io.github.tenken.checks.constraints;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the tallies of {@link ConstraintsCheck} into its measures, tables and sentence. */
final class ConstraintReport {

    private static final String ID = ConstraintsCheck.ID;

    private ConstraintReport() {
    }

    /**
     * The outcome over every dataset in {@code roles}: the scanned tallies of the declared rules and, per dataset,
     * the counts the inline rules returned (in {@link Constraints#inline()} order).
     */
    static Outcome of(List<DatasetRole> roles, Map<DatasetRole, ConstraintTally> tallies,
                      Map<DatasetRole, List<Long>> inlineCounts, Constraints constraints, int listRows,
                      CheckContext run) {
        ResultTable.Builder perRule = ResultTable.builder("per-rule", Message.of(ID + ".table.perRule"),
                "dataset", "rule", "rows_evaluated", "violations", "rows_not_evaluated", "share");
        ResultTable.Builder rows = ResultTable.builder("violating-rows", Message.of(ID + ".table.rows",
                Arg.count(listRows)), "dataset", "rule", "row", "offending_values");
        long violating = 0;
        long allRows = 0;
        Set<Integer> violated = new HashSet<>();
        Worst worst = null;
        int declared = constraints.rules().size();
        for (DatasetRole role : roles) {
            String dataset = role.key();
            ConstraintTally t = tallies.get(role);
            allRows += run.rows(role);
            if (t != null) {
                violating += t.violatingRows();
                for (int r = 0; r < t.rules().size(); r++) {
                    ConstraintTally.RuleTally rule = t.rules().get(r);
                    Message described = rule.rule().describe();
                    perRule.row(dataset, described, rule.evaluated(), rule.violations(), rule.notEvaluated(),
                            rule.share());
                    for (ConstraintTally.Violation v : rule.firstRows()) {
                        rows.row(dataset, described, v.row(), values(v));
                    }
                    if (rule.violations() > 0) {
                        violated.add(r);
                        if (worst == null || rule.violations() > worst.violations()) {
                            worst = new Worst(described, role, rule.violations(), rule.evaluated(), example(rule));
                        }
                    }
                }
            }
            List<Long> counts = inlineCounts.getOrDefault(role, List.of());
            for (int r = 0; r < counts.size(); r++) {
                InlineConstraint rule = constraints.inline().get(r);
                long broken = counts.get(r);
                long evaluated = run.rows(role);
                violating += broken;
                perRule.row(dataset, rule.describe(), evaluated, broken, 0L,
                        evaluated == 0 ? 0.0 : (double) broken / evaluated);
                if (broken > 0) {
                    violated.add(declared + r);
                    if (worst == null || broken > worst.violations()) {
                        worst = new Worst(rule.describe(), role, broken, evaluated,
                                Message.of(ID + ".example.none"));
                    }
                }
            }
        }
        // a lambda names no rows: its count is added, so a row may be counted twice; never more than all rows
        violating = Math.min(violating, allRows);
        double share = allRows == 0 ? 0 : (double) violating / allRows;
        List<Message> datasets = roles.stream().map(r -> Message.of("role." + r.key())).toList();
        int ruleCount = declared + constraints.inline().size();
        Message sentence = worst == null
                ? Message.of(ID + ".summary.none", Arg.count(ruleCount), datasets, Arg.count(allRows))
                : Message.of(ID + ".summary", Arg.count(violating), Arg.count(allRows), Arg.share(share),
                Arg.count(ruleCount), Arg.count(violated.size()), worst.described(),
                Message.of("role." + worst.role().key()), Arg.count(worst.violations()),
                Arg.count(worst.evaluated()), worst.example());
        return Outcome.builder()
                .measure(run.judged("violating_rows", violating, "rows"))
                .measure(run.judged("violated_rules", violated.size(), "rules"))
                .measure(run.judged("violation_share", share, "ratio"))
                .table(perRule.build())
                .table(rows.build())
                .explanation(sentence)
                .build();
    }

    /** The most often broken rule so far, as the summary names it. */
    private record Worst(Message described, DatasetRole role, long violations, long evaluated, Message example) {
    }

    /** "first in row 7 (age = 95)", or nothing when no row is listed. */
    private static Message example(ConstraintTally.RuleTally rule) {
        if (rule.firstRows().isEmpty()) {
            return Message.of(ID + ".example.none");
        }
        ConstraintTally.Violation v = rule.firstRows().get(0);
        return Message.of(ID + ".example", Arg.count(v.row()), values(v));
    }

    /** The values of a breaking row: {@code age = 95, education = 13}. */
    private static Message values(ConstraintTally.Violation v) {
        List<Message> parts = new ArrayList<>();
        for (int k = 0; k < v.columns().size(); k++) {
            String value = v.values().get(k);
            parts.add(value == null ? Message.of(ID + ".value.missing", v.columns().get(k))
                    : Message.of(ID + ".value", v.columns().get(k), value));
        }
        return Message.of(ID + ".values", parts);
    }
}
