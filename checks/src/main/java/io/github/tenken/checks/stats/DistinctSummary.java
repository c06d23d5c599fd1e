package io.github.tenken.checks.stats;

import io.github.tenken.check.Approximation;

/**
 * How many distinct values a column holds: exact, or an HLL estimate with bounds.
 *
 * @param count  the count (the estimate when approximate)
 * @param lower  the lower bound (the count when exact)
 * @param upper  the upper bound (the count when exact)
 * @param method {@code exact} or the sketch, e.g. {@code HLL lgK=12}
 */
public record DistinctSummary(long count, double lower, double upper, String method) {

    /** An exact count. */
    public static DistinctSummary exact(long count) {
        return new DistinctSummary(count, count, count, "exact");
    }

    /** An estimate with bounds at about 99.7% confidence. */
    public static DistinctSummary estimated(long count, double lower, double upper, String method) {
        return new DistinctSummary(count, lower, upper, method);
    }

    /** Whether the count is exact. */
    public boolean isExact() {
        return method.equals("exact");
    }

    /** The approximation to attach to a measure of this count, or {@code null} when exact. */
    public Approximation approximation() {
        return isExact() ? null : new Approximation(method, Math.max(count - lower, upper - count));
    }
}
