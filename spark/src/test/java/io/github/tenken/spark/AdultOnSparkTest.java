package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.report.json.JsonOptions;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.samples.SampleData;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.tenken.check.Check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proof of the Spark backend: the data checks of the whole catalogue on the Adult data (32,561 training and
 * 16,281 test rows) give the same JSON on Spark as on the local engine, for 1, 3 and 8 partitions and 1 to 16
 * buckets of row groups. Every statistic
 * on these data is exact (fewer rows than the sketches' exact bound), so the JSON must match byte for byte; the
 * measures are also compared one by one so that a difference names its check.
 */
class AdultOnSparkTest {

    /** The catalogue without the checks that train models (Smile's forests): they read rows, not scans. */
    static final List<Check> DATA_CHECKS = CheckCatalog.load().stream()
            .filter(c -> !c.getClass().getPackageName().startsWith("io.github.tenken.smile")).toList();

    private static SparkSession spark;
    private static AssessmentResult local;
    private static Table localTraining;
    private static Table localTest;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("tenken-adult");
        Dictionaries d = new Dictionaries();
        localTraining = SampleData.adultTraining(d);
        localTest = SampleData.adultTest(d);
        local = assess(localTraining, localTest);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static AssessmentResult assess(Dataset training, Dataset test) {
        return Assessment.builder().component("income classifier", "Adult census income")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race").withIgnored("fnlwgt"))
                .checks(DATA_CHECKS).batchRows(8_192)
                .seed(42).strict(true).build().run();
    }

    private static AssessmentResult onSpark(int partitions, long rowsPerBucket) {
        Dictionaries d = new Dictionaries();
        CsvOptions options = SampleData.adultOptions();
        SparkDataset training = SparkDataset.of(localTraining.name(),
                SparkTestSession.rows(spark, localTraining, partitions), localTraining.schema(), options, d)
                .from(localTraining.source()).withRowsPerBucket(rowsPerBucket);
        SparkDataset test = SparkDataset.of(localTest.name(),
                SparkTestSession.rows(spark, localTest, partitions), localTest.schema(), options, d)
                .from(localTest.source()).withRowsPerBucket(rowsPerBucket);
        return assess(training, test);
    }

    @Test
    void theLocalRunMeasuresTheData() {
        // the comparison below means something only if the data checks ran and measured
        long measured = local.checks().stream().filter(c -> c.status() != Status.NOT_APPLICABLE
                && c.status() != Status.ERROR && !c.measures().isEmpty()).count();
        assertThat(measured).isGreaterThanOrEqualTo(10);
        assertThat(measure(local, "b3.duplicates", "duplicate_rows_training")).isEqualTo(3465.0);
        assertThat(measure(local, "b3.missing-values", "rows_with_missing")).isEqualTo(2399.0);
    }

    /**
     * Row identity goes through the shuffle keyed by the row hash: 4,000 rows per bucket puts the training rows in 16
     * buckets and the test rows in 8, so leakage re-buckets the test rows first; 10,000 gives 4 and 2; 1,000,000 one
     * bucket each.
     */
    @ParameterizedTest(name = "{0} partitions, {1} rows per bucket")
    @CsvSource({"1, 1000000", "3, 4000", "8, 10000"})
    void sparkGivesTheLocalJson(int partitions, long rowsPerBucket) {
        AssessmentResult remote = onSpark(partitions, rowsPerBucket);
        Map<String, Double> expected = measures(local);
        Map<String, Double> actual = measures(remote);
        assertThat(actual).containsExactlyEntriesOf(expected);
        // exact statistics, hand-checked elsewhere against the raw file (AdultAssessmentTest)
        assertThat(measure(remote, "b3.duplicates", "duplicate_rows_training")).isEqualTo(3465.0);
        assertThat(measure(remote, "b3.duplicates", "leaked_test_rows")).isEqualTo(2586.0);
        assertThat(measure(remote, "b3.label-conflicts", "conflicting_rows")).isEqualTo(2123.0);
        assertThat(JsonReport.toJson(remote, JsonOptions.withoutTimings()))
                .isEqualTo(JsonReport.toJson(local, JsonOptions.withoutTimings()));
    }

    private static Map<String, Double> measures(AssessmentResult result) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (CheckResult c : result.checks()) {
            all.put(c.checkId() + " status", (double) c.status().ordinal());
            for (Measure m : c.measures()) {
                all.put(c.checkId() + " " + m.name(), m.value());
            }
        }
        return all;
    }

    private static double measure(AssessmentResult result, String check, String name) {
        return result.checks().stream().filter(c -> c.checkId().equals(check)).findFirst().orElseThrow()
                .measures().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().value();
    }
}
