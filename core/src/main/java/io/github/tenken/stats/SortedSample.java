package io.github.tenken.stats;

import java.util.Arrays;

/** An immutable sorted sample of real numbers: the exact {@link QuantileSummary}. */
public final class SortedSample implements QuantileSummary {

    private final double[] sorted;

    private SortedSample(double[] sorted) {
        this.sorted = sorted;
    }

    /** A sample of a copy of these values, sorted. */
    public static SortedSample of(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new SortedSample(v);
    }

    /** A sample that takes over an array the caller sorted and will not change. */
    static SortedSample ownedSorted(double[] sorted) {
        return new SortedSample(sorted);
    }

    /** Number of values. */
    public int size() {
        return sorted.length;
    }

    @Override
    public long count() {
        return sorted.length;
    }

    /** The {@code i}-th smallest value. */
    public double get(int i) {
        return sorted[i];
    }

    /** A sorted copy of the values; the caller may change it. */
    public double[] copy() {
        return sorted.clone();
    }

    @Override
    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    @Override
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The share of values {@code <= x}. */
    public double ecdf(double x) {
        return cdf(x);
    }

    @Override
    public double cdf(double x) {
        return sorted.length == 0 ? Double.NaN : (double) countAtMost(x) / sorted.length;
    }

    @Override
    public double cdfBelow(double x) {
        return sorted.length == 0 ? Double.NaN : (double) countBelow(x) / sorted.length;
    }

    /** How many values are {@code <= x}. */
    public int countAtMost(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many values are {@code < x}. */
    public int countBelow(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The {@code p} quantile by linear interpolation between order statistics (type 7, as R and numpy default). */
    @Override
    public double quantile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double a = sorted[lo];
        double b = sorted[hi];
        if (a == b) {
            return a;
        }
        double t = h - lo;
        double width = b - a;
        return Double.isFinite(width) ? a + t * width : (1 - t) * a + t * b;   // no overflow near +-1e308
    }

    @Override
    public double[] breakpoints() {
        double[] out = new double[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || Double.compare(out[n - 1], sorted[i]) != 0) {
                out[n++] = sorted[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public double rankError() {
        return 0;
    }

    @Override
    public String method() {
        return "exact";
    }
}
