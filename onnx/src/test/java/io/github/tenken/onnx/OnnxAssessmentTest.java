package io.github.tenken.onnx;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.ClassificationPerformanceCheck;
import io.github.tenken.checks.correctness.RegressionPerformanceCheck;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** An ONNX model assessed end to end: its measures equal those computed from scikit-learn's own predictions. */
class OnnxAssessmentTest {

    private static CheckResult run(Model model, Table training, Table test, String label,
                                   io.github.tenken.check.Check check) {
        AssessmentResult result = Assessment.builder()
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label(label)).model(model).checks(List.of(check)).seed(42).strict(true)
                .build().run();
        CheckHarness.assertStrictAndFused(result);
        return result.check(check.descriptor().id()).orElseThrow();
    }

    @Test
    void theClassifiersAccuracyIsScikitLearns() throws IOException {
        double sklearnAccuracy = Double.parseDouble(
                Files.readString(Fixtures.file("penguins-species-accuracy.txt")).trim());
        try (OnnxModel model = Fixtures.penguins()) {
            CheckResult r = run(model, Fixtures.csv("penguins-train.csv"), Fixtures.csv("penguins-test.csv"),
                    "species", new ClassificationPerformanceCheck());
            assertThat(r.status()).as(r.error()).isNotEqualTo(Status.ERROR);
            assertThat(r.measure("accuracy").orElseThrow().value()).isEqualTo(sklearnAccuracy);
            assertThat(r.measure("rows").orElseThrow().value()).isEqualTo(103);
        }
    }

    @Test
    void theRegressorsErrorIsThatOfScikitLearnsPredictions() {
        Table data = Fixtures.csv("../../../../checks/src/test/resources/datasets/diabetes.csv.gz");
        double[] sklearn = Fixtures.csv("diabetes-tree-expected.csv").numeric("predicted").copyValues();
        double sum = 0;
        for (int r = 0; r < sklearn.length; r++) {
            double e = sklearn[r] - data.numeric("target").get(r);
            sum += e * e;
        }
        double rmse = Math.sqrt(sum / sklearn.length);
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("diabetes-tree.onnx"))
                .inputs(Fixtures.DIABETES_FEATURES).build()) {
            CheckResult r = run(model, data, data, "target", new RegressionPerformanceCheck());
            assertThat(r.status()).as(r.error()).isNotEqualTo(Status.ERROR);
            // ONNX keeps a leaf's value as a float: the error may differ from sklearn's in the sixth digit
            assertThat(r.measure("rmse").orElseThrow().value()).isCloseTo(rmse, within(1e-4));
        }
    }

    /** D-1.2a: the model's bytes are its file's; read back, it predicts every test row bit for bit. */
    @Test
    void theModelReadBackFromItsBytesPredictsBitForBit() throws IOException {
        try (OnnxModel model = Fixtures.penguins()) {
            assertThat(model.toBytes()).isEqualTo(Files.readAllBytes(Fixtures.file("penguins-species.onnx")));
            CheckResult r = run(model, Fixtures.csv("penguins-train.csv"), Fixtures.csv("penguins-test.csv"),
                    "species", new io.github.tenken.checks.software.RoundTripCheck());
            assertThat(r.status()).as(r.error()).isEqualTo(Status.PASS);
            assertThat(r.measure("mismatched_predictions").orElseThrow().value()).isEqualTo(0);
            try (OnnxModel copy = model.fromBytes(model.toBytes())) {
                assertThat(copy.classes()).isEqualTo(model.classes());
                assertThat(copy.features()).isEqualTo(model.features());
            }
        }
    }
}
