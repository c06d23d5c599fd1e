package io.github.tenken.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.RandomForestTrainer;
import io.github.tenken.checks.sample.SampleData;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole built-in catalogue on the real Adult data with a seeded random forest: the results show Adult's known
 * facts, each recomputed here from the raw file with plain string handling rather than quoted.
 */
class AdultAssessmentTest {

    private static AssessmentResult result;
    private static final AtomicInteger predictCalls = new AtomicInteger();
    private static Table test;

    /** Counts how often the engine asks the model to predict. */
    private record Counting(Model inner) implements Model {
        @Override
        public ModelKind kind() {
            return inner.kind();
        }

        @Override
        public List<String> classes() {
            return inner.classes();
        }

        @Override
        public Predictions predict(Table table) {
            if (table == test) {
                predictCalls.incrementAndGet();
            }
            return inner.predict(table);
        }

        @Override
        public String description() {
            return inner.description();
        }
    }

    @BeforeAll
    static void assess() {
        Dictionaries d = new Dictionaries();
        Table train = SampleData.adultTraining(d);
        test = SampleData.adultTest(d);
        List<String> features = train.columnNames().stream()
                .filter(c -> !c.equals("income") && !c.equals("fnlwgt")).toList();
        Model forest = RandomForestTrainer.train(train, "income", features, 30, 42);
        result = Assessment.builder().component("income classifier", "Adult census income")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race").withIgnored("fnlwgt"))
                .model(new Counting(forest)).checks(CheckCatalog.load())
                .criterion("c1.classification", "accuracy >= 0.8")
                .seed(42).build().run();
    }

    /** The raw training records: lines with 15 fields, split on ", " as the UCI file is written. */
    private static List<String[]> rawTraining() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                SampleData.class.getResourceAsStream("/io/github/tenken/checks/sample/adult/adult.data.gz")),
                StandardCharsets.UTF_8))) {
            return r.lines().map(l -> l.split(", ")).filter(f -> f.length == 15).toList();
        }
    }

    @Test
    void theWholeCatalogueRanAndNothingBroke() {
        assertThat(result.checks()).extracting(CheckResult::checkId).containsExactly(
                "b1.case-coverage", "b2.class-balance", "b3.duplicates", "b3.label-conflicts", "b3.missing-values",
                "c1.classification", "c1.regression", "c2.perturbation", "d1.determinism", "drift.train-test",
                "e1.operation-drift",
                "fairness.group-parity");
        assertThat(result.checks()).noneMatch(c -> c.status() == Status.ERROR);
        assertThat(result.check("e1.operation-drift").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void eachDatasetWasScannedOnceAndPredictedOnce() {
        assertThat(result.scans()).extracting(ScanRecord::reason).containsExactly("fused", "fused");
        // the test table itself was predicted once by the engine, shared by c1.classification, fairness and
        // c2.perturbation (which predicts its own perturbed copies besides), and once more by d1.determinism, whose
        // whole point is a second, independent prediction
        assertThat(predictCalls.get()).isEqualTo(2);
        assertThat(result.check("d1.determinism").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void positiveRateInTrainingIs24Point1Percent() throws IOException {
        List<String[]> raw = rawTraining();
        long positives = raw.stream().filter(f -> f[14].equals(">50K")).count();
        double share = (double) positives / raw.size();
        assertThat(share).isCloseTo(0.241, within(0.0005));
        assertThat(result.check("b2.class-balance").orElseThrow().measure("minority_share").orElseThrow().value())
                .isCloseTo(share, within(1e-12));
    }

    @Test
    void trainingHas2399RowsWithAMissingValue() throws IOException {
        long withMissing = rawTraining().stream().filter(f -> List.of(f).contains("?")).count();
        assertThat(withMissing).isEqualTo(2399);
        assertThat(result.check("b3.missing-values").orElseThrow().measure("rows_with_missing").orElseThrow().value())
                .isEqualTo(withMissing);
    }

    @Test
    void womenAreSelectedFarLessOftenThanMen() {
        CheckResult fairness = result.check("fairness.group-parity").orElseThrow();
        ResultTable groups = fairness.tables().stream().filter(t -> t.name().equals("groups")).findFirst().orElseThrow();
        double female = selectionRate(groups, "sex", "Female");
        double male = selectionRate(groups, "sex", "Male");
        assertThat(female).isLessThan(male / 2);
        assertThat(fairness.measure("disparate_impact_ratio.sex").orElseThrow().value())
                .isCloseTo(female / male, within(1e-9));
        assertThat(fairness.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void theForestIsAccurateEnoughAndTheLevelsAreEvaluated() {
        CheckResult c1 = result.check("c1.classification").orElseThrow();
        assertThat(c1.measure("accuracy").orElseThrow().value()).isBetween(0.83, 0.88);
        assertThat(c1.measure("accuracy").orElseThrow().interval().width()).isLessThan(0.02);
        assertThat(result.characteristics()).hasSize(9);
        // no process answers were recorded: A-1 (all P items) cannot be met, whatever was measured
        assertThat(result.characteristic(io.github.tenken.guideline.InternalCharacteristic.A_1).missing())
                .containsExactly("A-1.1a", "A-1.1b");
        assertThat(result.meetsRequiredLevels()).isFalse();
    }

    private static double selectionRate(ResultTable t, String attribute, String group) {
        int rate = t.columns().indexOf("selection rate");
        return t.rows().stream().filter(r -> r.get(0).equals(attribute) && r.get(1).equals(group))
                .map(r -> ((Number) r.get(rate)).doubleValue()).findFirst().orElseThrow();
    }
}
