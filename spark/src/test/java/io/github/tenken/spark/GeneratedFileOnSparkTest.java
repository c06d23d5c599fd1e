package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.result.AssessmentResult;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proof in the sketches' range: a generated training file of 1,000,000 rows and a shifted test file of 200,000
 * (the performance workload's layout, {@link GeneratedCsv}) read by Spark in 1, 3 and 8 partitions give the local
 * engine's result measure by measure: exact statistics equal, and every value computed from a sketch (KLL
 * quantiles, HLL distinct counts) within the sum of the two runs' stated error bounds of each other, since each is
 * within its own bound of the exact value. The planted duplicates, label conflicts and leaked rows are counted
 * exactly on both sides, against the generator's own counts.
 */
class GeneratedFileOnSparkTest {

    private static final Path FOLDER = Path.of("target", "generated");
    private static final CsvOptions OPTIONS = CsvOptions.builder().label("label")
            .columnType("label", ColumnType.CATEGORICAL).build();

    private static SparkSession spark;
    private static GeneratedCsv training;
    private static GeneratedCsv test;
    private static AssessmentResult local;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(FOLDER);
        training = GeneratedCsv.write(FOLDER.resolve("train-1000000.csv"), 1_000_000, 42, false, null);
        test = GeneratedCsv.write(FOLDER.resolve("test-200000.csv"), 200_000, 43, true, training);
        spark = SparkTestSession.start("tenken-generated");
        Dictionaries d = new Dictionaries();
        local = assess(CsvDataset.of(training.file(), OPTIONS, d), CsvDataset.of(test.file(), OPTIONS, d));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static AssessmentResult assess(Dataset train, Dataset testData) {
        return Assessment.builder().component("generated", "the performance workload's layout")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, testData)
                .roles(ColumnRoles.label("label").withSensitive("group"))
                .checks(AdultOnSparkTest.DATA_CHECKS).seed(42).build().run();
    }

    @Test
    void theLocalRunCountsWhatWasPlanted() {
        assertThat(training.duplicates()).isGreaterThan(4_000);
        assertThat(measure(local, "b3.duplicates", "duplicate_rows_training").value())
                .isEqualTo(training.duplicates());
        assertThat(measure(local, "b3.duplicates", "leaked_test_rows").value()).isEqualTo(test.leaked());
        assertThat(measure(local, "b3.label-conflicts", "conflicting_groups").value())
                .isEqualTo(training.conflicts());
        assertThat(measure(local, "b3.label-conflicts", "conflicting_rows").value())
                .isEqualTo(2.0 * training.conflicts());
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 8})
    void sparkGivesTheLocalMeasuresWithinTheSketchBounds(int partitions) throws IOException {
        long bytes = Files.size(training.file());
        spark.conf().set("spark.sql.files.minPartitionNum", "1");
        spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(bytes / partitions + 1));
        Dictionaries d = new Dictionaries();
        SparkDataset train = SparkSources.csv(spark, training.file().toString(), OPTIONS, d);
        SparkDataset testData = SparkSources.csv(spark, test.file().toString(), OPTIONS, d)
                .withRowsPerBucket(150_000);          // 2 buckets against training's 1: the test rows are re-bucketed
        assertThat(train.rows().rdd().getNumPartitions()).isEqualTo(partitions);
        AssessmentResult remote = assess(train, testData);

        Map<String, Measure> expected = measures(local);
        Map<String, Measure> actual = measures(remote);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        List<String> approximate = new ArrayList<>();
        for (Map.Entry<String, Measure> e : expected.entrySet()) {
            Measure l = e.getValue();
            Measure s = actual.get(e.getKey());
            if (l.isApproximate() || s.isApproximate()) {
                double bound = (l.isApproximate() ? l.approximation().bound() : 0)
                        + (s.isApproximate() ? s.approximation().bound() : 0);
                assertThat(Math.abs(s.value() - l.value())).as("%s: %s on Spark, %s locally", e.getKey(),
                        s.sentence(), l.sentence()).isLessThanOrEqualTo(bound + 1e-12);
                approximate.add(e.getKey());
            } else {
                assertThat(s.value()).as(e.getKey()).isEqualTo(l.value());
            }
        }
        assertThat(approximate).as("measures from sketches").isNotEmpty();
        for (CheckResult c : local.checks()) {
            if (c.measures().stream().noneMatch(Measure::isApproximate)) {
                assertThat(status(remote, c.checkId())).as(c.checkId()).isEqualTo(c.status());
            }
        }
        assertThat(measure(remote, "b3.duplicates", "duplicate_rows_training").value())
                .isEqualTo(training.duplicates());
        assertThat(measure(remote, "b3.duplicates", "leaked_test_rows").value()).isEqualTo(test.leaked());
        assertThat(measure(remote, "b3.label-conflicts", "conflicting_rows").value())
                .isEqualTo(2.0 * training.conflicts());
    }

    private static Map<String, Measure> measures(AssessmentResult result) {
        Map<String, Measure> all = new LinkedHashMap<>();
        for (CheckResult c : result.checks()) {
            for (Measure m : c.measures()) {
                all.put(c.checkId() + " " + m.name(), m);
            }
        }
        return all;
    }

    private static Object status(AssessmentResult result, String check) {
        return result.checks().stream().filter(c -> c.checkId().equals(check)).findFirst().orElseThrow().status();
    }

    private static Measure measure(AssessmentResult result, String check, String name) {
        return result.checks().stream().filter(c -> c.checkId().equals(check)).findFirst().orElseThrow()
                .measures().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
