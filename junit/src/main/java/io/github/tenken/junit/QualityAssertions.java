package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;

/**
 * Entry point of Tenken's AssertJ-style quality-gate assertions: each failed expectation throws at once. For a gate
 * that lists every failure at once, use {@link SoftQualityAssertions}.
 *
 * <pre>{@code
 * import static io.github.tenken.junit.QualityAssertions.assertThat;
 *
 * assertThat(result).meetsRequiredLevels();
 * assertThat(result).check("c1.classification").passed().measure("accuracy").isAtLeast(0.85);
 * }</pre>
 */
public final class QualityAssertions {

    private QualityAssertions() {
    }

    /** Assertions on an assessment's result. */
    public static AssessmentResultAssert assertThat(AssessmentResult result) {
        return new AssessmentResultAssert(result, null);
    }
}
