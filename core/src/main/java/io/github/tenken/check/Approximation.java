package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;

/**
 * How far a measure computed from a sketch may be from the exact value: the sketch and the bound, in the measure's
 * own units, at the confidence the sketch states (about 99% for KLL and HLL).
 *
 * @param method the sketch, e.g. {@code KLL k=200} or {@code HLL lgK=12}
 * @param bound  the largest expected absolute error of the measure
 */
public record Approximation(String method, double bound) {

    public Approximation {
        Preconditions.notBlank(method, "sketch of an approximation");
        Preconditions.check(bound >= 0, "error bound must not be negative, was %s", bound);
    }
}
