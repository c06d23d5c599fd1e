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
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.RowsWithMissing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code b3.missing-values}: missing values per column in the training data and, when given, the test and operation
 * data, and the rows with at least one missing value (guideline B-3.1b: outliers and gaps found and handled).
 */
public final class MissingValuesCheck implements Check {

    private static final String ID = "b3.missing-values";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Missing values", InternalCharacteristic.B_3)
            .description("Counts missing values per column in each given dataset and the rows with at least one; "
                    + "the largest share of missing values in any column of any dataset is judged, because a column "
                    + "with many gaps needs a documented handling policy.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b")
            .shows("B-3.1b", "gaps")
            .needs(Input.TRAINING_DATA)
            .criteria("max_missing_share <= 0.05")
            .measures("columns_with_missing", "max_missing_share", "rows_with_missing")
            .build();

    /** The check with its default criterion {@code max_missing_share <= 0.05}. */
    public MissingValuesCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Map<DatasetRole, Map<String, Stat<Long>>> perColumn = new EnumMap<>(DatasetRole.class);
        Map<DatasetRole, Stat<Long>> rowsWithMissing = new EnumMap<>(DatasetRole.class);
        for (DatasetRole role : DatasetRole.values()) {
            ctx.schema(role).ifPresent(schema -> {
                Map<String, Stat<Long>> stats = new LinkedHashMap<>();
                schema.names().forEach(c -> stats.put(c, ctx.stat(role, new MissingCount(c))));
                perColumn.put(role, stats);
                rowsWithMissing.put(role, ctx.stat(role, RowsWithMissing.allColumns()));
            });
        }
        return run -> {
            ResultTable.Builder columns = ResultTable.builder("per-column", Message.of(ID + ".table.perColumn"),
                    "column", "dataset", "missing", "share");
            ResultTable.Builder datasets = ResultTable.builder("rows-with-missing",
                    Message.of(ID + ".table.rowsWithMissing"), "dataset", "rows", "rows_with_missing", "share");
            double maxShare = 0;
            String worstColumn = null;
            DatasetRole worstRole = null;
            Set<String> columnsWithMissing = new TreeSet<>();
            for (Map.Entry<DatasetRole, Map<String, Stat<Long>>> e : perColumn.entrySet()) {
                DatasetRole role = e.getKey();
                long rows = run.rows(role);
                for (Map.Entry<String, Stat<Long>> c : e.getValue().entrySet()) {
                    long missing = run.get(c.getValue());
                    double share = share(missing, rows);
                    columns.row(c.getKey(), role.key(), missing, share);
                    if (missing > 0) {
                        columnsWithMissing.add(c.getKey());
                    }
                    if (share > maxShare) {
                        maxShare = share;
                        worstColumn = c.getKey();
                        worstRole = role;
                    }
                }
                long withMissing = run.get(rowsWithMissing.get(role));
                datasets.row(role.key(), rows, withMissing, share(withMissing, rows));
            }
            long trainingRows = run.rows(DatasetRole.TRAINING);
            long trainingWithMissing = run.get(rowsWithMissing.get(DatasetRole.TRAINING));
            Message sentence = worstColumn == null
                    ? Message.of(ID + ".summary.none", Arg.count(trainingRows))
                    : Message.of(ID + ".summary", Arg.share(maxShare), worstColumn,
                    Message.of("role." + worstRole.key()), Arg.count(trainingWithMissing), Arg.count(trainingRows),
                    Arg.share(share(trainingWithMissing, trainingRows)));
            return Outcome.builder()
                    .measure(run.judged("max_missing_share", maxShare, "ratio"))
                    .measure(run.judged("rows_with_missing", trainingWithMissing, "rows"))
                    .measure(run.judged("columns_with_missing", columnsWithMissing.size(), "columns"))
                    .table(columns.build())
                    .table(datasets.build())
                    .explanation(sentence)
                    .build();
        };
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
