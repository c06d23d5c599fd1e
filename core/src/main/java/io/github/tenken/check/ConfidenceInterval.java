package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;

/**
 * A confidence interval around a measure.
 *
 * @param level  the confidence level, e.g. 0.95
 * @param lower  the lower bound
 * @param upper  the upper bound
 * @param method how it was computed, e.g. {@code percentile bootstrap, 1000 resamples, seed 42}
 */
public record ConfidenceInterval(double level, double lower, double upper, String method) {

    public ConfidenceInterval {
        Preconditions.check(level > 0 && level < 1, "confidence level must be between 0 and 1, was %s", level);
        Preconditions.check(!(lower > upper), "confidence interval lower bound %s is above upper bound %s", lower, upper);
        method = method == null ? "" : method;
    }

    /** The width {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }
}
