package io.github.tenken.checks.correctness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ResultTable;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * The curves and the calibration of a classifier with probabilities, as data for the report: the ROC and
 * precision-recall points (at most {@link ClassificationMetrics#CURVE_POINTS} each, as tables, since a chart kind
 * draws bars over categories, not points in a plane) and the reliability table with its bar chart (mean predicted
 * probability and observed rate per non-empty bin).
 */
final class CurveTables {

    private CurveTables() {
    }

    /** ROC points, highest threshold first: threshold, false positive rate, true positive rate. */
    static ResultTable roc(List<double[]> curve, String positive) {
        ResultTable.Builder t = ResultTable.builder("roc-curve", Message.of("c1.classification.table.roc", positive),
                "threshold", "false_positive_rate", "true_positive_rate");
        curve.forEach(p -> t.row(p[0], p[1], p[2]));
        return t.build();
    }

    /** Precision-recall points, highest threshold first: threshold, recall, precision. */
    static ResultTable precisionRecall(List<double[]> curve, String positive) {
        ResultTable.Builder t = ResultTable.builder("pr-curve", Message.of("c1.classification.table.pr", positive),
                "threshold", "recall", "precision");
        curve.forEach(p -> t.row(p[0], p[2], p[3]));
        return t.build();
    }

    /** Per bin of the scored probability: its range, rows, mean predicted probability and observed rate. */
    static ResultTable reliability(ProbabilityScores scores, Message scored) {
        double[][] bins = scores.reliability(null);
        ResultTable.Builder t = ResultTable.builder("reliability", Message.of("c1.classification.table.reliability",
                scored), "bin", "rows", "mean_predicted", "observed_rate");
        for (int b = 0; b < bins.length; b++) {
            double n = bins[b][0];
            t.row(label(b), (long) n, n == 0 ? null : bins[b][1] / n, n == 0 ? null : bins[b][2] / n);
        }
        return t.build();
    }

    /** The reliability diagram as bars over the non-empty bins: mean predicted probability beside observed rate. */
    static Chart reliabilityChart(ProbabilityScores scores) {
        double[][] bins = scores.reliability(null);
        List<String> labels = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            if (bins[b][0] > 0) {
                labels.add(label(b));
                predicted.add(bins[b][1] / bins[b][0]);
                observed.add(bins[b][2] / bins[b][0]);
            }
        }
        return new Chart("reliability", Message.of("c1.classification.chart.reliability"), ChartKind.BARS, labels,
                List.of(new ChartSeries("mean_predicted", Message.of("axis.meanPredicted"), predicted),
                        new ChartSeries("observed_rate", Message.of("axis.observedRate"), observed)),
                Message.of("axis.predictedProbability"), Message.of("axis.share"));
    }

    private static String label(int bin) {
        return Formats.number(bin / (double) ProbabilityScores.BINS) + " .. "
                + Formats.number((bin + 1) / (double) ProbabilityScores.BINS);
    }

    /** What the calibration scores: the positive class's probability, or the top class's. */
    static Message scored(String positive) {
        return positive == null ? Message.of("c1.classification.scored.top")
                : Message.of("c1.classification.scored.positive", Arg.text(positive));
    }
}
