package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on one measure of one check result, reached through
 * {@code assertThat(result).check("c1.classification").measure("accuracy")}.
 *
 * <p>Every failure names the measure, its check and characteristic, shows the expected and the actual value (with
 * its confidence interval) on their own lines, and ends with the criterion in force:
 *
 * <pre>
 * Expecting measure accuracy of check c1.classification (C-1 correctness of the trained model)
 *   to be at least:
 *     0.9
 *   but was:
 *     0.8512 (95% CI 0.8453-0.8571)
 *   criterion in force: accuracy &gt;= 0.8
 * </pre>
 *
 * A {@code NaN} value fails every comparison.
 */
public final class MeasureAssert extends AbstractQualityAssert<MeasureAssert, Measure> {

    private final CheckResult check;

    MeasureAssert(Measure measure, CheckResult check, AssertionErrorCollector collector) {
        super(measure, MeasureAssert.class, collector);
        this.check = check;
    }

    /** Passes when the value is {@code >= minimum}. */
    public MeasureAssert isAtLeast(double minimum) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.value() >= minimum, () -> comparison("be at least", Describe.number(minimum)));
    }

    /** Passes when the value is {@code > minimum} (strictly). */
    public MeasureAssert isGreaterThan(double minimum) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.value() > minimum, () -> comparison("be greater than", Describe.number(minimum)));
    }

    /** Passes when the value is {@code < maximum} (strictly). */
    public MeasureAssert isLessThan(double maximum) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.value() < maximum, () -> comparison("be less than", Describe.number(maximum)));
    }

    /** Passes when the value is {@code <= maximum}. */
    public MeasureAssert isAtMost(double maximum) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.value() <= maximum, () -> comparison("be at most", Describe.number(maximum)));
    }

    /** Passes when {@code lower <= value <= upper} (both bounds included). */
    public MeasureAssert isBetween(double lower, double upper) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("isBetween(" + lower + ", " + upper
                    + "): the lower bound must not exceed the upper bound");
        }
        if (skipped()) {
            return myself;
        }
        double v = actual.value();
        return expect(v >= lower && v <= upper, () -> comparison("be between",
                Describe.number(lower) + " and " + Describe.number(upper)));
    }

    /** Passes when a criterion judges the measure and holds; a measure without criterion fails. */
    public MeasureAssert meetsItsCriterion() {
        if (skipped()) {
            return myself;
        }
        if (actual.criterion() == null) {
            return fail(FailureMessage.expecting(Describe.measure(actual, check))
                    .to("meet its criterion")
                    .but("no criterion is in force, so it only informs; it was", Describe.value(actual))
                    .toString());
        }
        return expect(actual.passed(), () -> FailureMessage.expecting(Describe.measure(actual, check))
                .to("meet its criterion", actual.criterion().toString())
                .but("was", Describe.value(actual)));
    }

    /**
     * Passes when the measure has a confidence interval whose width {@code upper - lower} is strictly below
     * {@code width}: evidence that the test data were enough to judge it (item C-1.1a).
     */
    public MeasureAssert hasConfidenceIntervalNarrowerThan(double width) {
        if (skipped()) {
            return myself;
        }
        if (actual.interval() == null) {
            return fail(FailureMessage.expecting(Describe.measure(actual, check))
                    .to("have a confidence interval narrower than", Describe.number(width))
                    .but("it has no confidence interval; it was", Describe.value(actual))
                    .note("criterion in force", Describe.criterion(actual))
                    .toString());
        }
        return expect(actual.interval().width() < width, () -> FailureMessage.expecting(Describe.measure(actual, check))
                .to("have a confidence interval narrower than", Describe.number(width))
                .but("its " + Describe.interval(actual) + " has width", Describe.number(actual.interval().width()))
                .note("criterion in force", Describe.criterion(actual)));
    }

    private FailureMessage comparison(String expectation, String expected) {
        return FailureMessage.expecting(Describe.measure(actual, check))
                .to(expectation, expected)
                .but("was", Describe.value(actual))
                .note("criterion in force", Describe.criterion(actual));
    }
}
