package io.github.tenken.checks.correctness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores of the positive class sorted once, so that the ROC AUC and the average precision of the whole set and of
 * every bootstrap resample (given as row weights) cost one pass each. Tied scores count one half in the AUC, which
 * makes it the Mann-Whitney probability that a random positive scores above a random negative; the average precision
 * is scikit-learn's step sum over the distinct thresholds, ties forming one threshold.
 */
public final class RankedScores {

    private final int[] order;
    private final double[] score;
    private final boolean[] positive;

    /** Ranks rows by {@code score}; {@code positive[i]} says whether row {@code i} is of the positive class. */
    public RankedScores(double[] score, boolean[] positive) {
        this.score = score.clone();
        this.positive = positive.clone();
        this.order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble(i -> this.score[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The AUC with row {@code i} counted {@code weights[i]} times (null: once); {@code NaN} without both classes. */
    public double auc(int[] weights) {
        double wins = 0;
        double negativesBelow = 0;
        double positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double groupPositives = 0;
            double groupNegatives = 0;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                int row = order[j];
                double w = weights == null ? 1 : weights[row];
                if (positive[row]) {
                    groupPositives += w;
                } else {
                    groupNegatives += w;
                }
                j++;
            }
            wins += groupPositives * (negativesBelow + 0.5 * groupNegatives);
            negativesBelow += groupNegatives;
            positives += groupPositives;
            i = j;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN : wins / (positives * negativesBelow);
    }

    /**
     * The average precision {@code sum_n (R_n - R_(n-1)) P_n} over the distinct scores, highest first, with row
     * {@code i} counted {@code weights[i]} times (null: once); {@code NaN} without positives.
     */
    double averagePrecision(int[] weights) {
        double positives = 0;
        for (int row = 0; row < order.length; row++) {
            positives += positive[row] ? (weights == null ? 1 : weights[row]) : 0;
        }
        if (positives == 0) {
            return Double.NaN;
        }
        double truePositives = 0;
        double all = 0;
        double sum = 0;
        int j = order.length - 1;
        while (j >= 0) {
            int i = j;
            double groupPositives = 0;
            double groupAll = 0;
            while (i >= 0 && score[order[i]] == score[order[j]]) {
                int row = order[i];
                double w = weights == null ? 1 : weights[row];
                groupAll += w;
                groupPositives += positive[row] ? w : 0;
                i--;
            }
            if (groupAll > 0) {
                truePositives += groupPositives;
                all += groupAll;
                sum += groupPositives / positives * (truePositives / all);
            }
            j = i;
        }
        return sum;
    }

    /**
     * The ROC and precision-recall curves: one point per distinct score, highest first, each as {@code {threshold,
     * false positive rate, true positive rate (recall), precision}}, thinned to at most {@code maxPoints} evenly
     * spaced points that keep the first and the last; empty without both classes.
     */
    List<double[]> curve(int maxPoints) {
        double positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double negatives = order.length - positives;
        List<double[]> points = new ArrayList<>();
        if (positives == 0 || negatives == 0) {
            return points;
        }
        double tp = 0;
        double fp = 0;
        int j = order.length - 1;
        while (j >= 0) {
            int i = j;
            while (i >= 0 && score[order[i]] == score[order[j]]) {
                if (positive[order[i]]) {
                    tp++;
                } else {
                    fp++;
                }
                i--;
            }
            points.add(new double[]{score[order[j]], fp / negatives, tp / positives, tp / (tp + fp)});
            j = i;
        }
        if (points.size() <= maxPoints) {
            return points;
        }
        List<double[]> thinned = new ArrayList<>();
        for (int k = 0; k < maxPoints; k++) {
            thinned.add(points.get((int) Math.round(k * (points.size() - 1.0) / (maxPoints - 1))));
        }
        return thinned;
    }
}
