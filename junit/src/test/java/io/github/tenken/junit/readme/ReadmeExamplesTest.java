package io.github.tenken.junit.readme;

import io.github.tenken.samples.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Every {@code ```java} example of the project's {@code README.md}, extracted, compiled against the test class path
 * and run: here in the junit module's tests because it is the module whose test class path holds every artifact the
 * README shows (checks, smile, onnx, samples for the data, report, junit).
 *
 * <p>The examples run in one working directory holding the files they name ({@code Path.of("train.csv")} resolves
 * there, see {@link ReadmeSnippets}): the shipped Adult files as headed CSVs ({@code train.csv}, {@code test.csv}),
 * and the Palmer penguins split with the ONNX model of {@code docs/examples}. A method-body example is run by
 * calling it; a class with tests (the JUnit gate) is run through the JUnit Platform launcher and its outcome
 * asserted.
 */
class ReadmeExamplesTest {

    @TempDir
    static Path dir;

    private static Path readme() {
        // surefire runs in the module directory; the README is the project's
        return Path.of("..", "README.md");
    }

    @BeforeAll
    static void writeTheFilesTheExamplesName() throws IOException {
        writeHeadedCsv("adult.data.gz", 0, dir.resolve("train.csv"));
        writeHeadedCsv("adult.test.gz", 1, dir.resolve("test.csv"));
        Files.copy(Path.of("..", "onnx", "src", "test", "resources", "penguins-train.csv"),
                dir.resolve("penguins-train.csv"));
        Files.copy(Path.of("..", "onnx", "src", "test", "resources", "penguins-test.csv"),
                dir.resolve("penguins-test.csv"));
        Files.copy(Path.of("..", "docs", "examples", "penguins-species.onnx"), dir.resolve("penguins-species.onnx"));
        System.setProperty(ReadmeSnippets.DIR_PROPERTY, dir.toString());
    }

    @AfterAll
    static void forgetTheDirectory() {
        System.clearProperty(ReadmeSnippets.DIR_PROPERTY);
    }

    @Test
    void theReadmeHasTheLibraryTheGateAndTheOnnxExamples() throws IOException {
        List<ReadmeSnippets.Snippet> all = ReadmeSnippets.of(Files.readString(readme()));
        assertThat(all).extracting(ReadmeSnippets.Snippet::className)
                .contains("IncomeClassifierQualityTest");
        assertThat(all).filteredOn(s -> s.code().contains("Reports.writeAll")).hasSize(1);
        assertThat(all).filteredOn(s -> s.code().contains("OnnxModel.builder")).hasSize(1);
        assertThat(all).filteredOn(s -> s.code().contains(".check(\"")).as("an inline constraint is shown")
                .isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaExampleCompilesAndRuns() throws IOException {
        List<ReadmeSnippets.Snippet> all = ReadmeSnippets.of(Files.readString(readme()));
        return all.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> compileAndRun(s)));
    }

    @Test
    void aSnippetThatDoesNotCompileNamesItsReadmeLine() {
        String markdown = "# Title\n\nText.\n\n```java\nimport java.util.List;\nList<String> a = List.of();\n"
                + "int b = undefinedThing();\n```\n";
        ReadmeSnippets.Snippet s = ReadmeSnippets.of(markdown).get(0);
        assertThat(s.line()).isEqualTo(6);
        assertThatThrownBy(() -> SnippetCompiler.compile(s, dir.resolve("broken")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the README example at line 6 does not compile:\nREADME.md line 8: ")
                .hasMessageContaining("undefinedThing");
    }

    private static void compileAndRun(ReadmeSnippets.Snippet s) throws Exception {
        Class<?> example = SnippetCompiler.compile(s, dir.resolve("classes-" + s.line()));
        if (!s.unit()) {
            example.getMethod("run").invoke(null);
            if (s.code().contains("Reports.writeAll")) {
                assertThat(dir.resolve("tenken-report").resolve("report.html")).isRegularFile();
                assertThat(dir.resolve("tenken-report").resolve("report.json")).isRegularFile();
                assertThat(dir.resolve("tenken-report").resolve("report.xml")).isRegularFile();
            }
            return;
        }
        assertThat(s.code()).as("a README class is a JUnit gate").contains("@Test");
        runGate(example);
    }

    /**
     * The gate through the JUnit Platform launcher, its reports written under the working directory: on the Adult
     * data it must fail (process answers are not recorded, so levels are not met), and its message must list the
     * shortfalls and end with the report, which the extension then writes.
     */
    private static void runGate(Class<?> gate) {
        Path reports = dir.resolve("gate-reports");
        LauncherDiscoveryRequest request = request().selectors(selectClass(gate))
                .configurationParameter("tenken.reports.dir", reports.toString()).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();

        assertThat(summary.getTestsFoundCount()).isEqualTo(1);
        assertThat(summary.getTestsFailedCount()).as("the gate fails on the shipped data").isEqualTo(1);
        Throwable failure = summary.getFailures().get(0).getException();
        Path html = reports.resolve(gate.getSimpleName()).resolve("meetsItsProfile.html");
        assertThat(failure.getMessage())
                .contains("Expecting assessment of \"income pre-screening\"")
                .contains("to meet every required level")
                .contains("failing checks:")
                .contains("missing items:")
                .contains("report: " + html.toString().replace('\\', '/'));
        assertThat(html).isRegularFile();
    }

    /** The raw UCI file with a header line added, skipping {@code skip} junk lines at the top. */
    private static void writeHeadedCsv(String resource, int skip, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", SampleData.ADULT_COLUMNS));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                SampleData.class.getResourceAsStream("/io/github/tenken/samples/adult/" + resource)),
                StandardCharsets.UTF_8))) {
            r.lines().skip(skip).forEach(lines::add);
        }
        Files.write(target, lines, StandardCharsets.UTF_8);
    }
}
