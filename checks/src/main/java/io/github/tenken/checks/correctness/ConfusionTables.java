package io.github.tenken.checks.correctness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;

/** The tables and the chart a classification check reports: per-class scores and the confusion matrix, as data. */
final class ConfusionTables {

    private ConfusionTables() {
    }

    /** Support, predictions, precision, recall and F1 of each class (an undefined score is an empty cell). */
    static ResultTable perClass(ConfusionCounts counts, List<String> classes) {
        ResultTable.Builder t = ResultTable.builder("per-class", Message.of("c1.classification.table.perClass"),
                "class", "support", "predicted", "precision", "recall", "f1");
        for (int k = 0; k < classes.size(); k++) {
            t.row(classes.get(k), (long) counts.support(k), (long) counts.predicted(k), cell(counts.precision(k)),
                    cell(counts.recall(k)), cell(counts.f1(k)));
        }
        return t.build();
    }

    /** The confusion matrix: a row per actual class, a column per predicted class (headed by the class names). */
    static ResultTable matrix(ConfusionCounts counts, List<String> classes) {
        List<String> header = new ArrayList<>();
        header.add("actual_predicted");
        header.addAll(classes);
        List<List<Object>> rows = new ArrayList<>();
        for (int a = 0; a < classes.size(); a++) {
            List<Object> row = new ArrayList<>();
            row.add(classes.get(a));
            for (int p = 0; p < classes.size(); p++) {
                row.add((long) counts.cell(a, p));
            }
            rows.add(row);
        }
        return new ResultTable("confusion-matrix", Message.of("c1.classification.table.matrix"), header, rows);
    }

    /** The confusion matrix as a MATRIX chart: one series per actual class. */
    static Chart matrixChart(ConfusionCounts counts, List<String> classes) {
        List<ChartSeries> series = new ArrayList<>();
        for (int a = 0; a < classes.size(); a++) {
            double[] values = new double[classes.size()];
            for (int p = 0; p < values.length; p++) {
                values[p] = counts.cell(a, p);
            }
            series.add(ChartSeries.of(classes.get(a), Message.literal(classes.get(a)), values));
        }
        return new Chart("confusion-matrix", Message.of("c1.classification.chart.matrix"), ChartKind.MATRIX, classes,
                series, Message.of("axis.predictedClass"), Message.of("axis.actualClass"));
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
