package io.github.tenken.checks.correctness;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scores of the positive class sorted once, so that the ROC AUC of the whole set and of every bootstrap resample
 * (given as row weights) costs one pass. Tied scores count one half, which makes the AUC the Mann-Whitney
 * probability that a random positive scores above a random negative.
 */
final class RankedScores {

    private final int[] order;
    private final double[] score;
    private final boolean[] positive;

    /** Ranks rows by {@code score}; {@code positive[i]} says whether row {@code i} is of the positive class. */
    RankedScores(double[] score, boolean[] positive) {
        this.score = score.clone();
        this.positive = positive.clone();
        this.order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble(i -> this.score[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The AUC with row {@code i} counted {@code weights[i]} times (null: once); {@code NaN} without both classes. */
    double auc(int[] weights) {
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
}
