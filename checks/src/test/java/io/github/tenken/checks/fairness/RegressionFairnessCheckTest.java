package io.github.tenken.checks.fairness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.FixedModel;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegressionFairnessCheckTest {

    private static final String ID = "fairness.regression";
    private final RegressionFairnessCheck check = new RegressionFairnessCheck();

    /**
     * g a rows 0-3: label 10 20 30 40, predicted 12 18 30 44: errors 2 2 0 4, MAE 2, RMSE sqrt(24/4) = sqrt 6,
     * mean prediction 26; g b rows 4-7: label 10 20 30 40, predicted 15 25 25 45: errors 5 each, MAE 5, RMSE 5, mean
     * prediction 27.5; row 8 has no group (label 50, predicted 50).
     */
    private static Table fixture() {
        return Table.of("test", List.of(
                CategoricalColumn.of("g", new CategoryDictionary(), "a", "a", "a", "a", "b", "b", "b", "b", null),
                NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9),
                NumericColumn.of("y", 10, 20, 30, 40, 10, 20, 30, 40, 50)));
    }

    private static CheckRun fixtureRun() {
        return CheckRun.with().test(fixture()).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.regressor().on("test", 12, 18, 30, 44, 15, 25, 25, 45, 50))
                .parameter(ID, "minGroupSize", "2");
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void errorsPerGroupOfAHandFixture() {
        CheckResult r = fixtureRun().parameter(ID, "bootstrap", "0").runOne(check);

        assertThat(value(r, "mae_ratio")).isEqualTo(2.5);
        assertThat(value(r, "mae_gap")).isEqualTo(3.0);
        assertThat(value(r, "rmse_gap")).isEqualTo(5 - Math.sqrt(6));
        assertThat(value(r, "rmse_ratio")).isEqualTo(5 / Math.sqrt(6));
        assertThat(value(r, "mean_prediction_ratio")).isEqualTo(26 / 27.5);
        assertThat(value(r, "mean_prediction_gap")).isEqualTo(1.5);
        assertThat(value(r, "mae_ratio.g")).isEqualTo(2.5);
        assertThat(r.measure("mae_ratio").orElseThrow().sentence()).isEqualTo("mae_ratio <= 1.25: was 2.5");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rowsEn(table(r, "groups"), "group", "rows", "mean_prediction", "mean_label", "mae", "rmse",
                "in_verdict")).containsExactly(
                List.of("a", 4L, 26.0, 25.0, 2.0, Math.sqrt(6), "yes"),
                List.of("b", 4L, 27.5, 25.0, 5.0, 5.0, "yes"),
                List.of("(missing)", 1L, 50.0, 50.0, 0.0, 0.0, "no: value missing"));
        assertThat(en(r)).isEqualTo("Errors on 9 labelled test rows by group: g: MAE 2 for a vs 5 for b "
                + "(ratio 2.5), mean predictions up to 1.5 apart.");
        assertThat(r.charts().get(0).categories()).containsExactly("a", "b", "\u2014");
    }

    @Test
    void intervalsAreSeededAndGivenPerGroupAndPerMeasure() {
        CheckResult r = fixtureRun().parameter(ID, "bootstrap", "200").seed(11).runOne(check);
        CheckResult again = fixtureRun().parameter(ID, "bootstrap", "200").seed(11).batchRows(7).runOne(check);

        assertThat(r.measure("mae_ratio").orElseThrow().interval()).isNotNull();
        assertThat(r.measure("mae_ratio.g").orElseThrow().interval())
                .isEqualTo(r.measure("mae_ratio").orElseThrow().interval());
        // b's errors are all 5: every replicate that draws a row of b has MAE 5
        assertThat(rowsEn(table(r, "groups"), "group", "mae_lower", "mae_upper")).contains(List.of("b", 5.0, 5.0));
        assertThat(again.measures()).isEqualTo(r.measures());
        assertThat(again.tables()).isEqualTo(r.tables());
    }

    @Test
    void aGroupPredictedExactlyMakesTheErrorRatioInfinite() {
        // a: predicted exactly (MAE 0); b: MAE 5 as above
        CheckResult r = CheckRun.with().test(fixture()).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.regressor().on("test", 10, 20, 30, 40, 15, 25, 25, 45, 50))
                .parameter(ID, "minGroupSize", "2").parameter(ID, "bootstrap", "0").runOne(check);

        assertThat(value(r, "mae_ratio")).isInfinite();
        assertThat(value(r, "mae_gap")).isEqualTo(5.0);
        assertThat(r.measure("mae_ratio").orElseThrow().passed()).isFalse();
    }

    @Test
    void aGroupTooSmallLeavesNoVerdict() {
        CheckResult r = fixtureRun().parameter(ID, "minGroupSize", "5").runOne(check);

        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(value(r, "mae_ratio")).isNaN();
        assertThat(r.measure("mae_ratio").orElseThrow().isJudged()).isFalse();
        assertThat(en(r)).isEqualTo("Errors on 9 labelled test rows by group: g: not a verdict, fewer than two "
                + "groups have 5 rows.");
    }

    @Test
    void aClassifierIsForGroupParityAndARegressorIsNotForGroupParity() {
        Table test = Table.of("test", List.of(CategoricalColumn.of("g", new CategoryDictionary(), "a", "b"),
                CategoricalColumn.of("y", new CategoryDictionary(), "no", "yes")));
        CheckResult classifier = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.classifier("no", "yes").on("test", "no", "yes")).runOne(check);
        CheckResult regressor = CheckRun.with().test(fixture()).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.regressor().on("test", 12, 18, 30, 44, 15, 25, 25, 45, 50))
                .runOne(new GroupParityCheck());

        assertThat(classifier.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(classifier)).isEqualTo("Not applicable: fairness.regression compares the errors of a regression "
                + "model; the model is a classifier, whose groups fairness.group-parity compares.");
        assertThat(regressor.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(regressor)).isEqualTo("Not applicable: group parity of decisions needs a classifier; the model "
                + "is a regressor, whose groups fairness.regression compares.");
    }

    /**
     * The shipped diabetes data (442 rows) with the rule "152 + 10 (bmi - 26.4)", sex (1 or 2) cut at 1.5. Expected
     * from pandas 1.5.3: {@code pred = 152 + 10 * (bmi - 26.4)}, {@code e = target - pred}, per {@code sex < 1.5}:
     * rows 235 / 207, mean prediction 148.106383 / 155.903382, MAE 52.846809 / 50.826087, RMSE 64.368388 /
     * 60.049859.
     */
    @Test
    void diabetesBySexMatchesPandas() throws IOException {
        Table test;
        try (InputStream in = getClass().getResourceAsStream("/datasets/diabetes.csv.gz")) {
            test = new CsvDataset("diabetes.csv.gz", in, CsvOptions.defaults(), new Dictionaries()).toTable()
                    .named("test");
        }
        FunctionModel rule = FunctionModel.regressor(row -> 152 + 10 * (row.number("bmi") - 26.4));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("target").withSensitive("sex"))
                .model(rule).parameter(ID, "edges", "sex:1.5").parameter(ID, "bootstrap", "100").runOne(check);

        assertThat(value(r, "mae_ratio")).isCloseTo(1.0397575669330033, within(1e-12));
        assertThat(value(r, "mae_gap")).isCloseTo(2.0207215541165553, within(1e-10));
        assertThat(value(r, "rmse_gap")).isCloseTo(4.318529395198922, within(1e-10));
        assertThat(value(r, "mean_prediction_ratio")).isCloseTo(0.9499882646441419, within(1e-12));
        assertThat(value(r, "mean_prediction_gap")).isCloseTo(7.796998663788656, within(1e-10));
        assertThat(r.status()).isEqualTo(Status.PASS);
        List<List<Object>> groups = rowsEn(table(r, "groups"), "group", "rows");
        assertThat(groups).containsExactly(List.of("< 1.5", 235L), List.of(">= 1.5", 207L));
        Object[] mae = Arrays.stream(new int[]{0, 1}).mapToObj(i -> table(r, "groups").cell(i, "mae")).toArray();
        assertThat((Double) mae[0]).isCloseTo(52.846809, within(1e-6));
        assertThat((Double) mae[1]).isCloseTo(50.826087, within(1e-6));
    }
}
