package io.github.tenken.checks.balance;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassBalanceCheckTest {

    private static final String[] COLUMNS = {"class", "training_rows", "training_share", "test_rows", "test_share"};

    private final CategoryDictionary classes = CategoryDictionary.of("n", "y", "maybe");

    private Table labels(String name, String... values) {
        return Table.of(name, List.of(CategoricalColumn.of("label", classes, values),
                NumericColumn.of("x", new double[values.length])));
    }

    // training: n x8, y x2 (and a missing label, left out) -> minority 2/10 = 0.2, ratio 8/2 = 4
    private final Table training = labels("train", "n", "n", "y", "n", "n", "n", "y", "n", "n", "n", null);
    // test: n x3, y x1 -> minority 0.25
    private final Table test = labels("test", "n", "y", "n", "n");

    @Test
    void minorityShareAndImbalanceRatioByHand() {
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b2.class-balance");

        assertThat(measure(r, "minority_share")).isEqualTo(0.2);
        assertThat(measure(r, "imbalance_ratio")).isEqualTo(4.0);
        assertThat(measure(r, "classes")).isEqualTo(2);
        assertThat(measure(r, "minority_share_test")).isEqualTo(0.25);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rows(table(r, "classes"), COLUMNS)).containsExactly(
                List.of("n", 8L, 0.8, 3L, 0.75),
                List.of("y", 2L, 0.2, 1L, 0.25));
        Chart chart = r.charts().get(0);
        assertThat(chart.kind()).isEqualTo(ChartKind.BARS);
        assertThat(chart.categories()).containsExactly("n", "y");
        assertThat(chart.series()).containsExactly(ChartSeries.of("training", Message.of("role.training"), 8, 2),
                ChartSeries.of("test", Message.of("role.test"), 3, 1));
        assertThat(en(chart.title())).isEqualTo("Rows per class of label");
        assertThat(en(r)).isEqualTo("The smallest training class, label = y, has 2 of 10 rows (20.0%); "
                + "the largest class is 4 times as large.");
    }

    @Test
    void aStrictRatioCriterionFails() {
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training)
                .criterion("b2.class-balance", "imbalance_ratio <= 3"), "b2.class-balance");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "minority_share_test")).isNaN();
        assertThat(rows(table(r, "classes"), COLUMNS)).containsExactly(Arrays.asList("n", 8L, 0.8, null, null),
                Arrays.asList("y", 2L, 0.2, null, null));
    }

    @Test
    void aClassSeenOnlyInTestDataHasNoTrainingRows() {
        Table testWithMaybe = labels("test2", "n", "y", "maybe");
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, testWithMaybe), "b2.class-balance");
        assertThat(measure(r, "minority_share")).isZero();
        assertThat(measure(r, "imbalance_ratio")).isInfinite();
        assertThat(measure(r, "minority_share_test")).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aNumericLabelIsNotApplicable() {
        Table numeric = Table.of("reg", List.of(NumericColumn.of("target", 1.5, 2.5)));
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("target"))
                .dataset(DatasetRole.TRAINING, numeric), "b2.class-balance");
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the label \"target\" is numeric; class balance "
                + "concerns a categorical label.");
    }

    @Test
    void aLabelOfAnotherTypeInTheTestDataIsThisChecksError() {
        Table numericTest = Table.of("test3", List.of(NumericColumn.of("label", 1, 0), NumericColumn.of("x", 0, 0)));
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, numericTest), "b2.class-balance");
        assertThat(r.status()).isEqualTo(Status.ERROR);
        // reworded: the check now names the label and both datasets before any scan
        assertThat(r.error()).contains("label \"label\" is categorical in train but numeric in test3");
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b2.class-balance");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }
}
