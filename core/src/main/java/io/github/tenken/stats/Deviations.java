package io.github.tenken.stats;

/**
 * Spread around a centre read from a {@link QuantileSummary}'s distribution function, so that the same code serves
 * an exact summary (exact results) and a sketch (results within its rank error): the median absolute deviation
 * (MAD) and the mean absolute deviation. No difference of two values is ever formed where it could overflow, so
 * values near +-1e308 give finite results whenever the true one is finite.
 */
public final class Deviations {

    private Deviations() {
    }

    /**
     * The median absolute deviation from {@code center}: the median of {@code |x - center|}, with the median of an
     * even count the mean of the two middle deviations (as numpy and R compute it on every value). Found without
     * listing the values: the share of values within {@code d} of the centre is {@code F(center + d) - F(center - d)}
     * (the lower end included), a step function whose steps are the deviations of the summary's breakpoints; the
     * breakpoints above the centre and those below, each weighted by its step of {@code F}, are walked outward
     * together until the steps reach the middle rank. The deviations are those of actual values, so the result is
     * exact for an exact summary (bit for bit the deviation numpy would compute) and within the sketch's rank error
     * otherwise. {@code NaN} for an empty summary.
     */
    public static double medianAbsolute(QuantileSummary s, double center) {
        long n = s.count();
        if (n == 0) {
            return Double.NaN;
        }
        long lower = (n - 1) / 2;                          // 0-based ranks of the middle deviations
        long upper = n / 2;
        double[] points = s.breakpoints();
        int right = firstAtLeast(points, center);          // points[right..] lie at or above the centre
        int left = right - 1;                              // points[..left] lie below it
        long seen = 0;
        double a = Double.NaN;
        while (left >= 0 || right < points.length) {
            double up = right < points.length ? points[right] - center : Double.POSITIVE_INFINITY;
            double down = left >= 0 ? center - points[left] : Double.POSITIVE_INFINITY;
            double x;
            double d;
            if (right < points.length && (left < 0 || up <= down)) {
                x = points[right++];
                d = up;
            } else {
                x = points[left--];
                d = down;
            }
            seen += weight(s, x);
            if (Double.isNaN(a) && seen > lower) {
                a = d;
            }
            if (seen > upper) {
                if (a == d) {
                    return d;
                }
                double sum = a + d;
                return Double.isFinite(sum) ? sum / 2 : a / 2 + d / 2;
            }
        }
        return a;                                           // the weights fell short of n: a sketch's rounding
    }

    /** How many values equal {@code x}. */
    private static long weight(QuantileSummary s, double x) {
        return Math.round((s.cdf(x) - s.cdfBelow(x)) * s.count());
    }

    private static int firstAtLeast(double[] sorted, double x) {
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

    /**
     * The mean absolute deviation from {@code center}, summed over the summary's breakpoints each weighted by the
     * number of values it stands for (every distinct value and its count for an exact summary), then divided by the
     * count. {@code NaN} when empty.
     */
    public static double meanAbsolute(QuantileSummary s, double center) {
        if (s.count() == 0) {
            return Double.NaN;
        }
        long n = s.count();
        double[] points = s.breakpoints();
        double half = 0;                                   // half of each deviation: no overflow near +-1e308
        for (double b : points) {
            half += weight(s, b) * Math.abs(b / 2 - center / 2);
        }
        if (Double.isFinite(half)) {
            return half / n * 2;
        }
        double mean = 0;                                   // the sum overflowed: weight by shares instead
        for (double b : points) {
            mean += (double) weight(s, b) / n * Math.abs(b / 2 - center / 2);
        }
        return mean * 2;
    }
}
