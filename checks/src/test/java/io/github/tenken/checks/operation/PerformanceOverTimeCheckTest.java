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
import static org.assertj.core.api.Assertions.within;

/** e1.performance-over-time on windows whose accuracies are counted by hand. */
class PerformanceOverTimeCheckTest {

    private static final String ID = "e1.performance-over-time";
    private final CategoryDictionary yn = CategoryDictionary.of("no", "yes");
    private final Model threshold = FunctionModel.classifier(List.of("no", "yes"),
            row -> row.number("x") > 0.5 ? "yes" : "no").describedAs("x > 0.5");

    /** Right on every row. */
    private final Table test = Table.of("test", List.of(NumericColumn.of("x", 1, 0, 1, 0),
            CategoricalColumn.of("y", yn, "yes", "no", "yes", "no")));

    /**
     * Rows 1-3 all right; rows 4-6 right, wrong, right; rows 7-9 wrong, wrong, right. By month: 2024-01 (rows 2, 5,
     * 8) 1 of 3 right, 2024-02 (rows 4, 6) 2 of 2, 2024-03 (rows 1, 3, 7) 2 of 3; row 9 has no month.
     */
    private final Table operation = Table.of("operation", List.of(
            NumericColumn.of("x", 1, 0, 1, 1, 0, 0, 1, 0, 1),
            CategoricalColumn.of("y", yn, "yes", "no", "yes", "yes", "yes", "no", "no", "yes", "yes"),
            CategoricalColumn.of("month", CategoryDictionary.of(), "2024-03", "2024-01", "2024-03", "2024-02",
                    "2024-01", "2024-02", "2024-03", "2024-01", null)));

    private Assessment.Builder assessment(Table operationData) {
        return CheckHarness.assessment(new PerformanceOverTimeCheck())
                .roles(ColumnRoles.label("y")).model(threshold)
                .dataset(DatasetRole.TEST, test).dataset(DatasetRole.OPERATION, operationData)
                .parameter(ID, "windowRows", "3");
    }

