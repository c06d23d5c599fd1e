package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;
import org.assertj.core.api.AbstractSoftAssertions;

import java.util.function.Consumer;

/**
 * Soft quality-gate assertions: every failed expectation is collected, and {@link #assertAll()} fails once, listing
 * all of them. It is an AssertJ {@link AbstractSoftAssertions}, so AssertJ's {@code SoftAssertionsExtension} can
 * inject it and its errors combine with other soft assertions.
 *
 * <pre>{@code
 * SoftQualityAssertions softly = new SoftQualityAssertions();
 * softly.assertThat(result).meetsRequiredLevels();
 * softly.assertThat(result).check("c1.classification").measure("accuracy").isAtLeast(0.85);
 * softly.assertAll();
 * }</pre>
 *
 * <p>Navigation stays soft: a failed {@code check("unknown")} is collected, and the expectations chained after it
 * are skipped instead of being reported again.
 */
public class SoftQualityAssertions extends AbstractSoftAssertions {

    /** Soft assertions with nothing collected yet. */
    public SoftQualityAssertions() {
    }

    /** Soft assertions on an assessment's result. */
    public AssessmentResultAssert assertThat(AssessmentResult result) {
        return new AssessmentResultAssert(result, this);
    }

    /** Runs {@code gate} on fresh soft assertions, then fails once with every failure collected. */
    public static void assertSoftly(Consumer<SoftQualityAssertions> gate) {
        SoftQualityAssertions softly = new SoftQualityAssertions();
        gate.accept(softly);
        softly.assertAll();
    }
}
