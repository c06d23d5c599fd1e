package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.json.JsonOptions;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.samples.SampleData;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point end to end: a plan file naming CSV files that Spark reads itself (header, {@code ?} for missing,
 * types inferred as the local reader infers them) gives the JSON the local engine gives for the same files.
 */
class SparkAssessTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("tenken-assess");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aPlanOnSparkGivesTheLocalJson(@TempDir Path dir) throws IOException {
        Dictionaries d = new Dictionaries();
        Path train = dir.resolve("adult-train.csv");
        Path test = dir.resolve("adult-test.csv");
        SparkTestSession.writeCsv(SampleData.adultTraining(d), train);
        SparkTestSession.writeCsv(SampleData.adultTest(d), test);
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"component": {"name": "income classifier", "description": "Adult census income"},
                 "profile": {"aisl": "0.1", "aipl": "1", "aifl": "1"},
                 "datasets": {"training": {"path": "adult-train.csv"}, "test": {"path": "adult-test.csv"}},
                 "label": "income", "sensitive": ["sex", "race"], "ignored": ["fnlwgt"], "seed": 7}
                """);
        AssessmentResult remote = SparkAssess.run(spark, plan, AdultOnSparkTest.DATA_CHECKS);

        Dictionaries local = new Dictionaries();
        CsvOptions options = CsvOptions.builder().label("income").build();
        AssessmentResult expected = Assessment.builder().component("income classifier", "Adult census income")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, CsvDataset.of(train, options, local))
                .dataset(DatasetRole.TEST, CsvDataset.of(test, options, local))
                .roles(new ColumnRoles("income", java.util.List.of("sex", "race"), java.util.List.of("fnlwgt")))
                .checks(AdultOnSparkTest.DATA_CHECKS).seed(7).build().run();

        assertThat(remote.scans()).extracting(s -> s.rows()).containsExactly(32_561L, 16_281L);
        assertThat(JsonReport.toJson(remote, JsonOptions.withoutTimings()))
                .isEqualTo(JsonReport.toJson(expected, JsonOptions.withoutTimings()));

        // the entry point writes the JSON, and beside it the HTML report and the Markdown summary, in Japanese here
        List<Path> written = SparkAssess.writeReports(remote, dir.resolve("out").resolve("result.json"),
                ReportLanguage.JA);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("result.json", "result.html", "result.md");
        assertThat(Files.readString(written.get(0))).isEqualTo(JsonReport.toJson(remote));
        assertThat(Files.readString(written.get(1))).contains("<html lang=\"ja\"").contains("income classifier")
                .contains("<svg");
        assertThat(Files.readString(written.get(2))).contains("income classifier");
    }

    /** {@code checks.include}, {@code exclude} and {@code criteria} apply as in the CLI: the local run is built alike. */
    @Test
    void thePlansChecksApplyAsInTheCli(@TempDir Path dir) throws IOException {
        Dictionaries d = new Dictionaries();
        Path train = dir.resolve("adult-train.csv");
        SparkTestSession.writeCsv(SampleData.adultTraining(d), train);
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"component": {"name": "income classifier", "description": "Adult census income"},
                 "profile": {"aisl": "0.1", "aipl": "1", "aifl": "1"},
                 "datasets": {"training": {"path": "adult-train.csv"}},
                 "label": "income", "sensitive": ["sex"], "ignored": ["fnlwgt"],
                 "checks": {"include": ["b3.missing-values", "b3.duplicates", "b3.label-conflicts"],
                            "exclude": ["b3.label-conflicts"],
                            "criteria": {"b3.duplicates": ["duplicate_rows_training <= 100"]}}}
                """);
        AssessmentResult remote = SparkAssess.run(spark, plan, AdultOnSparkTest.DATA_CHECKS);

        AssessmentResult expected = Assessment.builder().component("income classifier", "Adult census income")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, CsvDataset.of(train, CsvOptions.builder().label("income").build(),
                        new Dictionaries()))
                .roles(new ColumnRoles("income", java.util.List.of("sex"), java.util.List.of("fnlwgt")))
                .checks(AdultOnSparkTest.DATA_CHECKS)
                .include(java.util.List.of("b3.missing-values", "b3.duplicates", "b3.label-conflicts"))
                .exclude("b3.label-conflicts").criterion("b3.duplicates", "duplicate_rows_training <= 100")
                .seed(42).build().run();

        assertThat(remote.checks()).extracting(c -> c.checkId())
                .containsExactlyInAnyOrder("b3.missing-values", "b3.duplicates");
        var duplicates = remote.checks().stream().filter(c -> c.checkId().equals("b3.duplicates")).findFirst()
                .orElseThrow().measures().stream().filter(m -> m.name().equals("duplicate_rows_training"))
                .findFirst().orElseThrow();
        assertThat(duplicates.value()).isEqualTo(3465.0);
        assertThat(duplicates.isFailed()).isTrue();                 // the plan's criterion, not the default
        assertThat(duplicates.isAgreed()).isTrue();
        assertThat(JsonReport.toJson(remote, JsonOptions.withoutTimings()))
                .isEqualTo(JsonReport.toJson(expected, JsonOptions.withoutTimings()));
    }

    /** A plan naming no file, and a CSV row with a field missing: one line each, naming the file. */
    @Test
    void badInputIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"component": {"name": "c", "description": "d"}, "profile": {"aisl": "0.1", "aipl": "1", "aifl": "1"},
                 "datasets": {"training": {"path": "rows.csv"}}, "label": "label"}
                """);
        assertThatThrownBy(() -> SparkAssess.run(spark, plan, AdultOnSparkTest.DATA_CHECKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no file or folder " + dir.resolve("rows.csv").toAbsolutePath().normalize());

        StringBuilder csv = new StringBuilder("age,colour,label\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i == 250 ? "33,red\n" : (20 + i % 50) + ",blue,yes\n");
        }
        Files.writeString(dir.resolve("rows.csv"), csv);
        assertThatThrownBy(() -> SparkAssess.run(spark, plan, AdultOnSparkTest.DATA_CHECKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("rows.csv").toAbsolutePath().normalize()
                        + ": Spark could not read it: ")
                .hasMessageContaining("33,red")
                .satisfies(e -> assertThat(States.oneLine(e)).doesNotContain("\n").isEqualTo(e.getMessage()));
    }
}
