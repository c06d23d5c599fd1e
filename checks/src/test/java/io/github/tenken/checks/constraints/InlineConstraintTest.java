package io.github.tenken.checks.constraints;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.ja;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules written as lambdas over the table, beside declared rules, counted by hand. */
class InlineConstraintTest {

    private static final String ID = "b3.constraints";

    /*
     * 6 training rows, 4 test rows, by hand:
     *   label never negative (lambda)   training rows 2 and 5 (-1, -3); test row 4 (-2)
     *   age between 17 and 90 (range)   training row 5 (95); test none
     * rows breaking any rule: training 2 and 5 (row 5 breaks both and is counted twice: 3),
     * test 4: violating_rows = 3 + 1 = 4 of 10.
     */
    private static Table training() {
        return Table.of("train", List.of(
                NumericColumn.of("age", 30, 40, 50, 60, 95, 20),
                NumericColumn.of("label", 1, -1, 0, 2, -3, 5)));
    }

    private static Table test() {
        return Table.of("test", List.of(
                NumericColumn.of("age", 30, 40, 50, 60),
                NumericColumn.of("label", 1, 0, 3, -2)));
    }

    private static long negatives(Table table) {
        NumericColumn label = table.numeric("label");
        return IntStream.range(0, table.rowCount()).filter(i -> !label.isMissing(i) && label.get(i) < 0).count();
    }

    @Test
    void aLambdaCountsItsViolatingRowsBesideTheDeclaredRules() {
        Constraints rules = Constraints.builder().range("age", 17, 90)
                .check("label is never negative", InlineConstraintTest::negatives).build();
        CheckResult r = run(assessment(new ConstraintsCheck(rules)).dataset(DatasetRole.TRAINING, training())
                .dataset(DatasetRole.TEST, test()), ID);

        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "violating_rows")).isEqualTo(4);
        assertThat(measure(r, "violated_rules")).isEqualTo(2);
        assertThat(measure(r, "violation_share")).isEqualTo(4.0 / 10);
        assertThat(rowsEn(table(r, "per-rule"), "dataset", "rule", "rows_evaluated", "violations",
                "rows_not_evaluated", "share")).containsExactly(
                List.of("training", "age between 17 and 90", 6L, 1L, 0L, 1.0 / 6),
                List.of("training", "label is never negative (lambda)", 6L, 2L, 0L, 2.0 / 6),
                List.of("test", "age between 17 and 90", 4L, 0L, 0L, 0.0),
                List.of("test", "label is never negative (lambda)", 4L, 1L, 0L, 1.0 / 4));
        assertThat(en(r)).isEqualTo("4 of 10 rows (40.0%) break at least one of the 2 declared rules, and 2 rules "
                + "are broken. The most often broken is label is never negative (lambda) in the training data: 2 of 6 "
                + "rows evaluated.");
    }

    @Test
    void aLambdaAloneMakesTheCheckApplicableAndPassesWhenItCountsNone() {
        Constraints rules = Constraints.builder().check("age is at least 17", t -> {
            NumericColumn age = t.numeric("age");
            return IntStream.range(0, t.rowCount()).filter(i -> age.get(i) < 17).count();
        }).build();
        CheckResult r = run(assessment(new ConstraintsCheck(rules)).dataset(DatasetRole.TRAINING, training()), ID);

        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "violating_rows")).isZero();
        assertThat(en(r)).isEqualTo("All 1 declared rule holds on every row evaluated in the training data (6 rows).");
    }

    @Test
    void aLambdaThatThrowsIsAnErrorNamingTheRule() {
        Constraints rules = Constraints.builder().range("age", 17, 90)
                .check("sex is known", t -> t.categorical("sex").missingCount()).build();
        CheckResult r = run(assessment(new ConstraintsCheck(rules)).dataset(DatasetRole.TRAINING, training()), ID);

        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(en(r)).startsWith("The check could not run: the inline rule \"sex is known\" failed on the "
                + "training data: IllegalArgumentException: ").contains("sex");
        assertThat(ja(r.explanation())).startsWith("チェックを実行できませんでした: the inline rule \"sex is known\"");
    }

    @Test
    void aCountOutsideTheTableIsAnErrorNamingTheRule() {
        Constraints rules = Constraints.builder().check("too many", t -> t.rowCount() + 1L).build();
        CheckResult r = run(assessment(new ConstraintsCheck(rules)).dataset(DatasetRole.TRAINING, training()), ID);

        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(en(r)).isEqualTo("The check could not run: the inline rule \"too many\" failed on the training "
                + "data: IllegalStateException: returned 7 violating rows; expected a count between 0 and the 6 rows "
                + "of the table");
    }

    @Test
    void aLambdaIsEqualOnlyToItselfAndNamesAreRequired() {
        InlineConstraint a = new InlineConstraint("x", t -> 0);
        assertThat(Constraints.builder().check("x", a.violatingRows()).build().inline()).containsExactly(
                new InlineConstraint("x", a.violatingRows()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Constraints.builder().check(" ", t -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name of an inline constraint");
    }
}
