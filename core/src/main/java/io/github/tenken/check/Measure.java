package io.github.tenken.check;

import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

/**
 * One measured value of a check, optionally with a confidence interval, a criterion it is judged against, and the
 * error bound of a sketch it was computed from.
 *
 * @param name          the measure's name, e.g. {@code accuracy}
 * @param value         the value
 * @param unit          the unit, e.g. {@code ratio}, {@code rows}; empty when none
 * @param interval      the confidence interval, or {@code null}
 * @param criterion     the criterion, or {@code null} when the measure only informs
 * @param passed        whether the criterion held; {@code null} without a criterion
 * @param approximation the sketch's error bound when the value is approximate, or {@code null} when exact
 */
public record Measure(String name, double value, String unit, ConfidenceInterval interval, Criterion criterion,
                      Boolean passed, Approximation approximation) {

    public Measure {
        Preconditions.notBlank(name, "measure name");
        unit = unit == null ? "" : unit;
        Preconditions.check(criterion == null || criterion.measure().equals(name),
                "criterion %s does not judge measure %s", criterion, name);
        passed = criterion == null ? null : criterion.holds(value);
    }

    /** An informative measure without criterion. */
    public static Measure of(String name, double value, String unit) {
        return new Measure(name, value, unit, null, null, null, null);
    }

    /** This measure with a confidence interval. */
    public Measure withInterval(ConfidenceInterval ci) {
        return new Measure(name, value, unit, ci, criterion, null, approximation);
    }

    /** This measure judged by a criterion (which must name this measure); {@code null} leaves it informative. */
    public Measure judgedBy(Criterion c) {
        return new Measure(name, value, unit, interval, c, null, approximation);
    }

    /** This measure marked as computed from a sketch, with its error bound; {@code null} marks it exact. */
    public Measure approximatedBy(Approximation a) {
        return new Measure(name, value, unit, interval, criterion, null, a);
    }

    /** Whether a criterion judges this measure. */
    public boolean isJudged() {
        return criterion != null;
    }

    /** Whether a criterion judges this measure and failed. */
    public boolean isFailed() {
        return criterion != null && !passed;
    }

    /** Whether the value comes from a sketch. */
    public boolean isApproximate() {
        return approximation != null;
    }

    /**
     * {@code accuracy >= 0.8: was 0.8312 (95% CI 0.8254-0.8371)}, or {@code accuracy: 0.8312} without criterion;
     * an approximate value adds {@code (+-0.0266, KLL k=200)}. Ids and numbers only, for logs and test failures.
     */
    public String sentence() {
        String v = Formats.number(value) + (unit.isEmpty() || unit.equals("ratio") ? "" : " " + unit);
        String ci = interval == null ? "" : " (" + Math.round(interval.level() * 100) + "% CI "
                + Formats.number(interval.lower()) + "-" + Formats.number(interval.upper()) + ")";
        String approx = approximation == null ? "" : " (+-" + Formats.number(approximation.bound()) + ", "
                + approximation.method() + ")";
        return criterion == null ? name + ": " + v + ci + approx : criterion + ": was " + v + ci + approx;
    }
}
