package io.github.tenken.checks.operation;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.Arrays;

/**
 * Poisson bootstrap weights: in replicate {@code b} row {@code i} counts {@code w(b, i)} times, a Poisson(1) draw
 * that is a pure function of the seed, the replicate and the row, so two models scored with the same weights are
 * compared on the same resampled rows (a paired bootstrap). The same scheme as the correctness package's bootstrap,
 * which is package-private there; intervals are the 2.5% and 97.5% percentiles of the replicates.
 */
final class PoissonWeights {

    static final double LEVEL = 0.95;
    private static final double[] CDF = poissonCdf();

    private final int replicates;
    private final long seed;

    PoissonWeights(int replicates, long seed) {
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

    int replicates() {
        return replicates;
    }

    /** The weights of rows {@code 0 .. n-1} in one replicate. */
    int[] weights(int replicate, int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            long h = mix(seed ^ mix(i * 0x9E3779B97F4A7C15L + replicate));
            double u = (h >>> 11) * 0x1.0p-53;
            int k = 0;
            while (u >= CDF[k]) {
                k++;
            }
            w[i] = k;
        }
        return w;
    }

    /** Every row once: the point estimate. */
    static int[] ones(int n) {
        int[] w = new int[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** The 95% percentile interval of the replicates' values, NaNs left out; {@code null} when most are NaN. */
    ConfidenceInterval interval(double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (finite.length == 0 || finite.length * 2 < values.length) {
            return null;
        }
        double alpha = (1 - LEVEL) / 2;
        return new ConfidenceInterval(LEVEL, quantile(finite, alpha), quantile(finite, 1 - alpha),
                Message.of("bootstrap.method", Arg.count(replicates), Long.toString(seed)));
    }

    /** The {@code p}-quantile of sorted values, linear between order statistics (R's type 7). */
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
