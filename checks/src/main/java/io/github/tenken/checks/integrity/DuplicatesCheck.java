package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
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
 * {@code b3.duplicates}: exact duplicate rows in the training and test data, and leakage: test rows whose whole
 * row (features and label) also occurs in the training data, which flatter any test result (guideline B-3.1d).
 * Identifier columns (a row id) are left out of the comparison and named.
 */
public final class DuplicatesCheck implements Check {

    private static final String ID = "b3.duplicates";
    private static final DatasetRole TRAINING = DatasetRole.TRAINING;
    private static final DatasetRole TEST = DatasetRole.TEST;

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Duplicate rows and train/test leakage", InternalCharacteristic.B_3)
            .description("Counts rows equal in every non-ignored column to an earlier row of the same dataset, and "
                    + "test rows that also occur in the training data (contamination of the test set). Identifier "
                    + "columns are left out of the comparison.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1d")
            .needs(Input.TRAINING_DATA)
            .criteria("duplicate_share_training <= 0.05", "leaked_test_share <= 0.01")
            .measures("duplicate_rows_training", "duplicate_share_training", "duplicate_rows_test",
                    "duplicate_share_test", "leaked_test_rows", "leaked_test_share", "leaked_distinct_rows")
            .build();

    /** The check with its default criteria. */
    public DuplicatesCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        RowGroups groups = RowIdentity.groups(ctx);
        Stat<RowGroupSet> train = ctx.stat(TRAINING, groups);
        Stat<RowGroupSet> test = null;
        if (ctx.has(TEST)) {
            List<String> columns = new ArrayList<>(groups.features());
            columns.add(groups.label());
            RowIdentity.requireColumns(ctx, TEST, columns);
            test = ctx.stat(TEST, groups);
        }
        List<String> identifiers = RowIdentity.identifiers(ctx);
        Stat<RowGroupSet> testStat = test;
        return run -> {
            RowGroupSet t = run.get(train);
            ResultTable.Builder table = ResultTable.builder("duplicates", Message.of(ID + ".table"),
                    "dataset", "rows", "distinct_rows", "duplicate_rows", "duplicate_share", "rows_in_training");
            double trainShare = share(t.duplicateRows(), t.rows());
            table.row(TRAINING.key(), t.rows(), t.distinctRows(), t.duplicateRows(), trainShare, null);
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("duplicate_share_training", trainShare, "ratio"))
                    .measure(run.judged("duplicate_rows_training", t.duplicateRows(), "rows"));
            Message sentence;
            if (testStat == null) {
                out.measure(Measure.of("leaked_test_rows", Double.NaN, "rows"))
                        .measure(Measure.of("leaked_test_share", Double.NaN, "ratio"));
                sentence = Message.of(ID + ".summary.noTest", Arg.count(t.duplicateRows()), Arg.count(t.rows()),
                        Arg.share(trainShare));
            } else {
                RowGroupSet s = run.get(testStat);
                long leaked = s.rowsAlsoIn(t);
                double leakedShare = share(leaked, s.rows());
                double testShare = share(s.duplicateRows(), s.rows());
                table.row(TEST.key(), s.rows(), s.distinctRows(), s.duplicateRows(), testShare, leaked);
                out.measure(run.judged("duplicate_rows_test", s.duplicateRows(), "rows"))
                        .measure(run.judged("duplicate_share_test", testShare, "ratio"))
                        .measure(run.judged("leaked_test_rows", leaked, "rows"))
                        .measure(run.judged("leaked_test_share", leakedShare, "ratio"))
                        .measure(run.judged("leaked_distinct_rows", s.distinctAlsoIn(t), "rows"));
                sentence = Message.of(ID + ".summary", Arg.count(t.duplicateRows()), Arg.count(t.rows()),
                        Arg.share(trainShare), Arg.count(s.duplicateRows()), Arg.count(s.rows()), Arg.count(leaked),
                        Arg.share(leakedShare));
            }
            if (!identifiers.isEmpty()) {
                sentence = Message.of("sentences", sentence, Message.of(ID + ".identifiers", identifiers));
            }
            return out.table(table.build()).explanation(sentence).build();
        };
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
