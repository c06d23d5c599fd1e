package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.samples.AdultDemo;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.InternalCharacteristic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenken demo} on the shipped Adult data, with a small forest to keep the test quick. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommandTest {

    private Path dir;

    private CliRun run;
    private JsonNode report;

    @BeforeAll
    void runDemoOnce(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        run = CliRun.of("demo", "--trees", "20", "--out", dir.resolve("out").toString());
        report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    }

    @Test
    void exitsZeroAndWritesTheThreeReports() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("out/report.html")).isNotEmptyFile();
        assertThat(dir.resolve("out/report.json")).isNotEmptyFile();
        assertThat(dir.resolve("out/report.xml")).isNotEmptyFile();
    }

    @Test
    void theJsonNamesTheComponentEveryCharacteristicAndEveryCheck() {
        assertThat(report.at("/component/name").asText()).isEqualTo(AdultDemo.COMPONENT);
        List<String> characteristics = new ArrayList<>();
        report.get("characteristics").forEach(c -> characteristics.add(c.get("characteristic").asText()));
        assertThat(characteristics).containsExactlyElementsOf(
                Arrays.stream(InternalCharacteristic.values()).map(InternalCharacteristic::code).toList());
        List<String> checks = new ArrayList<>();
        report.get("checks").forEach(c -> checks.add(c.get("checkId").asText()));
        assertThat(checks).containsExactlyInAnyOrderElementsOf(
                CheckCatalog.load().stream().map(c -> c.descriptor().id()).toList());
        assertThat(report.get("seed").asLong()).isEqualTo(42);
        assertThat(report.get("model").asText()).contains("trees=20");
    }

    @Test
    void stdoutHasTheSummaryTableAndTheAbsoluteReportPath() {
        SummaryAssert.assertSummaryMatchesReport(run.out(), report);
        assertThat(run.out()).startsWith(AdultDemo.COMPONENT + " (AISL 0.1, AIPL 1, AIFL 1, ");
        assertThat(run.out().lines()).contains("report: " + dir.resolve("out/report.html").toAbsolutePath().normalize());
    }

    @Test
    void progressGoesToStderrStepByStep() {
        assertThat(run.err().lines().toList()).startsWith("loading Adult...", "training random forest (20 trees)...",
                "running " + CheckCatalog.load().size() + " checks...", "writing report...");
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).matches("done in \\d+\\.\\d s");
    }

    @Test
    void theDemoRecordsAnHonestIncompleteSetOfAnswers() {
        List<String> answered = new ArrayList<>();
        report.get("answers").forEach(a -> answered.add(a.get("itemId").asText() + "=" + a.get("answer").asText()));
        assertThat(answered).contains("B-3.1a=YES", "E-1.1a=NO", "C-2.1a=NO").doesNotContain("B-1.1a=YES");
        assertThat(report.get("verdict").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void aForestOfNoTreesIsAUsageError() {
        CliRun bad = CliRun.of("demo", "--trees", "0", "--out", dir.resolve("none").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--trees must be at least 1, was 0");
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
