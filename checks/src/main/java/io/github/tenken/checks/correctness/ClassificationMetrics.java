package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Every metric of a classifier on labelled rows, by measure name in report order, with its Poisson-bootstrap 95%
 * interval: metrics of the confusion matrix read each replicate's matrix; metrics of scores and probabilities read each
 * replicate's row weights, drawn once per replicate and shared by all of them.
 */
final class ClassificationMetrics {

    /** Most points of a ROC or precision-recall curve. */
    static final int CURVE_POINTS = 101;

    private final Map<String, ToDoubleFunction<ConfusionCounts>> fromCounts = new LinkedHashMap<>();
    private final Map<String, WeightedMetric> fromRows = new LinkedHashMap<>();
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
    private final ConfusionCounts counts;
    private final RankedScores ranked;
    private final ProbabilityScores probabilities;

    /** A metric of weighted rows ({@code null} weights: every row once). */
    @FunctionalInterface
    interface WeightedMetric {
        double of(int[] weights);
    }

    /**
     * Computes the metrics.
     *
     * @param positive the positive class index, or -1 when there is none (multi-class without a declared class)
     */
    ClassificationMetrics(LabelledPredictions labelled, int positive, PoissonBootstrap bootstrap) {
        List<String> classes = labelled.classes();
        int[] truth = labelled.truth();
        int[] predicted = labelled.predicted();
        counts = ConfusionCounts.of(truth, predicted, null, classes.size());
        boolean hasProbabilities = labelled.hasProbabilities();
        ranked = positive >= 0 && hasProbabilities ? rank(labelled, positive) : null;
        probabilities = hasProbabilities ? new ProbabilityScores(labelled, positive) : null;

        fromCounts.put("accuracy", ConfusionCounts::accuracy);
        fromCounts.put("balanced_accuracy", ConfusionCounts::balancedAccuracy);
        fromCounts.put("macro_f1", ConfusionCounts::macroF1);
        if (ranked != null) {
            fromRows.put("auc", ranked::auc);
        }
        if (positive >= 0) {
            fromCounts.put("precision", c -> c.precision(positive));
            fromCounts.put("recall", c -> c.recall(positive));
            fromCounts.put("false_positive_rate", c -> c.falsePositiveRate(positive));
        }
        if (classes.size() > 2) {
            for (int k = 0; k < classes.size(); k++) {
                int cls = k;
                String token = ClassificationPerformanceCheck.token(classes.get(k));
                fromCounts.put("recall." + token, c -> c.recall(cls));
                fromCounts.put("precision." + token, c -> c.precision(cls));
            }
        }
        fromCounts.put("mcc", ConfusionCounts::mcc);
        fromCounts.put("macro_precision", ConfusionCounts::macroPrecision);
        fromCounts.put("macro_recall", ConfusionCounts::macroRecall);
        if (ranked != null) {
            fromRows.put("average_precision", ranked::averagePrecision);
        }
        if (classes.size() > 2 && hasProbabilities) {
            List<RankedScores> perClass = new ArrayList<>();
            for (int k = 0; k < classes.size(); k++) {
                perClass.add(rank(labelled, k));
            }
            fromRows.put("auc_ovr_macro", w -> macroAuc(perClass, w));
        }
        if (probabilities != null) {
            fromRows.put("log_loss", probabilities::logLoss);
            fromRows.put("brier", probabilities::brier);
            fromRows.put("ece", probabilities::ece);
        }
        compute(bootstrap, truth, predicted, classes.size());
    }

    private void compute(PoissonBootstrap bootstrap, int[] truth, int[] predicted, int classes) {
        int b = bootstrap.replicates();
        Map<String, double[]> replicates = new LinkedHashMap<>();
        fromCounts.forEach((name, f) -> replicates.put(name, new double[b]));
        fromRows.forEach((name, f) -> replicates.put(name, new double[b]));
        // with row metrics the replicate's weights are drawn anyway, and its confusion matrix is counted from them
        // (the same integer counts as ConfusionReplicates gives, which draws them once more)
        ConfusionReplicates confusion = fromRows.isEmpty()
                ? ConfusionReplicates.all(bootstrap, truth, predicted, classes, 1 << 14) : null;
        for (int r = 0; r < b; r++) {
            int[] w = fromRows.isEmpty() ? null : bootstrap.weights(r, truth.length);
            ConfusionCounts c = w == null ? confusion.replicate(r) : ConfusionCounts.of(truth, predicted, w, classes);
            for (var e : fromCounts.entrySet()) {
                replicates.get(e.getKey())[r] = e.getValue().applyAsDouble(c);
            }
            for (var e : fromRows.entrySet()) {
                replicates.get(e.getKey())[r] = e.getValue().of(w);
            }
        }
        for (String name : replicates.keySet()) {
            double value = fromCounts.containsKey(name) ? fromCounts.get(name).applyAsDouble(counts)
                    : fromRows.get(name).of(null);
            values.put(name, value);
            intervals.put(name, bootstrap.interval(replicates.get(name)));
        }
    }

    private static double macroAuc(List<RankedScores> perClass, int[] weights) {
        double sum = 0;
        int n = 0;
        for (RankedScores s : perClass) {
            double auc = s.auc(weights);
            if (!Double.isNaN(auc)) {
                sum += auc;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static RankedScores rank(LabelledPredictions labelled, int positive) {
        double[] score = labelled.probabilitiesOf(positive);
        boolean[] isPositive = new boolean[labelled.size()];
        for (int i = 0; i < isPositive.length; i++) {
            isPositive[i] = labelled.truth(i) == positive;
        }
        return new RankedScores(score, isPositive);
    }

    /** The measure names in report order. */
    List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The point value of a metric ({@code NaN} when undefined). */
    double value(String name) {
        return values.get(name);
    }

    /** Its 95% interval, or {@code null} when too few replicates define it. */
    ConfidenceInterval interval(String name) {
        return intervals.get(name);
    }

    /** The confusion matrix of all rows. */
    ConfusionCounts counts() {
        return counts;
    }

    /** The ranked positive-class scores, or {@code null} without a positive class or probabilities. */
    RankedScores ranked() {
        return ranked;
    }

    /** The probability scores, or {@code null} without probabilities. */
    ProbabilityScores probabilities() {
        return probabilities;
    }
}
