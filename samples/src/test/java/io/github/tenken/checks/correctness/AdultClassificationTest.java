package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.message.Arg;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AUC;
import smile.validation.metric.Accuracy;
import smile.validation.metric.FScore;
import smile.validation.metric.Precision;
import smile.validation.metric.Recall;


import static io.github.tenken.checks.stats.CheckHarness.table;
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
        ResultTable perClass = table(r, "per-class");
        assertThat(perClass.cell(positive, "class")).isEqualTo(">50K");
        assertThat((Double) perClass.cell(positive, "f1")).isCloseTo(FScore.F1.score(truth01, predicted01),
                within(1e-12));

        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        assertThat(ci.lower()).isLessThan(value(r, "accuracy"));
        assertThat(ci.upper()).isGreaterThan(value(r, "accuracy"));
        assertThat(value(r, "accuracy_ci_width")).isLessThan(0.02);
        assertThat(value(r, "accuracy")).isGreaterThan(0.8);
        assertThat(value(r, "auc")).isGreaterThan(0.85);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void thePointEstimatesAreThoseOfThePercentileBootstrapVersionAndOnlyTheIntervalsMoved() {
        AdultForest adult = AdultForest.get();
        CheckResult r = CheckRun.with().test(adult.test()).roles(ColumnRoles.label("income")).model(adult.forest())
                .criterion(ID, "accuracy >= 0.8").runOne(new ClassificationPerformanceCheck());

        // the values the check gave before the migration (percentile bootstrap, same forest, same data): a point
        // estimate does not depend on how its interval is computed
        assertThat(value(r, "accuracy")).isEqualTo(0.865118850193477);
        assertThat(value(r, "balanced_accuracy")).isEqualTo(0.7746719760225873);
        assertThat(value(r, "macro_f1")).isEqualTo(0.7966991976069364);
        assertThat(value(r, "auc")).isEqualTo(0.9170844292557387);
        assertThat(value(r, "precision")).isEqualTo(0.7759197324414716);
        assertThat(value(r, "recall")).isEqualTo(0.6032241289651586);
        assertThat(value(r, "false_positive_rate")).isEqualTo(0.05388017691998392);

        // the accuracy interval, recomputed naively: 1,000 Poisson(1)-weighted accuracies and their percentiles
        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        long seed = Long.parseLong(((Arg.Text) ci.method().args().get(1)).value());
        PoissonBootstrap bootstrap = new PoissonBootstrap(1000, seed);
        Predictions p = adult.testPredictions();
        int n = adult.test().rowCount();
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            right[i] = p.predictedLabel(i).equals(adult.test().column("income").text(i));
        }
        double[] accuracy = new double[1000];
        for (int b = 0; b < accuracy.length; b++) {
            long all = 0;
            long correct = 0;
            for (int i = 0; i < n; i++) {
                int w = bootstrap.weight(b, i);
                all += w;
                correct += right[i] ? w : 0;
            }
            accuracy[b] = (double) correct / all;
        }
        java.util.Arrays.sort(accuracy);
        double lo = 999 * 0.025;
        double hi = 999 * 0.975;
        assertThat(ci.lower()).isCloseTo(accuracy[(int) lo] + (lo - (int) lo) * (accuracy[(int) lo + 1]
                - accuracy[(int) lo]), within(1e-12));
        assertThat(ci.upper()).isCloseTo(accuracy[(int) hi] + (hi - (int) hi) * (accuracy[(int) hi + 1]
                - accuracy[(int) hi]), within(1e-12));
        // the percentile bootstrap gave 0.8597-0.8702; both estimate the same sampling spread
        assertThat(ci.lower()).isCloseTo(0.8597, within(0.002));
        assertThat(ci.upper()).isCloseTo(0.8702, within(0.002));
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }
}
