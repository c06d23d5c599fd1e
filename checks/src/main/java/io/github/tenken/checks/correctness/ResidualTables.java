package io.github.tenken.checks.correctness;

import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ResultTable;
import io.github.tenken.internal.Formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The table and chart a regression check reports: the largest errors and a histogram of the residuals. */
final class ResidualTables {

    static final int LARGEST = 10;
    static final int BINS = 20;

    private ResidualTables() {
    }

    /** The rows with the largest absolute residuals, largest first (ties by row). */
    static ResultTable largestErrors(RegressionErrors errors, int[] tableRows) {
        ResultTable.Builder t = ResultTable.builder("largest-errors",
                Message.of("c1.regression.table.largestErrors", Arg.count(LARGEST)),
                "row_index", "actual", "predicted", "residual");
        IntStream.range(0, errors.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -Math.abs(errors.residual(i)))
                        .thenComparingInt(i -> i))
                .limit(LARGEST)
                .forEach(i -> t.row((long) tableRows[i], errors.actual(i), errors.predicted(i), errors.residual(i)));
        return t.build();
    }

    /** A histogram of the residuals {@code actual - predicted} over equal-width bins. */
    static Chart residualHistogram(RegressionErrors errors) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < errors.size(); i++) {
            min = Math.min(min, errors.residual(i));
            max = Math.max(max, errors.residual(i));
        }
        int bins = max > min ? BINS : 1;
        double width = max / bins - min / bins;     // no overflow near +-1e308
        double[] counts = new double[bins];
        for (int i = 0; i < errors.size(); i++) {
            int b = bins == 1 ? 0 : (int) Math.min(bins - 1, Math.floor((errors.residual(i) - min) / width));
            counts[b]++;
        }
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            labels.add(Formats.number(min + b * width) + " .. " + Formats.number(bins == 1 ? max : min + (b + 1) * width));
        }
        return new Chart("residuals", Message.of("c1.regression.chart.residuals"), ChartKind.HISTOGRAM, labels,
                List.of(ChartSeries.of("rows", Message.of("axis.rows"), counts)), Message.of("axis.residual"),
                Message.of("axis.rows"));
    }
}
