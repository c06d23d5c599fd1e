package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.report.json.JsonOptions;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.samples.SampleData;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Model checks on Spark with the predictions as columns of the test data (a rule stands in for the team's scorer:
 * {@code >50K} when education-num is 13 or more, probability education-num / 16): the correctness and fairness
 * checks give the local JSON, and only the label, prediction, probability and sensitive columns reach the driver.
 */
class ModelColumnsOnSparkTest {

    private static final List<String> CLASSES = List.of("<=50K", ">50K");
    private static final Model MODEL = ColumnPredictions.classifier(CLASSES, "predicted")
            .withProbability("<=50K", "p_low").withProbability(">50K", "p_high");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("tenken-model");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Adult's test rows with the rule's predictions appended. */
    private static Table scored(Table test, Dictionaries d) {
        NumericColumn years = test.numeric("education-num");
        int n = test.rowCount();
        String[] predicted = new String[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int r = 0; r < n; r++) {
            predicted[r] = years.get(r) >= 13 ? ">50K" : "<=50K";
            high[r] = years.get(r) / 16;
            low[r] = 1 - high[r];
        }
        List<Column> columns = new ArrayList<>(test.columns());
        columns.add(CategoricalColumn.of("predicted", d.forColumn("predicted"), predicted));
        columns.add(NumericColumn.of("p_low", low));
        columns.add(NumericColumn.of("p_high", high));
        return Table.of(test.name(), test.source(), columns);
    }

    /** Only the test data: the model checks need no training data, and the prediction columns are in test only. */
    private static AssessmentResult assess(Dataset test) {
        return Assessment.builder().component("income rule", "education cut")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race")
                        .withIgnored("fnlwgt", "predicted", "p_low", "p_high"))
                .model(MODEL).positiveClass(">50K")
                .checks(AdultOnSparkTest.DATA_CHECKS.stream()
                        // c1.weak-segments reads every feature on the driver: not with a narrowed collection
                        .filter(c -> c.descriptor().id().startsWith("c1.") || c.descriptor().id().startsWith("f"))
                        .filter(c -> !c.descriptor().id().equals("c1.weak-segments"))
                        .toList())
                .seed(42).build().run();
    }

    @Test
    void correctnessAndFairnessFromPredictionColumns() {
        Dictionaries d = new Dictionaries();
        Table test = scored(SampleData.adultTest(d), d);
        AssessmentResult local = assess(test);

        Dictionaries remote = new Dictionaries();
        SparkDataset sparkTest = SparkDataset.of(test.name(), SparkTestSession.rows(spark, test, 3), test.schema(),
                        SampleData.adultOptions(), remote).from(test.source())
                .collectingOnly(List.of("income", "sex", "race", "predicted", "p_low", "p_high"));
        assertThat(sparkTest.toTable().columnNames())
                .containsExactly("race", "sex", "income", "predicted", "p_low", "p_high");
        AssessmentResult onSpark = assess(sparkTest);

        CheckResult c1 = local.checks().stream().filter(c -> c.checkId().equals("c1.classification")).findFirst()
                .orElseThrow();
        assertThat(c1.status()).isNotIn(Status.ERROR, Status.NOT_APPLICABLE);
        // accuracy by hand: rows whose rule agrees with the label
        NumericColumn years = test.numeric("education-num");
        CategoricalColumn label = test.categorical("income");
        long right = 0;
        for (int r = 0; r < test.rowCount(); r++) {
            String truth = label.dictionary().valueOf(label.code(r));
            right += (years.get(r) >= 13) == truth.equals(">50K") ? 1 : 0;
        }
        double accuracy = c1.measures().stream().filter(m -> m.name().equals("accuracy")).findFirst().orElseThrow()
                .value();
        assertThat(accuracy).isEqualTo((double) right / test.rowCount());
        assertThat(onSpark.checks()).extracting(c -> c.checkId() + " " + c.status() + " " + c.error())
                .containsExactlyElementsOf(local.checks().stream()
                        .map(c -> c.checkId() + " " + c.status() + " " + c.error()).toList());
        assertThat(JsonReport.toJson(onSpark, JsonOptions.withoutTimings()))
                .isEqualTo(JsonReport.toJson(local, JsonOptions.withoutTimings()));
    }
}
