package io.github.tenken.check;

import io.github.tenken.message.Message;

import io.github.tenken.internal.Preconditions;

/**
 * A confidence interval around a measure.
 *
 * @param level  the confidence level, e.g. 0.95
 * @param lower  the lower bound
 * @param upper  the upper bound
 * @param method how it was computed, e.g. a Poisson bootstrap of 1,000 replicates with its seed
 */
public record ConfidenceInterval(double level, double lower, double upper, Message method) {

    public ConfidenceInterval {
        Preconditions.check(level > 0 && level < 1, "confidence level must be between 0 and 1, was %s", level);
        Preconditions.check(!(lower > upper), "confidence interval lower bound %s is above upper bound %s", lower, upper);
        Preconditions.notNull(method, "method of a confidence interval");
    }

    /** The width {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }
}
