package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ParameterType;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.EdgeCounts;
import io.github.tenken.stats.EdgeValues;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.ValueCount;
import io.github.tenken.stats.RowGroups;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code b3.label-conflicts}: groups of rows with identical features but more than one label in the training data
 * (and in the test data when given): labels that contradict each other (guideline B-3.1c). A missing label is not a
 * conflict. A numeric label (regression) differs on nearly every row, so equality says nothing: its groups conflict
 * when their labels spread by more than the parameter {@code labelTolerance}, and without it the check is not
 * applicable and says so. It reads the same row groups as {@code b3.duplicates}, so both cost one grouping.
 */
public final class LabelConflictsCheck implements Check {

    private static final String ID = "b3.label-conflicts";

    /** The most distinct whole values a numeric label may have to be judged as classes without a tolerance. */
    static final int MAX_CLASS_VALUES = 20;
    private static final String TOLERANCE = "labelTolerance";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Conflicting labels for identical inputs", InternalCharacteristic.B_3)
            .description("Groups rows by all feature values and counts the groups that carry more than one label; "
                    + "the rows in such groups are label noise or a sign that a feature the label depends on is "
                    + "missing.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1c")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .parameters(new ParameterSpec(TOLERANCE, ParameterType.FLOAT, "",
                    "for a numeric label: a group conflicts when its labels differ by more than this (largest minus "
                            + "smallest); unset, a numeric label is not assessed", 0.0, null))
            .criteria("conflicting_share <= 0.01")
            .measures("conflicting_groups", "conflicting_rows", "conflicting_share", "conflicting_rows_test")
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
        String label = ctx.roles().label();
        boolean numeric = ctx.requireSchema(DatasetRole.TRAINING).type(label) == ColumnType.NUMERIC;
        String toleranceText = ctx.parameters().getString(TOLERANCE);
        // a numeric label without a tolerance: classes written as numbers (0/1) are judged as classes, anything else
        // is not applicable
        Stat<EdgeCounts> labelValues = numeric && toleranceText.isEmpty()
                ? ctx.stat(DatasetRole.TRAINING, new EdgeValues(label, MAX_CLASS_VALUES + 1)) : null;
        Counter given = numeric && !toleranceText.isEmpty() ? new Counter(Double.parseDouble(toleranceText))
                : new Counter(Double.NaN);
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
            Counter counter = given;
            int classValues = 0;
            if (labelValues != null) {
                classValues = classValues(run.get(labelValues));
                if (classValues == 0) {
                    return Outcome.notApplicable(Message.of(ID + ".notApplicable.numeric", Arg.text(label),
                            Arg.text(TOLERANCE), Arg.count(MAX_CLASS_VALUES)));
                }
                counter = new Counter(0);
            }
            RowGroupSet t = run.get(train);
            RowGroupSet.Conflicts c = counter.conflicts(t);
            double share = share(c.rows(), t.rows());
            ResultTable.Builder table = ResultTable.builder("label-conflicts", Message.of(ID + ".table"),
                    "dataset", "rows", "conflicting_groups", "conflicting_rows", "share");
            table.row(DatasetRole.TRAINING.key(), t.rows(), c.groups(), c.rows(), share);
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("conflicting_rows", c.rows(), "rows"))
                    .measure(run.judged("conflicting_groups", c.groups(), "groups"))
                    .measure(run.judged("conflicting_share", share, "ratio"));
            Message sentence;
            if (testStat == null) {
                sentence = Message.of(ID + ".summary", Arg.count(c.groups()), Arg.count(c.rows()),
                        Arg.count(t.rows()), Arg.share(share));
            } else {
                RowGroupSet s = run.get(testStat);
                RowGroupSet.Conflicts d = counter.conflicts(s);
                table.row(DatasetRole.TEST.key(), s.rows(), d.groups(), d.rows(), share(d.rows(), s.rows()));
                out.measure(run.judged("conflicting_rows_test", d.rows(), "rows"));
                sentence = Message.of(ID + ".summaryWithTest", Arg.count(c.groups()), Arg.count(c.rows()),
                        Arg.count(t.rows()), Arg.share(share), Arg.count(d.groups()), Arg.count(d.rows()));
            }
            if (classValues > 0) {
                sentence = Message.of("sentences", sentence, Message.of(ID + ".numericClasses", Arg.text(label),
                        Arg.count(classValues)));
            } else if (numeric) {
                sentence = Message.of("sentences", sentence, Message.of(ID + ".numeric", Arg.text(label),
                        Arg.num(counter.tolerance())));
            }
            return out.table(table.build()).explanation(sentence).build();
        };
    }

    /** Counts conflicts: labels that differ (a categorical label), or spread beyond the tolerance (a numeric one). */
    private record Counter(double tolerance) {
        RowGroupSet.Conflicts conflicts(RowGroupSet groups) {
            return Double.isNaN(tolerance)
                    ? new RowGroupSet.Conflicts(groups.conflictingGroups(), groups.conflictingRows())
                    : groups.conflictsBeyond(tolerance);
        }
    }

    /**
     * The number of distinct values of a numeric label when they are all whole numbers and at most
     * {@link #MAX_CLASS_VALUES} (classes written as numbers, such as 0 and 1), else 0.
     */
    private static int classValues(EdgeCounts values) {
        long covered = 0;
        for (ValueCount v : values.lowest()) {
            if (v.value() != Math.rint(v.value())) {
                return 0;
            }
            covered += v.count();
        }
        return values.lowest().size() <= MAX_CLASS_VALUES && covered == values.present() && covered > 0
                ? values.lowest().size() : 0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
