package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.model.Trainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * c2.retraining-spread with trainers whose models depend on the seed and on the training rows in a known way, so
 * that every metric and spread is computed by hand.
 */
class RetrainingSpreadCheckTest {

    private static final String ID = "c2.retraining-spread";
    private static final List<String> CLASSES = List.of("neg", "pos");

    /** x = 0 .. n-1, y = pos from x = 50 on (or y = x when numeric). */
    private static Table data(String name, int n, boolean numericLabel) {
        double[] x = IntStream.range(0, n).asDoubleStream().toArray();
        return Table.of(name, List.of(NumericColumn.of("x", x), numericLabel ? NumericColumn.of("y", x)
                : CategoricalColumn.of("y", new CategoryDictionary(), IntStream.range(0, n)
                .mapToObj(i -> i >= 50 ? "pos" : "neg").toArray(String[]::new))));
    }

    /**
     * The threshold rule x >= 50 + (seed mod 5) + (training rows mod 2): consecutive seeds move it 0..4 in some
     * order, and folds of odd and even size move it by one.
     */
    private static final Trainer THRESHOLD = (training, roles, seed) -> {
        double t = 50 + Math.floorMod(seed, 5) + training.rowCount() % 2;
        return FunctionModel.classifier(CLASSES, row -> row.number("x") >= t ? "pos" : "neg");
    };

    private static Assessment.Builder assessment(Trainer trainer, boolean numericLabel) {
        return CheckHarness.assessment(new RetrainingSpreadCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, data("training", 103, numericLabel))
                .dataset(DatasetRole.TEST, data("test", 100, numericLabel)).trainer(trainer).seed(5);
    }

    @Test
    void accuracySpreadsAcrossSeedsAndFoldsAsComputedByHand() {
        List<Table> seen = Collections.synchronizedList(new ArrayList<>());
        Trainer recording = (training, roles, seed) -> {
            seen.add(training);
            return THRESHOLD.train(training, roles, seed);
        };

        CheckResult r = CheckHarness.run(assessment(recording, false), ID);

        // seeds on all 103 rows (odd): thresholds 51..55, test accuracy 1 - (t - 50) / 100 = 0.99 .. 0.95
        assertThat(r.measure("accuracy_spread").orElseThrow().value()).isCloseTo(0.04, within(1e-12));
        assertThat(r.measure("accuracy_mean").orElseThrow().value()).isCloseTo(0.97, within(1e-12));
        assertThat(r.measure("accuracy_sd").orElseThrow().value()).isCloseTo(Math.sqrt(0.001 / 4), within(1e-12));
        // balanced accuracy: recall of neg 1, of pos (100 - t) / 50; the mean moves half as much per step, x 2
        assertThat(r.measure("balanced_accuracy_spread").orElseThrow().value()).isCloseTo(0.04, within(1e-12));
        // folds of 103 rows: 21, 21, 21, 20, 20 left out -> 82 (even) or 83 (odd) rows: thresholds one apart
        assertThat(r.measure("accuracy_fold_spread").orElseThrow().value()).isCloseTo(0.01, within(1e-12));
        assertThat(r.measure("metric_spread").orElseThrow().value()).isCloseTo(0.04, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.measure("runs").orElseThrow().value()).isEqualTo(10);

        ResultTable runs = CheckHarness.table(r, "runs");
        assertThat(CheckHarness.rows(runs, "training_rows").stream().map(row -> row.get(0)))
                .containsExactly(103L, 103L, 103L, 103L, 103L, 82L, 82L, 82L, 83L, 83L);
        long first = (Long) runs.cell(0, "seed");
        for (int i = 0; i < 5; i++) {
            assertThat(runs.cell(i, "seed")).isEqualTo(first + i);
            assertThat(runs.cell(5 + i, "seed")).isEqualTo(first);
            double foldAccuracy = 1 - (Math.floorMod(first, 5) + (i < 3 ? 0 : 1)) / 100.0;
            assertThat((Double) runs.cell(5 + i, "accuracy")).isCloseTo(foldAccuracy, within(1e-12));
        }
        // the folds left out are disjoint and cover the training data
        Set<Double> leftOut = new HashSet<>();
        for (Table fold : seen.subList(5, 10)) {
            Set<Double> in = new HashSet<>();
            for (double v : fold.numeric("x").copyValues()) {
                in.add(v);
            }
            IntStream.range(0, 103).mapToDouble(i -> i).filter(v -> !in.contains(v))
                    .forEach(v -> assertThat(leftOut.add(v)).as("row %s left out twice", v).isTrue());
        }
        assertThat(leftOut).hasSize(103);
        assertThat(en(r)).isEqualTo("Retrained with trainer on 103 training rows with 5 seeds and without each of 5 "
                + "folds, and evaluated on 100 labelled test rows: accuracy ranged 95.0%-99.0% across the seeds "
                + "(spread 4.0%) and " + (99 - Math.floorMod(first, 5)) + ".0%-" + (100 - Math.floorMod(first, 5))
                + ".0% across the folds (spread 1.0%).");
    }

