package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.RowGroups;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code b3.label-conflicts}: groups of rows with identical features but more than one label in the training data
 * (and in the test data when given): labels that contradict each other (guideline B-3.1c). A missing label is not a
 * conflict. It reads the same row groups as {@code b3.duplicates}, so both cost one grouping.
 */
public final class LabelConflictsCheck implements Check {

    private static final String ID = "b3.label-conflicts";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Conflicting labels for identical inputs", InternalCharacteristic.B_3)
            .description("Groups rows by all feature values and counts the groups that carry more than one label; "
                    + "the rows in such groups are label noise or a sign that a feature the label depends on is "
                    + "missing.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1c")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .criteria("conflicting_share <= 0.01")
            .build();

    /** The check with its default criterion {@code conflicting_share <= 0.01}. */
    public LabelConflictsCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        RowGroups groups = RowIdentity.groups(ctx);
        Stat<RowGroupSet> train = ctx.stat(DatasetRole.TRAINING, groups);
        Stat<RowGroupSet> test = null;
        if (ctx.has(DatasetRole.TEST)) {
            List<String> columns = new ArrayList<>(groups.features());
            columns.add(groups.label());
            RowIdentity.requireColumns(ctx, DatasetRole.TEST, columns);
            test = ctx.stat(DatasetRole.TEST, groups);
        }
        Stat<RowGroupSet> testStat = test;
        return run -> {
            RowGroupSet t = run.get(train);
            double share = share(t.conflictingRows(), t.rows());
            ResultTable.Builder table = ResultTable.builder("label-conflicts", Message.of(ID + ".table"),
                    "dataset", "rows", "conflicting_groups", "conflicting_rows", "share");
            table.row(DatasetRole.TRAINING.key(), t.rows(), t.conflictingGroups(), t.conflictingRows(), share);
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("conflicting_rows", t.conflictingRows(), "rows"))
                    .measure(run.judged("conflicting_groups", t.conflictingGroups(), "groups"))
                    .measure(run.judged("conflicting_share", share, "ratio"));
            Message sentence;
            if (testStat == null) {
                sentence = Message.of(ID + ".summary", Arg.count(t.conflictingGroups()),
                        Arg.count(t.conflictingRows()), Arg.count(t.rows()), Arg.share(share));
            } else {
                RowGroupSet s = run.get(testStat);
                table.row(DatasetRole.TEST.key(), s.rows(), s.conflictingGroups(), s.conflictingRows(),
                        share(s.conflictingRows(), s.rows()));
                out.measure(run.judged("conflicting_rows_test", s.conflictingRows(), "rows"));
                sentence = Message.of(ID + ".summaryWithTest", Arg.count(t.conflictingGroups()),
                        Arg.count(t.conflictingRows()), Arg.count(t.rows()), Arg.share(share),
                        Arg.count(s.conflictingGroups()), Arg.count(s.conflictingRows()));
            }
            return out.table(table.build()).explanation(sentence).build();
        };
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
