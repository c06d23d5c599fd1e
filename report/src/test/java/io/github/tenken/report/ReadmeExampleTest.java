package io.github.tenken.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.Status;
import io.github.tenken.checks.constraints.Constraints;
import io.github.tenken.checks.constraints.ConstraintsCheck;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.result.AssessmentResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example, word for word (with 20 trees), on the Adult files written as headed CSVs. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeLibraryExampleRunsAndWritesTheThreeReports() throws IOException {
        writeHeadedCsv("adult.data.gz", 0, dir.resolve("train.csv"));
        writeHeadedCsv("adult.test.gz", 1, dir.resolve("test.csv"));
        Path out = dir.resolve("tenken-report");

        // --- README example, from here (paths resolved against the temp dir) ---
        Dictionaries dictionaries = new Dictionaries();
        CsvOptions csv = CsvOptions.builder().label("income").stripSuffix("income", ".").build();
        Table train = CsvTableReader.read(dir.resolve("train.csv"), csv, dictionaries);
        Table test = CsvTableReader.read(dir.resolve("test.csv"), csv, dictionaries);
        List<String> features = train.columnNames().stream().filter(c -> !c.equals("income")).toList();
        Model model = RandomForestTrainer.train(train, "income", features, 20, 42);

        AssessmentResult result = Assessment.builder()
                .component("income pre-screening", "flags loan applications for a human reviewer")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race"))
                .model(model)
                .checks(CheckCatalog.load())
                .check(new ConstraintsCheck(Constraints.builder()
                        .range("age", 17, 90).allowed("sex", "Male", "Female").rule("`capital-gain` >= 0").build()))
                .criterion("c1.classification", "accuracy >= 0.8")
                .answer(ProcessAnswer.yes("B-3.1a", "UCI Adult, Becker & Kohavi (1996), CC BY 4.0"))
                .seed(42).build().run();
        ReportFiles files = Reports.writeAll(result, out, "report", ReportLanguage.EN);
        // --- to here ---

        assertThat(train.rowCount()).isEqualTo(32_561);
        assertThat(test.rowCount()).isEqualTo(16_281);
        assertThat(result.checks()).hasSize(CheckCatalog.load().size());
        assertThat(result.check("b3.constraints").orElseThrow().status()).as("Adult keeps the rules")
                .isEqualTo(Status.PASS);
        assertThat(result.check("c1.classification").orElseThrow().measure("accuracy").orElseThrow().passed()).isTrue();
        assertThat(result.check("drift.train-test").orElseThrow().status())
                .as("labels normalised: no label drift").isEqualTo(Status.PASS);
        assertThat(files.html()).isRegularFile().hasFileName("report.html");
        assertThat(files.json()).isRegularFile();
        assertThat(files.xml()).isRegularFile();
        assertThat(Files.size(files.html())).as("HTML report size").isLessThan(300_000);
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
