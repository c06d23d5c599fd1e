package io.github.tenken.stats;

import java.util.Arrays;

/**
 * The {@link QuantileSummary} of a KLL sketch: its retained items, sorted, each standing for a power-of-two weight
 * of values. Minimum and maximum are exact; ranks carry the sketch's {@link #rankError()}.
 */
public final class KllSummary implements QuantileSummary {

    private final double[] values;
    private final long[] cumulative;
    private final long n;
    private final double min;
    private final double max;
    private final int k;

    KllSummary(double[] values, long[] cumulative, long n, double min, double max, int k) {
        this.values = values;
        this.cumulative = cumulative;
        this.n = n;
        this.min = min;
        this.max = max;
        this.k = k;
    }

    @Override
    public long count() {
        return n;
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    @Override
    public double cdf(double x) {
        if (n == 0) {
            return Double.NaN;
        }
        if (x >= max) {
            return 1;
        }
        int i = upperBound(x);          // items <= x
        return i == 0 ? 0 : (double) cumulative[i - 1] / n;
    }

    @Override
    public double cdfBelow(double x) {
        if (n == 0) {
            return Double.NaN;
        }
        if (x <= min) {
            return 0;
        }
        int i = lowerBound(x);          // items < x
        return i == 0 ? 0 : (double) cumulative[i - 1] / n;
    }

    @Override
    public double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return min;
        }
        if (p >= 1) {
            return max;
        }
        long rank = (long) Math.ceil(p * n);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }

    @Override
    public double[] breakpoints() {
        double[] out = new double[values.length + 2];
        int m = 0;
        out[m++] = min;
        for (double v : values) {
            if (Double.compare(out[m - 1], v) != 0) {
                out[m++] = v;
            }
        }
        if (Double.compare(out[m - 1], max) != 0) {
            out[m++] = max;
        }
        return Arrays.copyOf(out, m);
    }

    @Override
    public double rankError() {
        return KllSketch.rankError(k);
    }

    @Override
    public String method() {
        return "KLL k=" + k;
    }

    private int upperBound(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lowerBound(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
