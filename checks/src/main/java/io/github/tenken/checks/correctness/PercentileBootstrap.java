package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence intervals of several statistics of the same rows: each resample draws {@code n}
 * rows with replacement (as weights: how often each row was drawn) from a {@link SplittableRandom} seeded once, so
 * the same seed gives the same intervals.
 */
final class PercentileBootstrap {

    static final double LEVEL = 0.95;

    private final int resamples;
    private final long seed;

    PercentileBootstrap(int resamples, long seed) {
        Preconditions.check(resamples >= 1, "bootstrap resamples must be at least 1, was %d", resamples);
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The 95% intervals of the statistics {@code statistics} computes from row weights, in its order; an interval is
     * {@code null} when fewer than half of the resamples give the statistic a value (e.g. a resample without
     * positives has no AUC).
     */
    ConfidenceInterval[] intervals(int n, int statisticCount, Function<int[], double[]> statistics) {
        double[][] draws = new double[statisticCount][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] weights = new int[n];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < n; i++) {
                weights[random.nextInt(n)]++;
            }
            double[] values = statistics.apply(weights);
            for (int s = 0; s < statisticCount; s++) {
                draws[s][b] = values[s];
            }
        }
        ConfidenceInterval[] intervals = new ConfidenceInterval[statisticCount];
        for (int s = 0; s < statisticCount; s++) {
            intervals[s] = percentile(draws[s]);
        }
        return intervals;
    }

    /** How the intervals were computed, for the reader. */
    String method() {
        return "percentile bootstrap, " + resamples + " resamples, seed " + seed;
    }

    private ConfidenceInterval percentile(double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (finite.length == 0 || finite.length * 2 < values.length) {
            return null;
        }
        double alpha = (1 - LEVEL) / 2;
        return new ConfidenceInterval(LEVEL, quantile(finite, alpha), quantile(finite, 1 - alpha), method());
    }

    /** The {@code p}-quantile of sorted values, interpolated linearly between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
