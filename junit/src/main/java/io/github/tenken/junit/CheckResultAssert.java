package io.github.tenken.junit;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on one check's result, reached through {@code assertThat(result).check("c1.classification")}.
 *
 * <pre>{@code
 * assertThat(result).check("c1.classification").isPassed()
 *         .measure("accuracy").isAtLeast(0.85).hasConfidenceIntervalNarrowerThan(0.02);
 * }</pre>
 */
public final class CheckResultAssert extends AbstractQualityAssert<CheckResultAssert, CheckResult> {

    CheckResultAssert(CheckResult check, AssertionErrorCollector collector) {
        super(check, CheckResultAssert.class, collector);
    }

    /** Passes when the check ended in this status; the failure shows its explanation, error and measures. */
    public CheckResultAssert hasStatus(Status expected) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.status() == expected, () -> {
            FailureMessage m = FailureMessage.expecting(Describe.check(actual))
                    .to("have status", expected.name())
                    .but("was", actual.status().name())
                    .note("explanation", Messages.of(ReportLanguage.EN).render(actual.explanation()));
            if (!actual.error().isEmpty()) {
                m.note("error", actual.error());
            }
            if (!actual.measures().isEmpty()) {
                m.block("measures", actual.measures().stream().map(Measure::sentence).toList());
            }
            return m;
        });
    }

    /** Passes when the check ended in {@link Status#PASS}: every criterion judging it held. */
    public CheckResultAssert isPassed() {
        return hasStatus(Status.PASS);
    }

    /**
     * The old name of {@link #isPassed()}.
     *
     * @deprecated use {@link #isPassed()}, named as AssertJ names its assertions
     */
    @Deprecated(since = "0.1.0")
    public CheckResultAssert passed() {
        return isPassed();
    }

    /**
     * Navigates to the measure of this name; an unknown name fails, listing the measures the check reported.
     *
     * @return an assertion on the measure (on nothing, with its expectations skipped, after a soft failure)
     */
    public MeasureAssert measure(String name) {
        if (skipped()) {
            return inherit(new MeasureAssert(null, null, collector()));
        }
        Optional<Measure> found = actual.measure(name);
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>(actual.measures().stream().map(Measure::name).toList());
            fail(FailureMessage.expecting(Describe.check(actual))
                    .to("report measure", name)
                    .but("its measures are", known.toString())
                    .toString());
        }
        return inherit(new MeasureAssert(found.orElse(null), actual, collector()));
    }
}
