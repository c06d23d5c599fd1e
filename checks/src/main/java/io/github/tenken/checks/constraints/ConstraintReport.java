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

    static Outcome of(Map<DatasetRole, ConstraintTally> tallies, Constraints constraints, int listRows,
                      CheckContext run) {
        ResultTable.Builder perRule = ResultTable.builder("per-rule", Message.of(ID + ".table.perRule"),
                "dataset", "rule", "rows_evaluated", "violations", "rows_not_evaluated", "share");
        ResultTable.Builder rows = ResultTable.builder("violating-rows", Message.of(ID + ".table.rows",
                Arg.count(listRows)), "dataset", "rule", "row", "offending_values");
        long violating = 0;
        long allRows = 0;
        Set<Integer> violated = new HashSet<>();
        DatasetRole worstRole = null;
        ConstraintTally.RuleTally worst = null;
        for (Map.Entry<DatasetRole, ConstraintTally> e : tallies.entrySet()) {
            String dataset = e.getKey().key();
            ConstraintTally t = e.getValue();
            violating += t.violatingRows();
            allRows += t.rows();
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
                        worst = rule;
                        worstRole = e.getKey();
                    }
                }
            }
        }
        double share = allRows == 0 ? 0 : (double) violating / allRows;
        List<Message> datasets = tallies.keySet().stream().map(r -> Message.of("role." + r.key())).toList();
        int ruleCount = constraints.rules().size();
        Message sentence = worst == null
                ? Message.of(ID + ".summary.none", Arg.count(ruleCount), datasets, Arg.count(allRows))
                : Message.of(ID + ".summary", Arg.count(violating), Arg.count(allRows), Arg.share(share),
                Arg.count(ruleCount), Arg.count(violated.size()), worst.rule().describe(),
                Message.of("role." + worstRole.key()), Arg.count(worst.violations()), Arg.count(worst.evaluated()),
                example(worst));
        return Outcome.builder()
                .measure(run.judged("violating_rows", violating, "rows"))
                .measure(run.judged("violated_rules", violated.size(), "rules"))
                .measure(run.judged("violation_share", share, "ratio"))
                .table(perRule.build())
                .table(rows.build())
                .explanation(sentence)
                .build();
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
