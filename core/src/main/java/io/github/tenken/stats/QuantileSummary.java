package io.github.tenken.stats;

/**
 * The distribution of a numeric column's present values, exact or from a sketch: count, extremes, the empirical
 * distribution function and quantiles, with the rank error they may carry. Drift tests, histograms and outlier
 * fences read it without knowing which it is.
 */
public interface QuantileSummary {

    /** Number of values summarised. */
    long count();

    /** The smallest value ({@code NaN} when empty); exact even for a sketch. */
    double min();

    /** The largest value ({@code NaN} when empty); exact even for a sketch. */
    double max();

    /** The share of values {@code <= x} ({@code NaN} when empty). */
    double cdf(double x);

    /** The share of values {@code < x} ({@code NaN} when empty). */
    double cdfBelow(double x);

    /** The {@code p} quantile, {@code 0 <= p <= 1}. */
    double quantile(double p);

    /**
     * The points at which {@link #cdf} steps, ascending and distinct: every distinct value for an exact summary, the
     * retained items for a sketch. The largest distance between two summaries' distribution functions is reached at
     * one of their breakpoints.
     */
    double[] breakpoints();

    /**
     * The largest error of {@link #cdf} as a share of the count, at about 99% confidence: 0 for an exact summary,
     * the sketch's normalised rank error otherwise.
     */
    double rankError();

    /** Whether every value was kept (no sketch). */
    default boolean isExact() {
        return rankError() == 0;
    }

    /** How the summary was made, e.g. {@code exact} or {@code KLL k=200}. */
    String method();
}
