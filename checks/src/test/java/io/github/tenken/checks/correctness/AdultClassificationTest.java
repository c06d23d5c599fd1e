package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Status;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AUC;
import smile.validation.metric.Accuracy;
import smile.validation.metric.FScore;
import smile.validation.metric.Precision;
import smile.validation.metric.Recall;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** c1.classification on Adult with a seeded random forest, cross-checked against Smile's metrics. */
class AdultClassificationTest {

    private static final String ID = "c1.classification";

    @Test
    void metricsAgreeWithSmileAndTheTestDataArePredictedOnce() {
        AdultForest adult = AdultForest.get();
        CountingModel model = new CountingModel(adult.forest());

        CheckResult r = CheckRun.with().data(DatasetRole.TRAINING, adult.training()).test(adult.test())
                .roles(ColumnRoles.label("income").withSensitive("sex")).model(model)
                .criterion(ID, "accuracy >= 0.8").runOne(new ClassificationPerformanceCheck());

        assertThat(model.calls(adult.test().name())).isEqualTo(1);
        assertThat(model.calls(adult.training().name())).isZero();

        // independent: labels by their text, predictions made once outside the engine
        Predictions p = adult.testPredictions();
        int positive = p.classes().indexOf(">50K");
        int n = adult.test().rowCount();
        int[] truth01 = new int[n];
        int[] predicted01 = new int[n];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = p.classes().indexOf(adult.test().column("income").text(i));
            truth01[i] = truth[i] == positive ? 1 : 0;
            predicted01[i] = p.predictedClass(i) == positive ? 1 : 0;
        }
        assertThat(truth).doesNotContain(-1);
        assertThat(r.measure("rows").orElseThrow().value()).isEqualTo(16_281);
        assertThat(value(r, "accuracy")).isCloseTo(Accuracy.of(truth, p.predictedClasses()), within(1e-12));
        assertThat(value(r, "precision")).isCloseTo(Precision.of(truth01, predicted01), within(1e-12));
        assertThat(value(r, "recall")).isCloseTo(Recall.of(truth01, predicted01), within(1e-12));
        assertThat(value(r, "auc")).isCloseTo(AUC.of(truth01, p.probabilitiesOf(positive).orElseThrow()),
                within(1e-9));
        List<Object> perClassPositive = r.tables().get(0).rows().get(positive);
        assertThat(perClassPositive.get(0)).isEqualTo(">50K");
        assertThat((Double) perClassPositive.get(5)).isCloseTo(FScore.F1.score(truth01, predicted01), within(1e-12));

        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        assertThat(ci.lower()).isLessThan(value(r, "accuracy"));
        assertThat(ci.upper()).isGreaterThan(value(r, "accuracy"));
        assertThat(value(r, "accuracy_ci_width")).isLessThan(0.02);
        assertThat(value(r, "accuracy")).isGreaterThan(0.8);
        assertThat(value(r, "auc")).isGreaterThan(0.85);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }
}