    @Test
    void threeWindowsOfThreeRowsInFileOrder() {
        CheckResult r = CheckHarness.run(assessment(operation).positiveClass("yes"), ID);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "windows")).isEqualTo(3);
        assertThat(measure(r, "test_accuracy")).isEqualTo(1);
        assertThat(measure(r, "worst_window_accuracy")).isEqualTo(1.0 / 3);
        assertThat(measure(r, "max_window_drop")).isEqualTo(1 - 1.0 / 3);
        // the least-squares slope of 1, 2/3, 1/3
        assertThat(measure(r, "accuracy_trend_per_window")).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(rows(table(r, "windows"), "window", "rows", "accuracy", "predicted_positive_share")).containsExactly(
                List.of("rows 1-3", 3L, 1.0, 2.0 / 3),
                List.of("rows 4-6", 3L, 2.0 / 3, 1.0 / 3),
                List.of("rows 7-9", 3L, 1.0 / 3, 2.0 / 3));
        assertThat(en(r)).isEqualTo("On 9 labelled operation rows in 3 windows of at least 3 rows in file order, the "
                + "worst accuracy is 0.3333 (window rows 7-9) against 1 on the test data: a drop of 0.6667; the "
                + "accuracy changes by -0.3333 per window.");
        // each window's interval holds its accuracy
        for (List<Object> row : rows(table(r, "windows"), "accuracy", "ci_lower", "ci_upper")) {
            assertThat((Double) row.get(0)).isBetween((Double) row.get(1), (Double) row.get(2));
        }
    }

    /**
     * Input drift per window against the test data: the test has x = 0.00 ... 0.99 and c alternating a, b; the first
     * operation window repeats it exactly (KS D = 0, shares equal: nothing drifted or moved); the second moves x by 5 (D = 1)
     * and holds only a (Cramér's V of (50, 50) against (100, 0) is sqrt(chi2 / 200) with chi2 = 66.67: 0.577), both
     * with p far below 0.05, so two features drifted, x the most.
     */
    @Test
    void eachWindowNamesTheFeaturesWhoseInputsDriftedFromTheTestData() {
        int n = 100;
        double[] x = new double[n];
        String[] c = new String[n];
        String[] y = new String[n];
        double[] ox = new double[2 * n];
        String[] oc = new String[2 * n];
        String[] oy = new String[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = i / 100.0;
            c[i] = i % 2 == 0 ? "a" : "b";
            y[i] = x[i] > 0.5 ? "yes" : "no";
            ox[i] = x[i];
            oc[i] = c[i];
            oy[i] = y[i];
            ox[n + i] = 5 + x[i];
            oc[n + i] = "a";
            oy[n + i] = "yes";
        }
        CategoryDictionary colours = CategoryDictionary.of("a", "b");
        Table reference = Table.of("test", List.of(NumericColumn.of("x", x), CategoricalColumn.of("c", colours, c),
                CategoricalColumn.of("y", yn, y)));
        Table moved = Table.of("operation", List.of(NumericColumn.of("x", ox), CategoricalColumn.of("c", colours, oc),
                CategoricalColumn.of("y", yn, oy)));
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new PerformanceOverTimeCheck())
                .roles(ColumnRoles.label("y")).model(threshold)
                .dataset(DatasetRole.TEST, reference).dataset(DatasetRole.OPERATION, moved)
                .parameter(ID, "windowRows", "100"), ID);
        assertThat(rows(table(r, "windows"), "window", "drifted_features", "most_drifted")).containsExactly(
                java.util.Arrays.asList("rows 1-100", 0L, null),
                List.of("rows 101-200", 2L, "x"));
        assertThat(measure(r, "max_drifted_features")).isEqualTo(2);
    }

    @Test
    void theSameInBatchesOfSevenRowsAndWithTheSameSeed() {
        CheckResult a = CheckHarness.run(assessment(operation).batchRows(7).seed(3), ID);
        CheckResult b = CheckHarness.run(assessment(operation).seed(3), ID);
        assertThat(a.measures()).isEqualTo(b.measures());
        assertThat(a.tables()).isEqualTo(b.tables());
        // no positive class declared: the minority class of the operation labels, named in the sentence
        assertThat(en(a)).endsWith("The positive class is \"no\", the minority class, because none was declared: "
                + "declare the favourable class as positiveClass in the plan (or Assessment.Builder.positiveClass).");
    }

    @Test
    void oneWindowPerMonthInTheMonthsOrder() {
        CheckResult r = CheckHarness.run(assessment(operation).parameter(ID, "timeColumn", "month")
                .positiveClass("yes"), ID);
        assertThat(rows(table(r, "windows"), "window", "rows", "accuracy")).containsExactly(
                List.of("2024-01", 3L, 1.0 / 3),
                List.of("2024-02", 2L, 1.0),
                List.of("2024-03", 3L, 2.0 / 3));
        assertThat(measure(r, "labelled_rows")).isEqualTo(9);
        // the slope of 1/3, 1, 2/3 over 0, 1, 2: ((-1)(1/3 - 2/3) + (1)(2/3 - 2/3)) / 2
        assertThat(measure(r, "accuracy_trend_per_window")).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(en(r)).startsWith("On 9 labelled operation rows in 3 windows by month, the worst accuracy is "
                + "0.3333 (window 2024-01)");
    }

    @Test
    void aRegressorIsFollowedByItsRmse() {
        Table t = Table.of("test", List.of(NumericColumn.of("x", 1, 2), NumericColumn.of("y", 2, 3)));
        Table op = Table.of("operation", List.of(NumericColumn.of("x", 1, 2, 3, 4), NumericColumn.of("y", 1, 2, 4, 7)));
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new PerformanceOverTimeCheck())
                .roles(ColumnRoles.label("y")).model(FunctionModel.regressor(row -> row.number("x")))
                .dataset(DatasetRole.TEST, t).dataset(DatasetRole.OPERATION, op).parameter(ID, "windowRows", "2"), ID);
        // errors: test 1, 1 (RMSE 1); windows (0, 0) and (1, 3): RMSE 0 and sqrt(5)
        assertThat(rows(table(r, "windows"), "rmse", "mean_prediction")).containsExactly(
                List.of(0.0, 1.5), List.of(Math.sqrt(5), 3.5));
        assertThat(measure(r, "max_window_drop")).isEqualTo(Math.sqrt(5) - 1);
        assertThat(measure(r, "rmse_trend_per_window")).isEqualTo(Math.sqrt(5));
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void operationDataWithoutLabelsAreNotApplicable() {
        Table unlabelled = Table.of("unlabelled", List.of(NumericColumn.of("x", 1, 0),
                CategoricalColumn.of("y", yn, null, null)));
        CheckResult r = CheckHarness.run(assessment(unlabelled), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: this check needs a label column, which the assessment does not "
                + "give.");
    }
}
