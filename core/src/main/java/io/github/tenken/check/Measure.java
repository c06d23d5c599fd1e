package io.github.tenken.check;

import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

/**
 * One measured value of a check, optionally with a confidence interval and a criterion it is judged against.
 *
 * @param name      the measure's name, e.g. {@code accuracy}
 * @param value     the value
 * @param unit      the unit, e.g. {@code ratio}, {@code rows}; empty when none
 * @param interval  the confidence interval, or {@code null}
 * @param criterion the criterion, or {@code null} when the measure only informs
 * @param passed    whether the criterion held; {@code null} without a criterion
 */
public record Measure(String name, double value, String unit, ConfidenceInterval interval, Criterion criterion,
                      Boolean passed) {

    public Measure {
        Preconditions.notBlank(name, "measure name");
        unit = unit == null ? "" : unit;
        Preconditions.check(criterion == null || criterion.measure().equals(name),
                "criterion %s does not judge measure %s", criterion, name);
        passed = criterion == null ? null : criterion.holds(value);
    }

    /** An informative measure without criterion. */
    public static Measure of(String name, double value, String unit) {
        return new Measure(name, value, unit, null, null, null);
    }

    /** This measure with a confidence interval. */
    public Measure withInterval(ConfidenceInterval ci) {
        return new Measure(name, value, unit, ci, criterion, null);
    }

    /** This measure judged by a criterion (which must name this measure); {@code null} leaves it informative. */
    public Measure judgedBy(Criterion c) {
        return new Measure(name, value, unit, interval, c, null);
    }

    /** Whether a criterion judges this measure. */
    public boolean isJudged() {
        return criterion != null;
    }

    /** Whether a criterion judges this measure and failed. */
    public boolean isFailed() {
        return criterion != null && !passed;
    }

    /** {@code accuracy >= 0.8: was 0.8312 (95% CI 0.8254-0.8371)}, or {@code accuracy: 0.8312} without criterion. */
    public String sentence() {
        String v = Formats.number(value) + (unit.isEmpty() || unit.equals("ratio") ? "" : " " + unit);
        String ci = interval == null ? "" : " (" + Math.round(interval.level() * 100) + "% CI "
                + Formats.number(interval.lower()) + "-" + Formats.number(interval.upper()) + ")";
        return criterion == null ? name + ": " + v + ci : criterion + ": was " + v + ci;
    }
}
