package io.github.tenken.checks.operation;

import io.github.tenken.check.CheckResult;
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
import io.github.tenken.model.Model;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/** e1.regression-gate on candidates worse than the reference on known rows, and on an equal one. */
class RegressionGateCheckTest {

    private static final String ID = "e1.regression-gate";
    private static final int N = 40;
    private final Table test = testData();

    /** 40 rows, x = 0 .. 39, y = "yes" for odd x. */
    private static Table testData() {
        double[] x = new double[N];
        String[] y = new String[N];
        for (int i = 0; i < N; i++) {
            x[i] = i;
            y[i] = i % 2 == 1 ? "yes" : "no";
        }
        return Table.of("test", List.of(NumericColumn.of("x", x), CategoricalColumn.of("y",
                CategoryDictionary.of("no", "yes"), y)));
    }

    /** Right on every row but those with x below {@code wrongBelow}. */
    private static Model wrongBelow(int wrongBelow) {
        return FunctionModel.classifier(List.of("no", "yes"), row -> {
            int x = (int) row.number("x");
            boolean odd = x % 2 == 1;
            return odd == (x >= wrongBelow) ? "yes" : "no";
        }).describedAs("wrong below " + wrongBelow);
    }

    private Assessment.Builder gate(Model candidate, Model reference) {
        Assessment.Builder b = CheckHarness.assessment(new RegressionGateCheck()).roles(ColumnRoles.label("y"))
                .model(candidate).dataset(DatasetRole.TEST, test).seed(11);
        return reference == null ? b : b.referenceModel(reference);
    }

    @Test
    void aCandidateWrongOnTenRowsTheReferenceGetsRightIsWorseOnEveryMetric() {
        CheckResult r = CheckHarness.run(gate(wrongBelow(10), wrongBelow(0)), ID);
        // accuracy 30/40 vs 40/40; in every replicate the candidate loses the weight of rows 0-9 and gains nothing
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "metrics_compared")).isEqualTo(3);
        assertThat(measure(r, "worse_metrics")).isEqualTo(3);
        assertThat(measure(r, "accuracy_difference")).isEqualTo(-0.25);
        assertThat(r.measure("accuracy_difference").orElseThrow().interval().upper()).isNegative();
        // balanced accuracy: recall 15/20 for both classes; macro F1: F1 = 2*15/(20+20) = 0.75 for both
        assertThat(rows(table(r, "metrics"), "metric", "candidate", "reference", "worse")).containsExactly(
                List.of("accuracy", 0.75, 1.0, true),
                List.of("balanced_accuracy", 0.75, 1.0, true),
                List.of("macro_f1", 0.75, 1.0, true));
        assertThat(en(r)).isEqualTo("Compared with the reference model (wrong below 0) on 40 labelled test rows, the "
                + "candidate is worse beyond the 95% interval (tolerance 0) on 3 of 3 metrics: accuracy, "
                + "balanced_accuracy, macro_f1.");
    }

    @Test
    void anEqualCandidatePassesAndSoDoesOneWorseOnASingleRowWithinTheInterval() {
        CheckResult equal = CheckHarness.run(gate(wrongBelow(0), wrongBelow(0)), ID);
        assertThat(equal.status()).isEqualTo(Status.PASS);
        assertThat(measure(equal, "worse_metrics")).isZero();
        assertThat(equal.measure("accuracy_difference").orElseThrow().interval().lower()).isZero();
        assertThat(en(equal)).isEqualTo("Compared with the reference model (wrong below 0) on 40 labelled test rows, "
                + "the candidate is worse beyond the 95% interval (tolerance 0) on none of 3 metrics.");
        // one row wrong: a replicate that leaves row 0 out (a Poisson weight of 0, e^-1 of them) shows no
        // difference, so the interval reaches 0 and the lower point accuracy is within the uncertainty
        CheckResult oneRow = CheckHarness.run(gate(wrongBelow(1), wrongBelow(0)), ID);
        assertThat(measure(oneRow, "accuracy_difference")).isEqualTo(39.0 / 40 - 1);
        assertThat(oneRow.measure("accuracy_difference").orElseThrow().interval().upper()).isZero();
        assertThat(oneRow.status()).isEqualTo(Status.PASS);
    }

    @Test
    void aToleranceForgivesASmallLoss() {
        CheckResult r = CheckHarness.run(gate(wrongBelow(10), wrongBelow(0)).parameter(ID, "tolerance", "0.5"), ID);
        assertThat(measure(r, "worse_metrics")).isZero();
    }

    @Test
    void regressorsAreComparedOnRmseMaeAndR2AndWithProbabilitiesOnAuc() {
        Table t = Table.of("test", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8),
                NumericColumn.of("y", 1, 2, 3, 4, 5, 6, 7, 8)));
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new RegressionGateCheck())
                .roles(ColumnRoles.label("y")).dataset(DatasetRole.TEST, t)
                .model(FunctionModel.regressor(row -> row.number("x") + 1))
                .referenceModel(FunctionModel.regressor(row -> row.number("x"))), ID);
        assertThat(rows(table(r, "metrics"), "metric", "candidate", "reference", "worse")).containsExactly(
                List.of("rmse", 1.0, 0.0, true), List.of("mae", 1.0, 0.0, true), List.of("r2", 1 - 8.0 / 42, 1.0, true));

        Model scored = FunctionModel.probabilistic(List.of("no", "yes"), row -> {
            double p = row.number("x") % 2 == 1 ? 0.9 : 0.1;
            return new double[] {1 - p, p};
        });
        CheckResult withAuc = CheckHarness.run(gate(scored, scored).positiveClass("yes"), ID);
        assertThat(rows(table(withAuc, "metrics"), "metric", "candidate", "worse")).containsExactly(
                List.of("accuracy", 1.0, false), List.of("balanced_accuracy", 1.0, false),
                List.of("macro_f1", 1.0, false), List.of("auc", 1.0, false));
    }

    @Test
    void withoutAReferenceModelItSaysHowToGiveOne() {
        CheckResult r = CheckHarness.run(gate(wrongBelow(0), null), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: no reference model was given to compare the candidate with; give "
                + "the model in operation today as Assessment.Builder.referenceModel or as \"referenceModel\" in the "
                + "plan.");
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        CheckResult a = CheckHarness.run(gate(wrongBelow(3), wrongBelow(0)), ID);
        CheckResult b = CheckHarness.run(gate(wrongBelow(3), wrongBelow(0)).batchRows(7), ID);
        assertThat(a.measures()).isEqualTo(b.measures());
        assertThat(a.tables()).isEqualTo(b.tables());
    }
}
