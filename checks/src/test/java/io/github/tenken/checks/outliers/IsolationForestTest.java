package io.github.tenken.checks.outliers;

import io.github.tenken.check.CheckResult;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The multivariate detector: a 15 x 15 grid of points and one point at (60, 60). scikit-learn's IsolationForest
 * (100 trees, 256 samples, random_state 0) scores the far point 0.916 and no grid point above 0.612; this forest,
 * seeded differently, must agree on the ranking and the threshold side.
 */
class IsolationForestTest {

    private static List<double[]> grid() {
        double[] x = new double[226];
        double[] y = new double[226];
        for (int i = 0; i < 225; i++) {
            x[i] = i / 15;
            y[i] = i % 15;
        }
        x[225] = 60;
        y[225] = 60;
        return List.of(x, y);
    }

    @Test
    void theFarPointIsIsolatedFirstAndTheGridIsNot() {
        double[] scores = IsolationForest.scores(grid(), 100, 256, 42);
        double gridMax = 0;
        for (int i = 0; i < 225; i++) {
            gridMax = Math.max(gridMax, scores[i]);
        }
        assertThat(scores[225]).isGreaterThan(0.8);
        assertThat(gridMax).isLessThan(0.65);
        assertThat(IsolationForest.scores(grid(), 100, 256, 42)).containsExactly(scores);
        // c(n) of the original paper: c(256) = 2 H(255) - 2 * 255 / 256, H(i) ~ ln i + Euler's constant
        assertThat(IsolationForest.averagePath(256)).isCloseTo(2 * (Math.log(255) + 0.5772156649015329)
                - 2.0 * 255 / 256, within(1e-12));
        assertThat(IsolationForest.averagePath(2)).isEqualTo(1);
    }

    @Test
    void theOutliersCheckListsTheFarRowWhenTheForestIsAskedFor() {
        List<double[]> g = grid();
        Table data = Table.of("grid", List.of(NumericColumn.of("x", g.get(0)), NumericColumn.of("y", g.get(1))));
        CheckResult r = run(assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, data).parameter("b3.outliers", "isolationTrees", "100"), "b3.outliers");
        assertThat(rows(table(r, "multivariate"), "row")).containsExactly(List.of(226L));
        assertThat(measure(r, "isolation_outlier_share")).isEqualTo(1.0 / 226);
        CheckResult off = run(assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, data), "b3.outliers");
        assertThat(off.measure("isolation_outlier_share")).isEmpty();
    }
}
