package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.Arrays;

/**
 * The Poisson bootstrap: in replicate {@code b}, row {@code i} counts {@code w(b, i)} times, a Poisson(1) draw that is
 * a pure function of the seed, the replicate and the row. Unlike drawing {@code n} rows with replacement, the
 * weights of one row need no other row, so replicate accumulators over any cut of the rows merge into the same totals
 * (see {@link ConfusionReplicates}, {@link RegressionReplicates}); as {@code n} grows both bootstraps agree.
 * Intervals are the 2.5% and 97.5% percentiles of the replicates.
 */
public final class PoissonBootstrap {

    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;
    /** P(W <= k) for W ~ Poisson(1), k = 0, 1, ...; the tail beyond 12 is below 2^-53. */
    private static final double[] CDF = poissonCdf();

    private final int replicates;
    private final long seed;

    /** A bootstrap of {@code replicates} replicates whose weights are a pure function of {@code seed}. */
    public PoissonBootstrap(int replicates, long seed) {
        Preconditions.check(replicates >= 1, "bootstrap replicates must be at least 1, was %d", replicates);
        this.replicates = replicates;
        this.seed = seed;
    }

    private static double[] poissonCdf() {
        double[] cdf = new double[14];
        double p = Math.exp(-1);
        double sum = 0;
        for (int k = 0; k < cdf.length; k++) {
            sum += p;
            cdf[k] = sum;
            p /= k + 1;
        }
        cdf[cdf.length - 1] = 1;
        return cdf;
    }

    /** The number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** The weight of row {@code row} in replicate {@code replicate}. */
    public int weight(int replicate, long row) {
        long h = mix(seed ^ mix(row * 0x9E3779B97F4A7C15L + replicate));
        double u = (h >>> 11) * 0x1.0p-53;
        int k = 0;
        while (u >= CDF[k]) {
            k++;
        }
        return k;
    }

    /** The weights of rows {@code 0 .. n-1} in one replicate. */
    public int[] weights(int replicate, int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight(replicate, i);
        }
        return w;
    }

    /** Every row once: the weights of the point estimate. */
    public static int[] ones(int n) {
        int[] w = new int[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** How the intervals were computed, for the reader. */
    public Message method() {
        return Message.of("bootstrap.method", Arg.count(replicates), Long.toString(seed));
    }

    /**
     * The 95% percentile interval of the replicates' values of a statistic; {@code null} when fewer than half of
     * them give the statistic a value (e.g. a replicate without positives has no AUC).
     */
    public ConfidenceInterval interval(double[] values) {
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

    private static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }
}
