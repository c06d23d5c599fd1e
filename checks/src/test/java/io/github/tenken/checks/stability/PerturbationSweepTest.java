package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Chart;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The noise sweep of c2.perturbation: flip rate per level with Wilson intervals, and the largest stable level. */
class PerturbationSweepTest {

    private static final String ID = "c2.perturbation";

    /** x = +1, -1, +1, ...: the rule x > 0 flips a row when the noise crosses 0, |noise| > 1. */
    private static Table plusMinusOne(int n) {
        return Table.of("test", List.of(NumericColumn.of("x",
                IntStream.range(0, n).mapToDouble(i -> i % 2 == 0 ? 1 : -1).toArray())));
    }

    @Test
    void theFlipRateGrowsWithTheLevelAndTheLargestStableLevelIsTheLastThatMeetsTheCriterion() {
        // sd(x) = sqrt(n / (n - 1)) = 1.00025; at level e a row flips with probability P(Z > 1 / (e sd)):
        // 0.1 -> 8e-24, 0.5 -> P(Z > 2.0) = 0.0228, 1 -> P(Z > 1.0) = 0.1587, 2 -> P(Z > 0.5) = 0.3086
        CheckResult r = CheckRun.with().test(plusMinusOne(2000)).roles(ColumnRoles.none())
                .model(RecordingModel.classifier()).parameter(ID, "levels", "2,0.5,1,0.1").runOne(new PerturbationCheck());

        ResultTable sweep = table(r, "sweep");
        assertThat(sweep.rows()).hasSize(4);
        assertThat(sweep.rows().stream().map(row -> row.get(0))).containsExactly(0.1, 0.5, 1.0, 2.0);
        double[] expected = {0, 0.0228, 0.1587, 0.3086};
        double previous = -1;
        for (int i = 0; i < 4; i++) {
            long flips = (Long) sweep.cell(i, "flipped_rows");
            double rate = (Double) sweep.cell(i, "flip_rate");
            assertThat(rate).isEqualTo(flips / 2000.0).isCloseTo(expected[i], within(0.03))
                    .isGreaterThanOrEqualTo(previous);   // the same draws, scaled: monotone
            previous = rate;
            ConfidenceInterval ci = WilsonInterval.of(flips, 2000);
            assertThat((Double) sweep.cell(i, "flip_rate_lower")).isEqualTo(ci.lower()).isLessThanOrEqualTo(rate);
            assertThat((Double) sweep.cell(i, "flip_rate_upper")).isEqualTo(ci.upper()).isGreaterThanOrEqualTo(rate);
        }
        assertThat(r.measure("max_stable_noise").orElseThrow().value()).isEqualTo(0.5);
        Chart chart = r.charts().stream().filter(c -> c.name().equals("flip-rate-by-noise-level")).findFirst()
                .orElseThrow();
        assertThat(chart.categories()).containsExactly("0.1", "0.5", "1", "2");
        assertThat(chart.series().get(0).values()).containsExactly(
                sweep.rows().stream().map(row -> (Double) row.get(3)).toArray(Double[]::new));
        // epsilon (0.05) is judged on its own draws: nothing crosses 20 sd
        assertThat(r.measure("flip_rate").orElseThrow().value()).isZero();
        assertThat(en(r)).contains("Over the sweep, the largest noise level up to which every flip rate meets "
                + "flip_rate <= 0.05 is 0.5.");
    }

    @Test
    void whenTheSmallestLevelAlreadyFailsNoLevelIsStable() {
        CheckResult r = CheckRun.with().test(plusMinusOne(2000)).roles(ColumnRoles.none())
                .model(RecordingModel.classifier()).parameter(ID, "levels", "1,2").runOne(new PerturbationCheck());

        assertThat(r.measure("max_stable_noise").orElseThrow().value()).isZero();
        assertThat(en(r)).contains("Over the sweep, even the smallest noise level, 1, fails flip_rate <= 0.05.");
        assertThat(r.status()).isEqualTo(Status.PASS);   // epsilon 0.05 itself is stable
    }

    @Test
    void aUserCriterionOnMaxStableNoiseJudgesIt() {
        CheckResult r = CheckRun.with().test(plusMinusOne(2000)).roles(ColumnRoles.none())
                .model(RecordingModel.classifier()).parameter(ID, "levels", "0.1,0.5,1")
                .criterion(ID, "max_stable_noise >= 1").runOne(new PerturbationCheck());

        assertThat(r.measure("max_stable_noise").orElseThrow().isFailed()).isTrue();
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aLevelThatIsNotANumberIsAnErrorNamingIt() {
        CheckResult r = CheckRun.with().test(plusMinusOne(20)).roles(ColumnRoles.none())
                .model(RecordingModel.classifier()).parameter(ID, "levels", "0.1,big").runOne(new PerturbationCheck());
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("\"big\" is not one");
        assertThatThrownBy(() -> NoiseLevels.parse(List.of("11"))).hasMessageContaining("between 0 and 10, was 11");
    }

    @Test
    void wilsonIntervalsByHand() {
        // 10 of 100: the textbook 0.0552-0.1744
        ConfidenceInterval ten = WilsonInterval.of(10, 100);
        assertThat(ten.lower()).isCloseTo(0.0552291370606751, within(1e-12));
        assertThat(ten.upper()).isCloseTo(0.17436566150491345, within(1e-12));
        // 0 of 100: [0, z^2 / (100 + z^2)]; 100 of 100: [100 / (100 + z^2), 1]
        double z2 = WilsonInterval.Z * WilsonInterval.Z;
        assertThat(WilsonInterval.of(0, 100).lower()).isZero();
        assertThat(WilsonInterval.of(0, 100).upper()).isCloseTo(z2 / (100 + z2), within(1e-15));
        assertThat(WilsonInterval.of(100, 100).lower()).isCloseTo(100 / (100 + z2), within(1e-15));
        assertThat(WilsonInterval.of(100, 100).upper()).isEqualTo(1);
    }
}
