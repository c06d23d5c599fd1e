package io.github.tenken.checks.correctness;

import io.github.tenken.model.LabelledPredictions;

/**
 * The probability-based scores of a classifier, each a weighted mean of a per-row quantity, so that a bootstrap
 * replicate (a weight per row) costs one pass: log loss, the Brier score, and the expected calibration error over
 * {@value #BINS} equal-width bins of the scored probability.
 *
 * <p>The Brier score of a binary model is {@code mean (p - y)^2} for the positive class (scikit-learn's
 * {@code brier_score_loss}); with more classes it is the multi-class score {@code mean sum_k (p_k - y_k)^2}. Log loss
 * clips probabilities to {@code [1e-15, 1 - 1e-15]} (scikit-learn's former {@code eps}), so a confident wrong answer
 * costs about 34.5 rather than infinity. Calibration reads the positive class's probability when there is a positive
 * class, else the top class's probability (confidence) against whether the prediction was right.
 */
final class ProbabilityScores {

    static final int BINS = 10;
    private static final double EPS = 1e-15;

    private final double[] logLoss;
    private final double[] brier;
    private final double[] scored;
    private final boolean[] hit;

    /** The per-row quantities; {@code positive} is the positive class index, or -1 for top-label calibration. */
    ProbabilityScores(LabelledPredictions labelled, int positive) {
        int n = labelled.size();
        int classes = labelled.classes().size();
        logLoss = new double[n];
        brier = new double[n];
        scored = new double[n];
        hit = new boolean[n];
        for (int i = 0; i < n; i++) {
            int truth = labelled.truth(i);
            double p = Math.min(1 - EPS, Math.max(EPS, labelled.probability(i, truth)));
            logLoss[i] = -Math.log(p);
            if (classes == 2 && positive >= 0) {
                double d = labelled.probability(i, positive) - (truth == positive ? 1 : 0);
                brier[i] = d * d;
            } else {
                double sum = 0;
                for (int k = 0; k < classes; k++) {
                    double d = labelled.probability(i, k) - (truth == k ? 1 : 0);
                    sum += d * d;
                }
                brier[i] = sum;
            }
            if (positive >= 0) {
                scored[i] = labelled.probability(i, positive);
                hit[i] = truth == positive;
            } else {
                scored[i] = labelled.probability(i, labelled.predicted(i));
                hit[i] = truth == labelled.predicted(i);
            }
        }
    }

    /** Mean log loss with row {@code i} counted {@code weights[i]} times (null: once). */
    double logLoss(int[] weights) {
        return mean(logLoss, weights);
    }

    /** Mean Brier score, weighted likewise. */
    double brier(int[] weights) {
        return mean(brier, weights);
    }

    /** The bin of a probability: {@code [0, 0.1), [0.1, 0.2), ..., [0.9, 1]}. */
    static int bin(double p) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor(p * BINS)));
    }

    /**
     * The reliability table, weighted likewise: per bin {@code {weight, sum of scored probabilities, sum of hits}}.
     */
    double[][] reliability(int[] weights) {
        double[][] bins = new double[BINS][3];
        for (int i = 0; i < scored.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            double[] b = bins[bin(scored[i])];
            b[0] += w;
            b[1] += w * scored[i];
            b[2] += hit[i] ? w : 0;
        }
        return bins;
    }

    /** The expected calibration error {@code sum_b (n_b / n) |mean predicted_b - observed rate_b|}, weighted likewise. */
    double ece(int[] weights) {
        double[][] bins = reliability(weights);
        double n = 0;
        double sum = 0;
        for (double[] b : bins) {
            n += b[0];
            sum += Math.abs(b[1] - b[2]);       // (n_b) * |mean_b - rate_b|
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double mean(double[] values, int[] weights) {
        double n = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double w = weights == null ? 1 : weights[i];
            n += w;
            sum += w * values[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
