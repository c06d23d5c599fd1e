package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.correctness.AdultForest;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.CountingModel;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/** c2.perturbation on Adult with a seeded random forest. */
class AdultPerturbationTest {

    @Test
    void smallNoiseChangesFewPredictionsTheSameWayEachRunAndLeavesTheDataAlone() {
        AdultForest adult = AdultForest.get();
        Table test = adult.test();
        double[] ageBefore = test.numeric("age").copyValues();
        CountingModel model = new CountingModel(adult.forest());
        CheckRun run = CheckRun.with().data(DatasetRole.TRAINING, adult.training()).test(test)
                .roles(ColumnRoles.label("income").withIgnored("fnlwgt")).model(model);

        CheckResult first = run.runOne(new PerturbationCheck());
        CheckResult again = run.runOne(new PerturbationCheck());

        assertThat(again.measures()).isEqualTo(first.measures());
        assertThat(model.calls(test.name())).isEqualTo(2);   // once per assessment
        assertThat(first.measure("rows").orElseThrow().value()).isEqualTo(2000);
        assertThat(first.measures().stream().map(m -> m.name())).contains("flip_rate.age", "flip_rate.capital-gain")
                .doesNotContain("flip_rate.fnlwgt", "flip_rate.income");
        double flipRate = first.measure("flip_rate").orElseThrow().value();
        assertThat(flipRate).isGreaterThan(0).isLessThan(0.2);
        assertThat(test.numeric("age").copyValues()).isEqualTo(ageBefore);
        // the standard deviations of the numeric features come from the training data; the categorical ones are
        // swapped among the values observed in the test data
        assertThat(rows(table(first, "features"), "type", "std_of")).hasSize(13)
                .filteredOn(row -> row.get(0).equals("numeric")).hasSize(5)
                .allSatisfy(row -> assertThat(row).containsExactly("numeric", "training"));
        assertThat(first.measure("perturbed_features").orElseThrow().value()).isEqualTo(13);
        assertThat(first.measure("flip_rate").orElseThrow().interval().upper()).isGreaterThan(flipRate);
        assertThat(first.measures().stream().map(m -> m.name())).contains("flip_rate.sex", "flip_rate.occupation");
    }
}
