package io.github.tenken.checks.drift;

import io.github.tenken.check.Chart;
import io.github.tenken.check.CheckResult;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.SortedSample;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Values near +-1e308 (the issue: one 1e308 turned 18 of 20 histogram edges into Infinity): edges stay finite and
 * where they belong, and every value falls into a bin.
 */
class HugeValuesTest {

    @Test
    void edgesFromMinus1e308To1e308AreFiniteAndEvenlySpacedByHand() {
        SortedSample a = SortedSample.of(-1e308, 0);
        SortedSample b = SortedSample.of(1e308);
        double[] edges = SharedHistogram.edges(a, b, 4);
        // width (1e308 - -1e308) / 4 = 5e307: -1e308, -5e307, 0, 5e307, 1e308
        double[] byHand = {-1e308, -5e307, 0, 5e307, 1e308};
        assertThat(edges).hasSize(5);
        for (int k = 0; k < 5; k++) {
            assertThat(edges[k]).as("edge %d", k).isFinite().isCloseTo(byHand[k], within(1e294));
        }
        assertThat(edges).isSorted();
        double[][] shares = SharedHistogram.shares(a, b, edges);
        assertThat(shares[0]).containsExactly(0.5, 0, 0.5, 0);
        assertThat(shares[1]).containsExactly(0, 0, 0, 1);
    }

    @Test
    void edgesOfValuesAllNear1e308AreFiniteAndIncreasing() {
        // the largest doubles: max - min = 1.7e308 - 1e308 fits, but min + max does not
        SortedSample a = SortedSample.of(1e308, 1.2e308);
        SortedSample b = SortedSample.of(Double.MAX_VALUE);
        double[] edges = SharedHistogram.edges(a, b, 20);
        assertThat(Arrays.stream(edges).allMatch(Double::isFinite)).isTrue();
        assertThat(edges).isSorted().doesNotHaveDuplicates();
        assertThat(edges[0]).isEqualTo(1e308);
        assertThat(edges[20]).isEqualTo(Double.MAX_VALUE);
        double width = (Double.MAX_VALUE - 1e308) / 20;
        assertThat(edges[10]).isCloseTo(1e308 + 10 * width, within(1e294));
        double[][] shares = SharedHistogram.shares(a, b, edges);
        assertThat(Arrays.stream(shares[0]).sum()).isEqualTo(1.0);
        assertThat(shares[1][19]).isEqualTo(1.0);
    }

    @Test
    void theDriftChartOfAColumnHolding1e308HasNoInfiniteEdge() {
        double[] train = new double[40];
        double[] test = new double[40];
        for (int i = 0; i < 40; i++) {
            train[i] = i;
            test[i] = i < 20 ? 1e308 : -1e308;
        }
        CheckResult r = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, Table.of("train", List.of(NumericColumn.of("x", train))))
                .dataset(DatasetRole.TEST, Table.of("test", List.of(NumericColumn.of("x", test)))), "drift.train-test");
        Chart chart = r.charts().get(0);
        assertThat(chart.categories()).hasSize(20).noneMatch(label -> label.contains("Infinity"));
        // half the test values in the first bin, half in the last; the training values (0..39) all in bin 10
        assertThat(chart.series().get(1).values().get(0)).isEqualTo(0.5);
        assertThat(chart.series().get(1).values().get(19)).isEqualTo(0.5);
        assertThat(chart.series().get(0).values().get(10)).isEqualTo(1.0);
    }
}
