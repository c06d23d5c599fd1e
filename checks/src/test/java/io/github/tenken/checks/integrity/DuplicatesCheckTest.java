package io.github.tenken.checks.integrity;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesCheckTest {

    private static final String ID = "b3.duplicates";

    private final CategoryDictionary colour = CategoryDictionary.of("a", "b", "c");
    private final CategoryDictionary label = CategoryDictionary.of("y", "n");

    // training rows: (1,a,y) (1,a,y) (2,b,n) (1,a,y) (1,a,n): (1,a,y) three times -> 2 duplicates of 5
    private final Table training = Table.of("train", List.of(
            NumericColumn.of("x", 1, 1, 2, 1, 1),
            CategoricalColumn.of("c", colour, "a", "a", "b", "a", "a"),
            CategoricalColumn.of("label", label, "y", "y", "n", "y", "n"),
            NumericColumn.of("id", 1, 2, 3, 4, 5)));
    // test rows: (2,b,n) (3,c,y) (3,c,y) (1,a,n) -> 1 duplicate; (2,b,n) and (1,a,n) occur in training: 2 leaked
    private final Table test = Table.of("test", List.of(
            NumericColumn.of("x", 2, 3, 3, 1),
            CategoricalColumn.of("c", colour, "b", "c", "c", "a"),
            CategoricalColumn.of("label", label, "n", "y", "y", "n"),
            NumericColumn.of("id", 6, 7, 8, 9)));
    private final ColumnRoles roles = ColumnRoles.label("label").withIgnored("id");

    @Test
    void countsDuplicatesAndLeakedTestRowsByHand() {
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);

        assertThat(measure(r, "duplicate_rows_training")).isEqualTo(2);
        assertThat(measure(r, "duplicate_share_training")).isEqualTo(0.4);
        assertThat(measure(r, "duplicate_rows_test")).isEqualTo(1);
        assertThat(measure(r, "duplicate_share_test")).isEqualTo(0.25);
        assertThat(measure(r, "leaked_test_rows")).isEqualTo(2);
        assertThat(measure(r, "leaked_test_share")).isEqualTo(0.5);
        assertThat(measure(r, "leaked_distinct_rows")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rows(table(r, "duplicates"), "dataset", "rows", "distinct_rows", "duplicate_rows",
                "duplicate_share", "rows_in_training")).containsExactly(
                Arrays.asList("training", 5L, 3L, 2L, 0.4, null),
                List.of("test", 4L, 3L, 1L, 0.25, 2L));
        assertThat(en(r)).isEqualTo("2 of 5 training rows (40.0%) duplicate an earlier row, 1 of 4 test "
                + "rows do; 2 test rows (50.0%) also occur in the training data.");
    }

    @Test
    void anIdColumnLeftAsANumericFeatureMakesEveryRowUnique() {
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(measure(r, "duplicate_rows_training")).isZero();
        assertThat(measure(r, "leaked_test_rows")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).doesNotContain("Identifier");
    }

    @Test
    void identifierColumnsAreLeftOutOfARowsIdentityAndNamed() {
        // the same rows as above, but the id is an IDENTIFIER column (not ignored): it must not separate the rows,
        // so the counts are those of the fixture without it: 2 duplicates in training, 1 in test, 2 leaked
        Table trainingWithIds = Table.of("train-ids", List.of(
                IdentifierColumn.of("row_id", "r1", "r2", "r3", "r4", "r5"),
                NumericColumn.of("x", 1, 1, 2, 1, 1),
                CategoricalColumn.of("c", colour, "a", "a", "b", "a", "a"),
                CategoricalColumn.of("label", label, "y", "y", "n", "y", "n")));
        Table testWithIds = Table.of("test-ids", List.of(
                IdentifierColumn.of("row_id", "t1", "t2", "t3", "t4"),
                NumericColumn.of("x", 2, 3, 3, 1),
                CategoricalColumn.of("c", colour, "b", "c", "c", "a"),
                CategoricalColumn.of("label", label, "n", "y", "y", "n")));

        CheckResult r = run(assessment(new DuplicatesCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, trainingWithIds).dataset(DatasetRole.TEST, testWithIds), ID);

        assertThat(measure(r, "duplicate_rows_training")).isEqualTo(2);
        assertThat(measure(r, "duplicate_rows_test")).isEqualTo(1);
        assertThat(measure(r, "leaked_test_rows")).isEqualTo(2);
        assertThat(en(r)).isEqualTo("2 of 5 training rows (40.0%) duplicate an earlier row, 1 of 4 test "
                + "rows do; 2 test rows (50.0%) also occur in the training data. Identifier columns were left out "
                + "of the comparison: row_id.");
    }

    @Test
    void withoutTestDataLeakageIsReportedAsNotMeasured() {
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training), ID);
        assertThat(measure(r, "leaked_test_share")).isNaN();
        assertThat(r.measure("leaked_test_share").orElseThrow().isJudged()).isFalse();
        assertThat(r.status()).isEqualTo(Status.FAIL);   // 40% duplicates in training
        assertThat(en(r)).isEqualTo("2 of 5 training rows (40.0%) duplicate an earlier row; no test data was "
                + "given, so leakage was not measured.");
    }

    @Test
    void tablesCodedWithTwoDictionariesAreComparedByValue() {
        // "b" has code 0 here and code 1 in the training dictionary: the row (2, b, n) is still the training row
        Table other = Table.of("other", List.of(
                NumericColumn.of("x", 2),
                CategoricalColumn.of("c", CategoryDictionary.of("b"), "b"),
                CategoricalColumn.of("label", label, "n"),
                NumericColumn.of("id", 6)));
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, other), ID);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "leaked_test_rows")).isEqualTo(1);
        assertThat(measure(r, "leaked_test_share")).isEqualTo(1.0);
    }

    @Test
    void aColumnOfAnotherTypeInTheTestDataIsAnErrorNamingIt() {
        Table other = Table.of("other", List.of(
                CategoricalColumn.of("x", CategoryDictionary.of("2"), "2"),
                CategoricalColumn.of("c", colour, "b"),
                CategoricalColumn.of("label", label, "n"),
                NumericColumn.of("id", 6)));
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, other), ID);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("column \"x\" is numeric in train but categorical in other");
    }

    @Test
    void aDatasetOfIdentifiersOnlyIsAnErrorSayingWhy() {
        Table ids = Table.of("ids", List.of(IdentifierColumn.of("row_id", "a", "b", "c"), NumericColumn.of("x", 1, 1, 2)));
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(ColumnRoles.none().withIgnored("x"))
                .dataset(DatasetRole.TRAINING, ids), ID);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(en(r)).isEqualTo("The check could not plan its statistics: no column of ids can tell its rows "
                + "apart: every column is an identifier or ignored, and no label is declared; its columns are "
                + "[row_id, x]");
    }

    @Test
    void withIdentifiersAndALabelOnlyRowsAreComparedByTheirLabel() {
        // the label alone makes a row: p, q, p -> one duplicate
        Table ids = Table.of("ids", List.of(IdentifierColumn.of("row_id", "a", "b", "c"),
                CategoricalColumn.of("y", CategoryDictionary.of("p", "q"), "p", "q", "p")));
        CheckResult r = run(assessment(new DuplicatesCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, ids), ID);
        assertThat(measure(r, "duplicate_rows_training")).isEqualTo(1);
        assertThat(en(r)).isEqualTo("1 of 3 training rows (33.3%) duplicate an earlier row; no test data was "
                + "given, so leakage was not measured. Identifier columns were left out of the comparison: row_id.");
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new DuplicatesCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }
}