    @Test
    void aTighterCriterionFails() {
        CheckResult r = CheckHarness.run(assessment(THRESHOLD, false).criterion(ID, "metric_spread <= 0.03"), ID);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void rmseSpreadsRelativeToItsMean() {
        // predictions x + 1 + (seed mod 5) + (rows mod 2) for y = x: the RMSE is the offset
        Trainer offset = (training, roles, seed) -> {
            double o = 1 + Math.floorMod(seed, 5) + training.rowCount() % 2;
            return FunctionModel.regressor(row -> row.number("x") + o);
        };

        CheckResult r = CheckHarness.run(assessment(offset, true), ID);

        // seeds: offsets 2..6, range 4 over mean 4
        assertThat(r.measure("rmse_relative_spread").orElseThrow().value()).isCloseTo(1.0, within(1e-12));
        assertThat(r.measure("rmse_mean").orElseThrow().value()).isCloseTo(4.0, within(1e-12));
        // folds: 1 + c three times, 2 + c twice (c = the check's seed mod 5): range 1 over mean 1.4 + c
        long seed = (Long) CheckHarness.table(r, "runs").cell(5, "seed");
        double c = Math.floorMod(seed, 5);
        assertThat(r.measure("rmse_fold_relative_spread").orElseThrow().value())
                .isCloseTo(1 / (1.4 + c), within(1e-12));
        assertThat(r.measure("metric_spread").orElseThrow().value()).isCloseTo(1.0, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void theSameSeedGivesTheSameResultAndRowsAreNotChanged() {
        Table training = data("training", 103, false);
        double[] before = training.numeric("x").copyValues();
        CheckResult a = CheckHarness.run(assessment(THRESHOLD, false).dataset(DatasetRole.TRAINING, training), ID);
        CheckResult b = CheckHarness.run(assessment(THRESHOLD, false).dataset(DatasetRole.TRAINING, training), ID);
        assertThat(b.measures()).isEqualTo(a.measures());
        assertThat(b.tables()).isEqualTo(a.tables());
        assertThat(training.numeric("x").copyValues()).isEqualTo(before);
    }

    @Test
    void withoutATrainerTheCheckIsNotApplicable() {
        CheckResult r = CheckHarness.run(assessment(null, false), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: no trainer was declared (Assessment.Builder.trainer), so the "
                + "model cannot be retrained on folds or with other seeds.");
    }

    @Test
    void tooFewTrainingRowsForTheFoldsIsNotApplicable() {
        CheckResult r = CheckHarness.run(assessment(THRESHOLD, false)
                .dataset(DatasetRole.TRAINING, data("tiny", 9, false)).parameter(ID, "folds", "5"), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).startsWith("Not applicable: 9 training rows cannot be cut into 5 folds");
    }

    @Test
    void aTrainerThatBreaksGivesAnErrorNotAFail() {
        CheckResult r = CheckHarness.assessment(new RetrainingSpreadCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, data("training", 103, false))
                .dataset(DatasetRole.TEST, data("test", 100, false))
                .trainer((training, roles, seed) -> FunctionModel.regressor(row -> 1.0)).build().run()
                .check(ID).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("the trainer gave a regressor for the categorical label y");
    }
}
