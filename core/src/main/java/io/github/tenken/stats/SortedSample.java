package io.github.tenken.stats;

import java.util.Arrays;

/** An immutable sorted sample of real numbers, with exact quantiles and the empirical distribution function. */
public final class SortedSample {

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

    static SortedSample ownedSorted(double[] sorted) {
        return new SortedSample(sorted);
    }

    /** Number of values. */
    public int size() {
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

    /** The share of values {@code <= x}. */
    public double ecdf(double x) {
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
        return sorted.length == 0 ? Double.NaN : (double) lo / sorted.length;
    }

    /** The {@code p} quantile by linear interpolation between order statistics (type 7, as R and numpy default). */
    public double quantile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
