package io.github.tenken.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.github.tenken.junit.QualityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * The extension run through JUnit's own engine: example gate classes (tagged {@code example}, which the build's
 * own test run leaves out) are executed with EngineTestKit and their outcomes and report files inspected.
 */
class TenkenExtensionTest {

    @TempDir
    Path reportsDir;

    @Test
    void aPassingGateSucceedsAndWritesItsThreeReports() throws IOException {
        EngineExecutionResults results = run(PassingGateExample.class, "en");

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        results.containerEvents().assertStatistics(s -> s.failed(0));
        Path dir = reportsDir.resolve("PassingGateExample");
        // the three reports, the Markdown summary and the Qunomon export (its index and its ait folder)
        assertThat(list(dir)).containsExactly("ait", "incomeClassifierMeetsItsProfile.ait.json",
                "incomeClassifierMeetsItsProfile.html", "incomeClassifierMeetsItsProfile.json",
                "incomeClassifierMeetsItsProfile.md", "incomeClassifierMeetsItsProfile.xml");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("incomeClassifierMeetsItsProfile.json").toFile());
        assertThat(json.at("/component/name").asText()).isEqualTo(GateFixtures.COMPONENT);
        assertThat(Files.readString(dir.resolve("incomeClassifierMeetsItsProfile.xml"))).contains("<testsuite");
        assertThat(Files.readString(dir.resolve("incomeClassifierMeetsItsProfile.html"))).contains("<html lang=\"en\"");
        assertThat(results.allEvents().reportingEntryPublished().stream().map(TenkenExtensionTest::entry))
                .containsExactly(dir.resolve("incomeClassifierMeetsItsProfile.html").toString());
    }

    @Test
    void aFailingGateFailsWithTheMeasuresMessageAndStillWritesItsReports() throws IOException {
        EngineExecutionResults results = run(FailingGateExample.class, "en");

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(0).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("accuracyOfAtLeastNinetyPercent"),
                finishedWithFailure(instanceOf(AssertionError.class), message(
                        "\nExpecting measure accuracy of check c1.accuracy (C-1 correctness of the trained model)"
                                + "\n  to be at least:\n    0.9"
                                + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                                + "\n  criterion in force: accuracy >= 0.9"))));
        Path dir = reportsDir.resolve("FailingGateExample");
        assertThat(list(dir)).containsExactly("ait", "strict-gate.ait.json", "strict-gate.html", "strict-gate.json",
                "strict-gate.md", "strict-gate.xml");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("strict-gate.json").toFile());
        assertThat(json.at("/component/name").asText()).isEqualTo(GateFixtures.COMPONENT);
    }

    @Test
    void lifecycleMethodsAndRepeatedTestsRecordUnderTheirOwnNames() throws IOException {
        EngineExecutionResults results = run(LifecycleExample.class, "ja");

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        results.containerEvents().assertStatistics(s -> s.failed(0));
        assertThat(list(reportsDir.resolve("LifecycleExample"))).containsExactly("ait",
                "baseline.ait.json", "baseline.html", "baseline.json", "baseline.md", "baseline.xml",
                "gateEveryNight-2.ait.json", "gateEveryNight-2.html", "gateEveryNight-2.json", "gateEveryNight-2.md",
                "gateEveryNight-2.xml",
                "gateEveryNight.ait.json", "gateEveryNight.html", "gateEveryNight.json", "gateEveryNight.md",
                "gateEveryNight.xml",
                "tearDown.ait.json", "tearDown.html", "tearDown.json", "tearDown.md", "tearDown.xml");
        assertThat(Files.readString(reportsDir.resolve("LifecycleExample/baseline.html"))).contains("<html lang=\"ja\"")
                .contains("<p class=\"sentence\">予測は 100 行のうち 80 行でラベルと一致します。</p>");
        JsonNode json = new ObjectMapper().readTree(reportsDir.resolve("LifecycleExample/baseline.json").toFile());
        assertThat(json.at("/checks/0/explanation/text").asText())
                .isEqualTo("The predictions match the label on 80 of 100 rows.");
    }

    @Test
    void anUnknownLanguageFailsNamingTheParameterAndWritesNothing() {
        EngineExecutionResults results = run(PassingGateExample.class, "fr");

        results.testEvents().assertThatEvents().haveExactly(1, event(test("incomeClassifierMeetsItsProfile"),
                finishedWithFailure(message(m -> m.contains(
                        "configuration parameter tenken.reports.language = \"fr\": unknown report language 'fr'; "
                                + "expected one of: en, ja")))));
        assertThat(reportsDir.resolve("PassingGateExample")).doesNotExist();
    }

    private EngineExecutionResults run(Class<?> example, String language) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(example))
                .configurationParameter("tenken.reports.dir", reportsDir.toString())
                .configurationParameter("tenken.reports.language", language)
                .execute();
    }

    private static Stream<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String entry(Event e) {
        return e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("tenken.report");
    }

    /** A gate that holds, registered through the composed annotation. */
    @Tag("example")
    @QualityGate
    static class PassingGateExample {
        @Test
        void incomeClassifierMeetsItsProfile(QualityReports reports) {
            assertThat(reports.record(GateFixtures.passing())).meetsRequiredLevels();
        }
    }

    /** A gate that fails on one measure, registered with {@code @ExtendWith}. */
    @Tag("example")
    @ExtendWith(TenkenExtension.class)
    static class FailingGateExample {
        @Test
        void accuracyOfAtLeastNinetyPercent(QualityReports reports) {
            assertThat(reports.record("strict-gate", GateFixtures.failing()))
                    .check("c1.accuracy").measure("accuracy").isAtLeast(0.9);
        }
    }

    /** Records from {@code @BeforeAll}, a repeated test and {@code @AfterAll}. */
    @Tag("example")
    @QualityGate
    static class LifecycleExample {
        @BeforeAll
        static void setUp(QualityReports reports) {
            reports.record("baseline", GateFixtures.passing());
        }

        @RepeatedTest(2)
        void gateEveryNight(QualityReports reports) {
            assertThat(reports.record(GateFixtures.passing())).meetsRequiredLevels();
        }

        @AfterAll
        static void tearDown(QualityReports reports) {
            reports.record(GateFixtures.passing());
        }
    }
}
