package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The numbers behind the stability checks near the ends of the double range (issue 7), and their independence of the
 * batch size.
 */
class StabilityNumbersTest {

    @Test
    void rmseOfErrorsNear1e308IsFinite() {
        // errors of +-1.5e308 (predictions 0.75e308 against labels -0.75e308 and back): RMSE 1.5e308
        Predictions p = Predictions.regression(new double[]{0.75e308, -0.75e308, 0.75e308, -0.75e308});
        NumericColumn y = NumericColumn.of("y", -0.75e308, 0.75e308, -0.75e308, 0.75e308);
        assertThat(TestMetrics.rmse(p, y)).isCloseTo(1.5e308, within(1e295));
        // 1, 2, 3 against 0, 0, 0: sqrt(14 / 3)
        assertThat(TestMetrics.rmse(Predictions.regression(new double[]{1, 2, 3}), NumericColumn.of("y", 0, 0, 0)))
                .isCloseTo(Math.sqrt(14 / 3.0), within(1e-15));
        // a missing label is left out
        assertThat(TestMetrics.rmse(Predictions.regression(new double[]{1, 9}), NumericColumn.of("y", 0, Double.NaN)))
                .isEqualTo(1);
    }

    @Test
    void spreadOfValuesNear1e308IsFinite() {
        MetricSpread s = MetricSpread.of(new double[]{1.2e308, 1.6e308, 1.4e308});
        assertThat(s.mean()).isCloseTo(1.4e308, within(1e295));
        assertThat(s.range()).isCloseTo(0.4e308, within(1e295));
        assertThat(s.relativeRange()).isCloseTo(0.4 / 1.4, within(1e-12));
        assertThat(s.sd()).isCloseTo(0.2e308, within(1e295));
        assertThat(MetricSpread.of(new double[]{0.5, 0.5}).relativeRange()).isZero();
    }

    @Test
    void perturbationGivesTheSameResultWhateverTheBatchSize() {
        int n = 500;
        Table test = Table.of("test", List.of(
                NumericColumn.of("x", IntStream.range(0, n).mapToDouble(i -> (i % 50) - 24.5).toArray()),
                CategoricalColumn.of("g", new CategoryDictionary(), IntStream.range(0, n)
                        .mapToObj(i -> i % 3 == 0 ? "u" : "v").toArray(String[]::new))));
        CheckRun run = CheckRun.with().test(test).roles(ColumnRoles.none()).seed(9);

        CheckResult whole = run.model(RecordingModel.classifier()).runOne(new PerturbationCheck());
        CheckResult sevens = run.batchRows(7).model(RecordingModel.classifier()).runOne(new PerturbationCheck());

        assertThat(sevens.measures()).isEqualTo(whole.measures());
        assertThat(sevens.tables()).isEqualTo(whole.tables());
        assertThat(whole.measure("perturbed_features").orElseThrow().value()).isEqualTo(2);
    }
}
