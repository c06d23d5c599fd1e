package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.stats.DuplicateRows;
import io.github.tenken.stats.DuplicateSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code b3.label-conflicts}: groups of rows with identical features but more than one label in the training data
 * (and in the test data when given): labels that contradict each other (guideline B-3.1c).
 */
public final class LabelConflictsCheck implements Check {

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("b3.label-conflicts",
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
    public List<StatisticRequest> statistics(CheckContext ctx) {
        DuplicateRows analyzer = analyzer(ctx);
        List<StatisticRequest> requests = new ArrayList<>();
        requests.add(StatisticRequest.of(DatasetRole.TRAINING, analyzer));
        ctx.dataset(DatasetRole.TEST).ifPresent(test -> {
            List<String> columns = new ArrayList<>(analyzer.features());
            columns.add(analyzer.label());
            RowIdentity.requireColumns(ctx.require(DatasetRole.TRAINING), test, columns);
            requests.add(StatisticRequest.of(DatasetRole.TEST, analyzer));
        });
        return requests;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        DuplicateRows analyzer = analyzer(ctx);
        Table training = ctx.require(DatasetRole.TRAINING);
        DuplicateSummary train = ctx.statistic(DatasetRole.TRAINING, analyzer);
        double share = share(train.conflictingRows(), training.rowCount());
        ResultTable.Builder table = ResultTable.builder("label-conflicts", "Identical inputs with different labels",
                "dataset", "rows", "conflicting groups", "conflicting rows", "share");
        table.row(DatasetRole.TRAINING.key(), training.rowCount(), train.conflictingGroups(), train.conflictingRows(),
                share);
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("conflicting_rows", train.conflictingRows(), "rows"))
                .measure(ctx.judged("conflicting_groups", train.conflictingGroups(), "groups"))
                .measure(ctx.judged("conflicting_share", share, "ratio"));
        String sentence = groups(train.conflictingGroups()) + " of identical training inputs "
                + (train.conflictingGroups() == 1 ? "carries" : "carry") + " more than one label, covering " + Formats.count(train.conflictingRows()) + " of "
                + Formats.count(training.rowCount()) + " rows (" + Formats.percent(share) + ")";
        var test = ctx.dataset(DatasetRole.TEST);
        if (test.isPresent()) {
            DuplicateSummary t = ctx.statistic(DatasetRole.TEST, analyzer);
            int rows = test.get().rowCount();
            table.row(DatasetRole.TEST.key(), rows, t.conflictingGroups(), t.conflictingRows(),
                    share(t.conflictingRows(), rows));
            out.measure(ctx.judged("conflicting_rows_test", t.conflictingRows(), "rows"));
            sentence += "; in the test data " + groups(t.conflictingGroups()) + ", "
                    + Formats.count(t.conflictingRows()) + " rows";
        }
        return out.table(table.build()).explanation(sentence + ".").build();
    }

    /** Feature rows grouped and split by label: the features are every column but the label and the ignored. */
    private static DuplicateRows analyzer(CheckContext ctx) {
        Table training = ctx.require(DatasetRole.TRAINING);
        String label = ctx.roles().label();
        return new DuplicateRows(ctx.roles().features(training), label);
    }

    private static String groups(long n) {
        return Formats.count(n) + (n == 1 ? " group" : " groups");
    }


    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
