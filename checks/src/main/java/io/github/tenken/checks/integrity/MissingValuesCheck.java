package io.github.tenken.checks.integrity;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.data.Column;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.RowsWithMissing;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code b3.missing-values}: missing values per column in the training data and, when given, the test and operation
 * data, and the rows with at least one missing value (guideline B-3.1b: outliers and gaps found and handled).
 */
public final class MissingValuesCheck implements Check {

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("b3.missing-values",
                    "Missing values", InternalCharacteristic.B_3)
            .description("Counts missing values per column in each given dataset and the rows with at least one; "
                    + "the largest share of missing values in any column of any dataset is judged, because a column "
                    + "with many gaps needs a documented handling policy.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b")
            .needs(Input.TRAINING_DATA)
            .criteria("max_missing_share <= 0.05")
            .build();

    /** The check with its default criterion {@code max_missing_share <= 0.05}. */
    public MissingValuesCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<StatisticRequest> statistics(CheckContext ctx) {
        List<StatisticRequest> requests = new ArrayList<>();
        for (DatasetRole role : DatasetRole.values()) {
            ctx.dataset(role).ifPresent(t -> {
                t.columnNames().forEach(c -> requests.add(StatisticRequest.of(role, new MissingCount(c))));
                requests.add(StatisticRequest.of(role, RowsWithMissing.allColumns()));
            });
        }
        return requests;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        ResultTable.Builder perColumn = ResultTable.builder("per-column", "Missing values per column",
                "column", "dataset", "missing", "share");
        ResultTable.Builder perDataset = ResultTable.builder("rows-with-missing",
                "Rows with at least one missing value", "dataset", "rows", "rows with missing", "share");
        double maxShare = 0;
        String worst = null;
        java.util.Set<String> columnsWithMissing = new java.util.TreeSet<>();
        for (DatasetRole role : DatasetRole.values()) {
            Table t = ctx.dataset(role).orElse(null);
            if (t == null) {
                continue;
            }
            for (Column c : t.columns()) {
                long missing = ctx.statistic(role, new MissingCount(c.name()));
                double share = share(missing, t.rowCount());
                perColumn.row(c.name(), role.key(), missing, share);
                if (missing > 0) {
                    columnsWithMissing.add(c.name());
                }
                if (share > maxShare) {
                    maxShare = share;
                    worst = c.name() + " (" + role.key() + ")";
                }
            }
            long rows = ctx.statistic(role, RowsWithMissing.allColumns());
            perDataset.row(role.key(), t.rowCount(), rows, share(rows, t.rowCount()));
        }
        Table training = ctx.require(DatasetRole.TRAINING);
        long trainingRows = ctx.statistic(DatasetRole.TRAINING, RowsWithMissing.allColumns());
        String sentence = (worst == null ? "No column of any dataset has a missing value"
                : "The largest share of missing values is " + Formats.percent(maxShare) + " in " + worst)
                + "; " + Formats.count(trainingRows) + " of " + Formats.count(training.rowCount())
                + " training rows (" + Formats.percent(share(trainingRows, training.rowCount()))
                + ") have at least one missing value.";
        return Outcome.builder()
                .measure(ctx.judged("max_missing_share", maxShare, "ratio"))
                .measure(ctx.judged("rows_with_missing", trainingRows, "rows"))
                .measure(ctx.judged("columns_with_missing", columnsWithMissing.size(), "columns"))
                .table(perColumn.build())
                .table(perDataset.build())
                .explanation(sentence)
                .build();
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
