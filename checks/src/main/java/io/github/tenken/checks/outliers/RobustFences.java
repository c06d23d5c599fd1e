package io.github.tenken.checks.outliers;

import io.github.tenken.stats.Deviations;
import io.github.tenken.stats.QuantileSummary;

/**
 * The outlier fences of one numeric column and the values beyond them, read from its {@link QuantileSummary}.
 *
 * <p><b>Robust z</b> (Iglewicz and Hoaglin's modified z-score): {@code z = 0.6745 (x - median) / MAD}, an outlier when
 * {@code |z| > maxRobustZ}. When more than half the values are equal the MAD is 0 and z would divide by zero; the
 * scale then falls back to the mean absolute deviation from the median, {@code z = (x - median) / (1.253314 MeanAD)}
 * (the same modified z-score, as IBM SPSS Modeler computes it), and when that is 0 too the column is constant and
 * has no outlier. <b>Tukey's fences</b>: outside {@code [Q1 - f IQR, Q3 + f IQR]}. Counts beyond the fences come
 * from the distribution function, so they are exact for an exact summary and within the sketch's rank error
 * otherwise. A fence beyond the double range is infinite, and nothing lies beyond it.
 *
 * @param values  values summarised
 * @param median  the median
 * @param scale   how the robust z is scaled
 * @param spread  the MAD, or the mean absolute deviation when the MAD is 0 ({@code 0} for a constant column)
 * @param low     the lower robust-z fence: below it {@code z < -maxRobustZ}
 * @param high    the upper robust-z fence
 * @param robust  values beyond the robust-z fences
 * @param q1      the first quartile
 * @param q3      the third quartile
 * @param iqrLow  Tukey's lower fence
 * @param iqrHigh Tukey's upper fence
 * @param iqr     values beyond Tukey's fences
 */
record RobustFences(long values, double median, Scale scale, double spread, double low, double high, long robust,
                    double q1, double q3, double iqrLow, double iqrHigh, long iqr) {

    /** The consistency constant of the MAD: {@code 0.6745} is the third quartile of the standard normal. */
    static final double MAD_FACTOR = 0.6745;
    /** The consistency constant of the mean absolute deviation: {@code sqrt(pi / 2)}. */
    static final double MEAN_AD_FACTOR = 1.253314;

    /** What divides {@code x - median} in the robust z. */
    enum Scale {
        /** The median absolute deviation. */
        MAD,
        /** The mean absolute deviation from the median: the MAD was 0. */
        MEAN_ABSOLUTE,
        /** None: every value is the median. */
        CONSTANT
    }

    /** The fences of a non-empty column. */
    static RobustFences of(QuantileSummary s, double maxRobustZ, double iqrFactor) {
        double median = s.quantile(0.5);
        double mad = Deviations.medianAbsolute(s, median);
        Scale scale = Scale.MAD;
        double spread = mad;
        double unit = mad / MAD_FACTOR;                              // x - median = z * unit
        if (!(mad > 0)) {
            spread = Deviations.meanAbsolute(s, median);
            scale = spread > 0 ? Scale.MEAN_ABSOLUTE : Scale.CONSTANT;
            unit = MEAN_AD_FACTOR * spread;
        }
        double low = scale == Scale.CONSTANT ? Double.NEGATIVE_INFINITY : median - maxRobustZ * unit;
        double high = scale == Scale.CONSTANT ? Double.POSITIVE_INFINITY : median + maxRobustZ * unit;
        double q1 = s.quantile(0.25);
        double q3 = s.quantile(0.75);
        double halfIqr = q3 / 2 - q1 / 2;                            // no overflow near +-1e308
        double iqrLow = q1 - iqrFactor * 2 * halfIqr;
        double iqrHigh = q3 + iqrFactor * 2 * halfIqr;
        return new RobustFences(s.count(), median, scale, spread, low, high, beyond(s, low, high), q1, q3, iqrLow,
                iqrHigh, beyond(s, iqrLow, iqrHigh));
    }

    /** Values below {@code low} or above {@code high}. */
    private static long beyond(QuantileSummary s, double low, double high) {
        return Math.round(s.cdfBelow(low) * s.count()) + Math.round((1 - s.cdf(high)) * s.count());
    }

    /** The robust z of a value ({@code NaN} for a constant column). */
    double z(double x) {
        if (scale == Scale.CONSTANT) {
            return Double.NaN;
        }
        double half = x / 2 - median / 2;
        return scale == Scale.MAD ? MAD_FACTOR * (half / (spread / 2)) : half / (MEAN_AD_FACTOR * spread / 2);
    }

    /** Whether a value lies beyond the robust-z fences. */
    boolean beyondRobust(double x) {
        return x < low || x > high;
    }

    /** Whether a value lies beyond Tukey's fences. */
    boolean beyondIqr(double x) {
        return x < iqrLow || x > iqrHigh;
    }

    /** The share of values beyond the robust-z fences. */
    double robustShare() {
        return values == 0 ? 0 : (double) robust / values;
    }

    /** The share of values beyond Tukey's fences. */
    double iqrShare() {
        return values == 0 ? 0 : (double) iqr / values;
    }
}
