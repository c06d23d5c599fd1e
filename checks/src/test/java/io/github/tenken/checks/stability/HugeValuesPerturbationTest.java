package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * c2.perturbation with a feature near +-1e308: the issue saw "no numeric feature varies" because the standard
 * deviation overflowed. The spread is finite and right, and no perturbed value overflows.
 */
class HugeValuesPerturbationTest {

    @Test
    void aFeatureOfPlusAndMinus1Point7e308IsPerturbedWithAFiniteSpread() {
        // 100 rows alternating +-1.7e308: mean 0, sample variance 100 x 1.7e308^2 / 99
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i % 2 == 0 ? 1.7e308 : -1.7e308;
        }
        RecordingModel model = RecordingModel.regressor();
        CheckResult r = CheckRun.with().test(Table.of("huge", List.of(NumericColumn.of("x", x))))
                .roles(ColumnRoles.none()).model(model).parameter("c2.perturbation", "epsilon", "0.5")
                .runOne(new PerturbationCheck());

        assertThat(r.status()).isNotEqualTo(Status.NOT_APPLICABLE);
        double std = 1.7e308 * Math.sqrt(100 / 99.0);
        assertThat((Double) CheckHarness.table(r, "features").cell(0, "standard_deviation"))
                .isFinite().isCloseTo(std, within(std * 1e-12));
        // the noise (sd 0.5 x 1.71e308) pushes about half the values past the largest double: they are held there
        for (Table seen : model.seen()) {
            assertThat(Arrays.stream(seen.numeric("x").copyValues()).allMatch(Double::isFinite)).isTrue();
        }
        Table perturbed = model.seen().get(1);
        assertThat(Arrays.stream(perturbed.numeric("x").copyValues()).filter(v -> Math.abs(v) == Double.MAX_VALUE)
                .count()).isPositive();
        // a regressor predicting x: the predictions' spread is finite too, so mean_abs_change is a number
        assertThat(r.measure("mean_abs_change").orElseThrow().value()).isFinite().isPositive();
    }

    @Test
    void theStandardDeviationOfPredictionsNear1e308ByHand() {
        // +-1e308 four times: mean 0, sample variance 4e616 / 3 -> 1e308 x sqrt(4 / 3)
        assertThat(PerturbationCheck.std(new double[]{1e308, -1e308, 1e308, -1e308}))
                .isCloseTo(1e308 * Math.sqrt(4 / 3.0), within(1e296));
        // 1, 2, 3, 4: variance 5 / 3
        assertThat(PerturbationCheck.std(new double[]{1, 2, 3, 4})).isCloseTo(Math.sqrt(5 / 3.0), within(1e-15));
        assertThat(PerturbationCheck.std(new double[]{7, 7})).isZero();
        assertThat(PerturbationCheck.std(new double[]{7})).isNaN();
        assertThat(FeatureNoise.finite(Double.NEGATIVE_INFINITY)).isEqualTo(-Double.MAX_VALUE);
    }
}
