package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BaselineCheckTest {

    private static final String ID = "c1.baseline";

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    /** 40 rows, 30 no and 10 yes; the model misses {@code misses} of the yes rows and is right elsewhere. */
    private static CheckResult classifier(int misses) {
        String[] truth = new String[40];
        String[] predicted = new String[40];
        int missed = 0;
        for (int i = 0; i < 40; i++) {
            truth[i] = i % 4 == 0 ? "yes" : "no";
            predicted[i] = truth[i].equals("yes") && missed++ < misses ? "no" : truth[i];
        }
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        return CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted)).runOne(new BaselineCheck());
    }

    @Test
    void theMajorityBaselineByHand() {
        CheckResult r = classifier(1);

        // always "no": accuracy 30/40, balanced accuracy (1 + 0) / 2, macro F1 (2*30/(30+40) + 0) / 2
        assertThat(value(r, "majority_accuracy")).isEqualTo(0.75);
        assertThat(value(r, "majority_balanced_accuracy")).isEqualTo(0.5);
        assertThat(value(r, "majority_macro_f1")).isCloseTo((60.0 / 70) / 2, within(1e-15));
        // the model: 39 of 40 right; its intervals lie above every baseline value
        List<List<Object>> table = rows(table(r, "baselines"), "metric", "value", "beaten");
        assertThat(table.get(0)).containsExactly("accuracy", 39.0 / 40, true);
        assertThat(value(r, "beats_majority")).isEqualTo(1);
        assertThat(value(r, "beats_stratified")).isEqualTo(1);
        assertThat(value(r, "beats_baselines")).isEqualTo(1);
        assertThat(value(r, "min_margin")).isPositive();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).startsWith("The model's 95% intervals beat every baseline (2) on every metric; the "
                + "closest comparison is with ");
    }

    @Test
    void aModelThatPredictsTheMajorityDoesNotBeatIt() {
        CheckResult r = classifier(10);     // every yes missed: the model is the majority predictor

        assertThat(value(r, "beats_majority")).isZero();
        assertThat(value(r, "beats_baselines")).isZero();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).startsWith("The model does not clearly beat the majority-class predictor");
    }

    @Test
    void theStratifiedBaselineDrawsTheLabelSharesAndIsSeeded() {
        long[] counts = {700, 300};
        int[] a = BaselineCheck.stratified(counts, 100_000, 7);
        int[] b = BaselineCheck.stratified(counts, 100_000, 7);
        assertThat(a).isEqualTo(b);
        assertThat(BaselineCheck.stratified(counts, 100_000, 8)).isNotEqualTo(a);
        double ones = java.util.Arrays.stream(a).filter(k -> k == 1).count() / 100_000.0;
        assertThat(ones).isCloseTo(0.3, within(0.005));       // 0.3 +- 3.4 standard errors
    }

    @Test
    void aRegressorAgainstTheMeanPredictor() {
        // actual 0..49, predicted actual +- 1: the mean predictor's RMSE is the population SD sqrt((50^2 - 1) / 12)
        double[] y = new double[50];
        double[] p = new double[50];
        for (int i = 0; i < 50; i++) {
            y[i] = i;
            p[i] = i + (i % 2 == 0 ? 1 : -1);
        }
        Table test = Table.of("test", List.of(NumericColumn.of("y", y)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.regressor().on("test", p)).runOne(new BaselineCheck());

        assertThat(value(r, "mean_rmse")).isCloseTo(Math.sqrt((50.0 * 50 - 1) / 12), within(1e-12));
        assertThat(value(r, "mean_mae")).isEqualTo(12.5);       // mean |i - 24.5| over 0..49
        assertThat(value(r, "mean_r2")).isZero();
        assertThat(value(r, "beats_mean")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rows(table(r, "baselines"), "metric", "value")).containsExactly(List.of("rmse", 1.0),
                List.of("mae", 1.0), List.of("r2", 1 - 50.0 / (50 * (50.0 * 50 - 1) / 12)));
    }
}
