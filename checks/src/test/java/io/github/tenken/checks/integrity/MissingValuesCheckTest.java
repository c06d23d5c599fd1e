package io.github.tenken.checks.integrity;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class MissingValuesCheckTest {

    private final CategoryDictionary sex = CategoryDictionary.of("F", "M");

    // training: age missing in rows 1 and 3 (2 of 4), sex in row 1 (1 of 4); rows 1 and 3 have a gap
    private final Table training = Table.of("train", List.of(
            NumericColumn.of("age", 25, Double.NaN, 40, Double.NaN),
            CategoricalColumn.of("sex", sex, "F", null, "M", "M")));
    // test: sex missing in 1 of 5 rows (0.2), age complete
    private final Table test = Table.of("test", List.of(
            NumericColumn.of("age", 30, 31, 32, 33, 34),
            CategoricalColumn.of("sex", sex, "F", "M", null, "M", "F")));

    @Test
    void countsMissingValuesPerColumnAndDatasetByHand() {
        CheckResult r = run(assessment(new MissingValuesCheck())
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b3.missing-values");

        assertThat(measure(r, "max_missing_share")).isEqualTo(0.5);
        assertThat(measure(r, "rows_with_missing")).isEqualTo(2);
        assertThat(measure(r, "columns_with_missing")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        ResultTable perColumn = table(r, "per-column");
        assertThat(perColumn.columns()).containsExactly("column", "dataset", "missing", "share");
        assertThat(rows(perColumn, "column", "dataset", "missing", "share")).containsExactly(
                List.of("age", "training", 2L, 0.5),
                List.of("sex", "training", 1L, 0.25),
                List.of("age", "test", 0L, 0.0),
                List.of("sex", "test", 1L, 0.2));
        assertThat(rows(table(r, "rows-with-missing"), "dataset", "rows", "rows_with_missing", "share"))
                .containsExactly(
                        List.of("training", 4L, 2L, 0.5),
                        List.of("test", 5L, 1L, 0.2));
        // the dataset is now named with "data" after it ("training data"), on purpose
        assertThat(en(r)).isEqualTo("The largest share of missing values is 50.0% in age (training data); "
                + "2 of 4 training rows (50.0%) have at least one missing value.");
    }

    @Test
    void passesUnderALooserCriterionAndJudgesTheWorstColumnOfAnyDataset() {
        CheckResult r = run(assessment(new MissingValuesCheck())
                .dataset(DatasetRole.TRAINING, training.named("t2"))
                .criterion("b3.missing-values", "max_missing_share <= 0.5"), "b3.missing-values");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.measure("max_missing_share").orElseThrow().sentence())
                .isEqualTo("max_missing_share <= 0.5: was 0.5");
    }

    @Test
    void completeDataPasses() {
        Table complete = Table.of("complete", List.of(NumericColumn.of("x", 1, 2, 3)));
        CheckResult r = run(assessment(new MissingValuesCheck()).dataset(DatasetRole.TRAINING, complete)
                .roles(ColumnRoles.none()), "b3.missing-values");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "max_missing_share")).isZero();
        // reworded on purpose: with no gap at all the sentence only gives the rows
        assertThat(en(r)).isEqualTo("No column of any dataset has a missing value (3 training rows).");
        assertThat(measure(r, "rows_with_missing")).isZero();
        assertThat(measure(r, "columns_with_missing")).isZero();
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new MissingValuesCheck()).dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test), "b3.missing-values");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
        assertThat(training.numeric("age").copyValues()).containsExactly(25, Double.NaN, 40, Double.NaN);
    }
}
