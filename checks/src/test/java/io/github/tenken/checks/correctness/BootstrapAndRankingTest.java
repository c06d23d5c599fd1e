package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BootstrapAndRankingTest {

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4};
        // h = (n - 1) p: 0.75 -> 1 + 0.75 * (2 - 1); 2.25 -> 3 + 0.25 * (4 - 3)
        assertThat(PoissonBootstrap.quantile(sorted, 0.25)).isEqualTo(1.75);
        assertThat(PoissonBootstrap.quantile(sorted, 0.75)).isEqualTo(3.25);
        assertThat(PoissonBootstrap.quantile(sorted, 0.0)).isEqualTo(1.0);
        assertThat(PoissonBootstrap.quantile(sorted, 1.0)).isEqualTo(4.0);
    }

    @Test
    void aWeightedAucEqualsTheAucOfTheRowsRepeated() {
        RankedScores ranked = new RankedScores(new double[]{0.8, 0.8, 0.4, 0.2},
                new boolean[]{true, false, true, false});
        // row 0 twice, row 3 three times: positives 0.8, 0.8, 0.4; negatives 0.8, 0.2, 0.2, 0.2
        RankedScores repeated = new RankedScores(new double[]{0.8, 0.8, 0.8, 0.4, 0.2, 0.2, 0.2},
                new boolean[]{true, true, false, true, false, false, false});
        // by hand: each 0.8 positive: 0.5 + 3 = 3.5 (twice); the 0.4 positive: 3 -> 10 / 12
        assertThat(repeated.auc(null)).isCloseTo(10.0 / 12, within(1e-15));
        assertThat(ranked.auc(new int[]{2, 1, 1, 3})).isCloseTo(10.0 / 12, within(1e-15));
        assertThat(ranked.auc(new int[]{0, 1, 0, 1})).isNaN();
    }

    @Test
    void aPerfectModelHasADegenerateIntervalAtOne() {
        String[] labels = new String[50];
        java.util.Arrays.setAll(labels, i -> i % 3 == 0 ? "a" : "b");
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), labels)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("a", "b").on("test", labels))
                .parameter("c1.classification", "bootstrap", "200")
                .runOne(new ClassificationPerformanceCheck());

        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        assertThat(ci.lower()).isEqualTo(1.0);
        assertThat(ci.upper()).isEqualTo(1.0);
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(en(ci.method())).matches("Poisson bootstrap, 200 replicates, seed -?[0-9]+");
    }

    @Test
    void theAccuracyIntervalAgreesWithTheNormalApproximation() {
        // 2,000 rows, 80% right: the normal interval is 0.8 +- 1.96 sqrt(0.8 * 0.2 / 2000), width 0.03506
        int n = 2000;
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 2 == 0 ? "a" : "b";
            predicted[i] = i % 10 < 8 ? truth[i] : (truth[i].equals("a") ? "b" : "a");
        }
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("a", "b").on("test", predicted))
                .runOne(new ClassificationPerformanceCheck());

        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        double normalWidth = 2 * 1.96 * Math.sqrt(0.8 * 0.2 / n);
        assertThat(ci.width()).isCloseTo(normalWidth, within(0.1 * normalWidth));
        assertThat((ci.lower() + ci.upper()) / 2).isCloseTo(0.8, within(0.003));
        assertThat(r.measure("accuracy_ci_width").orElseThrow().value()).isEqualTo(ci.width());
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        String[] truth = new String[300];
        String[] predicted = new String[300];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = i % 3 == 0 ? "a" : "b";
            predicted[i] = i % 7 == 0 ? "a" : "b";
        }
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        FixedModel model = FixedModel.classifier("a", "b").on("test", predicted);
        CheckRun run = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model);

        CheckResult first = run.seed(1).runOne(new ClassificationPerformanceCheck());
        CheckResult again = run.seed(1).runOne(new ClassificationPerformanceCheck());
        CheckResult other = run.seed(2).runOne(new ClassificationPerformanceCheck());

        assertThat(again.measures()).isEqualTo(first.measures());
        assertThat(other.measure("accuracy").orElseThrow().interval())
                .isNotEqualTo(first.measure("accuracy").orElseThrow().interval());
        assertThat(other.measure("accuracy").orElseThrow().value())
                .isEqualTo(first.measure("accuracy").orElseThrow().value());
    }
}
