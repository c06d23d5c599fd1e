package io.github.tenken.report.testing;

import io.github.tenken.samples.AdultDemo;
import io.github.tenken.result.AssessmentResult;

/**
 * The real demo assessment ({@link AdultDemo}: the shipped Adult data, a seeded forest of 20 trees, the whole
 * catalogue), run once per test JVM and shared by the tests that read it.
 */
public final class DemoResult {

    private static AssessmentResult result;

    private DemoResult() {
    }

    /** The demo's result with seed 42, computed on first use. */
    public static synchronized AssessmentResult get() {
        if (result == null) {
            result = AdultDemo.assessment(20, 42, line -> { }).run();
        }
        return result;
    }
}
