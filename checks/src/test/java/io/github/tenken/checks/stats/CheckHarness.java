package io.github.tenken.checks.stats;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.Dataset;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.FusedScan;
import io.github.tenken.engine.ScanSettings;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ContentHash;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs checks through the real engine in strict mode ({@code Assessment.builder()...strict(true).build().run()}):
 * a check that reads a statistic it did not plan, or rows it did not declare, fails the test. Also proves that every
 * statistic came from one fused pass per dataset, and renders results the way a reader sees them.
 */
public final class CheckHarness {

    private CheckHarness() {
    }

    /** A strict assessment builder with a profile and the given checks; the caller adds datasets, roles and cases. */
    public static Assessment.Builder assessment(Check... checks) {
        return Assessment.builder()
                .component("fixture", "data check test")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .strict(true)
                .checks(List.of(checks));
    }

    /**
     * Runs the assessment, asserts that no check broke strict mode and that each dataset was read in one fused pass,
     * and returns the result of the check with this id.
     */
    public static CheckResult run(Assessment.Builder builder, String checkId) {
        AssessmentResult result = builder.build().run();
        assertStrictAndFused(result);
        return result.check(checkId).orElseThrow(() -> new AssertionError("no result of " + checkId));
    }

    /** Every check kept to what it planned, and every dataset was read once, in the planned, fused scan. */
    public static void assertStrictAndFused(AssessmentResult result) {
        for (CheckResult r : result.checks()) {
            if (r.status() == Status.ERROR) {
                assertThat(r.error()).as("error of %s", r.checkId())
                        .doesNotContain("strict mode").doesNotContain("which it did not plan");
            }
        }
        assertOneFusedPassPerDataset(result);
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

    /** The table of this name the check reported. */
    public static ResultTable table(CheckResult result, String name) {
        return result.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + result.checkId() + "; its tables are "
                        + result.tables().stream().map(ResultTable::name).toList()));
    }

    /** Every row of a table, its cells read by column key in the order given (a null cell stays null). */
    public static List<List<Object>> rows(ResultTable table, String... keys) {
        List<List<Object>> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            for (String k : keys) {
                row.add(table.cell(r, k));
            }
            out.add(row);
        }
        return out;
    }

    /** Like {@link #rows}, with every cell that is a {@link Message} rendered in English. */
    public static List<List<Object>> rowsEn(ResultTable table, String... keys) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : rows(table, keys)) {
            out.add(row.stream().map(c -> c instanceof Message m ? (Object) en(m) : c)
                    .collect(java.util.stream.Collectors.toList()));
        }
        return out;
    }

    /** The row whose cell {@code key} equals {@code value}; an error naming the table otherwise. */
    public static int rowIndex(ResultTable table, String key, Object value) {
        for (int r = 0; r < table.rows().size(); r++) {
            if (java.util.Objects.equals(table.cell(r, key), value)) {
                return r;
            }
        }
        throw new AssertionError("table " + table.name() + " has no row with " + key + " = " + value);
    }

    /** The explanation in English, as a reader sees it. */
    public static String en(CheckResult result) {
        return en(result.explanation());
    }

    /** A message in English. */
    public static String en(Message message) {
        return MessageCatalog.of(Language.EN).render(message);
    }

    /** A message in Japanese. */
    public static String ja(Message message) {
        return MessageCatalog.of(Language.JA).render(message);
    }

    /** A hash of every value of the dataset, to prove a check did not change it. */
    public static String contentHash(Dataset dataset) {
        return scan(dataset, new ContentHash(), 1 << 16);
    }

    /** One analyzer over a dataset in batches of {@code batchRows}, on the calling thread. */
    public static <R> R scan(Dataset dataset, Analyzer<?, R> analyzer, int batchRows) {
        return FusedScan.run(dataset, List.of(analyzer), new ScanSettings(Runnable::run, batchRows), false)
                .get(analyzer);
    }
}
