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
 * @param criterionOrigin whether the criterion was agreed by the team or is the check's default; {@code null}
 *                      without criterion
 * @param judgedOnBound whether the criterion was judged on the interval's unfavourable bound as well as on the value
 *                      (the strict gate, {@code judgeOnConfidenceBound}); {@code false} without an interval
 */
public record Measure(String name, double value, String unit, ConfidenceInterval interval, Criterion criterion,
                      Boolean passed, Approximation approximation, CriterionOrigin criterionOrigin,
                      boolean judgedOnBound) {

    public Measure {
        Preconditions.notBlank(name, "measure name");
        unit = unit == null ? "" : unit;
        Preconditions.check(criterion == null || criterion.measure().equals(name),
                "criterion %s does not judge measure %s", criterion, name);
        criterionOrigin = criterion == null ? null : criterionOrigin == null ? CriterionOrigin.DEFAULT : criterionOrigin;
        judgedOnBound = judgedOnBound && criterion != null && interval != null;
        passed = criterion == null ? null : criterion.holds(value)
                && (!judgedOnBound || criterion.holds(unfavourableBound(criterion, interval)));
    }

    /** A measure whose criterion, if any, is a check default judged on the value. */
    public Measure(String name, double value, String unit, ConfidenceInterval interval, Criterion criterion,
                   Boolean passed, Approximation approximation) {
        this(name, value, unit, interval, criterion, passed, approximation, null, false);
    }

    /** An informative measure without criterion. */
    public static Measure of(String name, double value, String unit) {
        return new Measure(name, value, unit, null, null, null, null);
    }

    /** This measure with a confidence interval. */
    public Measure withInterval(ConfidenceInterval ci) {
        return new Measure(name, value, unit, ci, criterion, null, approximation, criterionOrigin, judgedOnBound);
    }

    /** This measure judged by a criterion (which must name this measure); {@code null} leaves it informative. */
    public Measure judgedBy(Criterion c) {
        return judgedBy(c, CriterionOrigin.DEFAULT);
    }

    /** This measure judged by a criterion of this origin; {@code null} leaves it informative. */
    public Measure judgedBy(Criterion c, CriterionOrigin origin) {
        return new Measure(name, value, unit, interval, c, null, approximation, origin, judgedOnBound);
    }

    /**
     * This measure judged on its interval's unfavourable bound too ({@code true}): it passes only if the value and
     * {@link #ciBound()} both meet the criterion. Without an interval or criterion nothing changes.
     */
    public Measure judgedOnBound(boolean on) {
        return new Measure(name, value, unit, interval, criterion, null, approximation, criterionOrigin, on);
    }

    /** This measure marked as computed from a sketch, with its error bound; {@code null} marks it exact. */
    public Measure approximatedBy(Approximation a) {
        return new Measure(name, value, unit, interval, criterion, null, a, criterionOrigin, judgedOnBound);
    }

    /**
     * The signed distance from the value to the criterion's threshold, positive on the passing side: {@code value -
     * threshold} for {@code >=} and {@code >}, {@code threshold - value} for {@code <=} and {@code <}, minus the
     * distance for {@code ==}, the distance for {@code !=}; NaN without criterion.
     */
    public double margin() {
        if (criterion == null) {
            return Double.NaN;
        }
        return criterion.margin(value);
    }

    /**
     * The interval bound on the unfavourable side of the criterion: the lower bound for {@code >=} and {@code >},
     * the upper for {@code <=} and {@code <}, the bound farther from the threshold for {@code ==}, the nearer for
     * {@code !=}; empty without an interval or criterion.
     */
    public java.util.OptionalDouble ciBound() {
        return criterion == null || interval == null ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(unfavourableBound(criterion, interval));
    }

    private static double unfavourableBound(Criterion c, ConfidenceInterval ci) {
        double t = c.threshold();
        boolean lowerFarther = Math.abs(ci.lower() - t) >= Math.abs(ci.upper() - t);
        return switch (c.operator()) {
            case GE, GT -> ci.lower();
            case LE, LT -> ci.upper();
            case EQ -> lowerFarther ? ci.lower() : ci.upper();
            case NE -> lowerFarther ? ci.upper() : ci.lower();
        };
    }

    /** Whether the criterion was agreed by the team (not the check's default). */
    public boolean isAgreed() {
        return criterionOrigin == CriterionOrigin.AGREED;
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
