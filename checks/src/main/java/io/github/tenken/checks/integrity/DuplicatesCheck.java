package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.checks.stats.RowKeySet;
import io.github.tenken.checks.stats.RowKeys;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code b3.duplicates}: exact duplicate rows in the training and test data, and leakage: test rows whose whole
 * row (features and label) also occurs in the training data, which flatter any test result (guideline B-3.1d).
 */
public final class DuplicatesCheck implements Check {

    private static final DatasetRole TRAINING = DatasetRole.TRAINING;
    private static final DatasetRole TEST = DatasetRole.TEST;

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("b3.duplicates",
                    "Duplicate rows and train/test leakage", InternalCharacteristic.B_3)
            .description("Counts rows equal in every non-ignored column to an earlier row of the same dataset, and "
                    + "test rows that also occur in the training data (contamination of the test set).")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1d")
            .needs(Input.TRAINING_DATA)
            .criteria("duplicate_share_training <= 0.05", "leaked_test_share <= 0.01")
            .build();

    /** The check with its default criteria. */
    public DuplicatesCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<StatisticRequest> statistics(CheckContext ctx) {
        RowKeys keys = keys(ctx);
        List<StatisticRequest> requests = new ArrayList<>();
        requests.add(StatisticRequest.of(TRAINING, keys));
        ctx.dataset(TEST).ifPresent(test -> {
            RowIdentity.requireComparable(ctx.require(TRAINING), test, keys.columns());
            requests.add(StatisticRequest.of(TEST, keys));
        });
        return requests;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        RowKeys keys = keys(ctx);
        Table training = ctx.require(TRAINING);
        RowKeySet train = ctx.statistic(TRAINING, keys);
        Optional<Table> testTable = ctx.dataset(TEST);
        RowKeySet test = testTable.isPresent() ? ctx.statistic(TEST, keys) : null;
        ResultTable.Builder table = ResultTable.builder("duplicates", "Duplicate rows and leakage",
                "dataset", "rows", "distinct rows", "duplicate rows", "duplicate share", "rows also in training");
        double trainShare = share(train.duplicateRows(), train.rows());
        table.row(TRAINING.key(), train.rows(), train.distinctRows(), train.duplicateRows(), trainShare, null);
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("duplicate_share_training", trainShare, "ratio"))
                .measure(ctx.judged("duplicate_rows_training", train.duplicateRows(), "rows"));
        String sentence = Formats.count(train.duplicateRows()) + " of " + Formats.count(train.rows())
                + " training rows (" + Formats.percent(trainShare) + ") duplicate an earlier row";
        if (test == null) {
            out.measure(Measure.of("leaked_test_rows", Double.NaN, "rows"))
                    .measure(Measure.of("leaked_test_share", Double.NaN, "ratio"));
            sentence += "; no test data was given, so leakage was not measured.";
        } else {
            long leaked = test.rowsAlsoIn(train);
            double leakedShare = share(leaked, test.rows());
            double testShare = share(test.duplicateRows(), test.rows());
            table.row(TEST.key(), test.rows(), test.distinctRows(), test.duplicateRows(), testShare, leaked);
            out.measure(ctx.judged("duplicate_rows_test", test.duplicateRows(), "rows"))
                    .measure(ctx.judged("duplicate_share_test", testShare, "ratio"))
                    .measure(ctx.judged("leaked_test_rows", leaked, "rows"))
                    .measure(ctx.judged("leaked_test_share", leakedShare, "ratio"))
                    .measure(ctx.judged("leaked_distinct_rows", test.distinctAlsoIn(train), "rows"));
            sentence += ", " + Formats.count(test.duplicateRows()) + " of " + Formats.count(test.rows())
                    + " test rows do; " + Formats.count(leaked) + " test rows (" + Formats.percent(leakedShare)
                    + ") also occur in the training data.";
        }
        return out.table(table.build()).explanation(sentence).build();
    }

    private static RowKeys keys(CheckContext ctx) {
        return new RowKeys(RowIdentity.columns(ctx.require(TRAINING), ctx.roles()));
    }


    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
