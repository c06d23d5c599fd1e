package io.github.tenken.checks.stats;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckResult;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.Scanner;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.ContentHash;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs checks through the real engine ({@code Assessment.builder()...run()}) for the data checks' tests, and proves
 * that every statistic came from one fused pass per dataset.
 */
public final class CheckHarness {

    private CheckHarness() {
    }

    /** An assessment builder with a profile and the given checks; the caller adds datasets, roles and cases. */
    public static Assessment.Builder assessment(Check... checks) {
        return Assessment.builder()
                .component("fixture", "data check test")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .checks(List.of(checks));
    }

    /** Runs the assessment, asserts one fused pass per dataset, and returns the result of the check with this id. */
    public static CheckResult run(Assessment.Builder builder, String checkId) {
        AssessmentResult result = builder.build().run();
        assertOneFusedPassPerDataset(result);
        return result.check(checkId).orElseThrow();
    }

    /** Every dataset was read exactly once, in the planned, fused scan: no check forced an extra pass. */
    public static void assertOneFusedPassPerDataset(AssessmentResult result) {
        List<ScanRecord> scans = result.scans();
        assertThat(scans).extracting(ScanRecord::reason).containsOnly("fused");
        assertThat(scans).extracting(ScanRecord::role).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(result.datasets().stream().map(d -> d.role()).toList());
    }

    /** The value of a measure the check reported. */
    public static double measure(CheckResult result, String name) {
        return result.measure(name).orElseThrow(() -> new AssertionError("no measure " + name + " in "
                + result.measures())).value();
    }

    /** A hash of every value of the table, to prove a check did not change it. */
    public static String contentHash(Table table) {
        return Scanner.scan(table, List.of(new ContentHash())).get(new ContentHash());
    }

}
