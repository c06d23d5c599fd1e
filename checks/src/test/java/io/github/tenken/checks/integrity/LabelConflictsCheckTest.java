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

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class LabelConflictsCheckTest {

    private static final String ID = "b3.label-conflicts";

    private final CategoryDictionary colour = CategoryDictionary.of("a", "b");
    private final CategoryDictionary label = CategoryDictionary.of("y", "n");

    // inputs (1,a) x3 with labels y, n, y -> one conflicting group of 3 rows; (2,b) y twice -> a duplicate, no
    // conflict; (3,a) n once. 3 of 6 rows conflict.
    private final Table training = Table.of("train", List.of(
            NumericColumn.of("x", 1, 1, 1, 2, 2, 3),
            CategoricalColumn.of("c", colour, "a", "a", "a", "b", "b", "a"),
            CategoricalColumn.of("label", label, "y", "n", "y", "y", "y", "n"),
            NumericColumn.of("weight", 10, 20, 30, 40, 50, 60)));
    // test: (3,a) y and (3,a) n -> one group of 2 rows
    private final Table test = Table.of("test", List.of(
            NumericColumn.of("x", 3, 3, 1),
            CategoricalColumn.of("c", colour, "a", "a", "b"),
            CategoricalColumn.of("label", label, "y", "n", "n"),
            NumericColumn.of("weight", 1, 2, 3)));
    private final ColumnRoles roles = ColumnRoles.label("label").withIgnored("weight");

    @Test
    void countsConflictingGroupsAndRowsByHand() {
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);

        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(3);
        assertThat(measure(r, "conflicting_share")).isEqualTo(0.5);
        assertThat(measure(r, "conflicting_rows_test")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rows(table(r, "label-conflicts"), "dataset", "rows", "conflicting_groups", "conflicting_rows",
                "share")).containsExactly(
                List.of("training", 6L, 1L, 3L, 0.5),
                List.of("test", 3L, 1L, 2L, 2.0 / 3));
        assertThat(en(r)).isEqualTo("1 group of identical training inputs carries more than one label, "
                + "covering 3 of 6 rows (50.0%); in the test data 1 group, 2 rows.");
    }

    @Test
    void aMissingLabelIsNeverAConflict() {
        // (1,a): y and a missing label -> no conflict; (2,b): two missing labels -> no conflict;
        // (3,a): y, n and a missing label -> one conflict, covering its 2 rows with a label (not the unlabelled one)
        Table withGaps = Table.of("gaps", List.of(
                NumericColumn.of("x", 1, 1, 2, 2, 3, 3, 3),
                CategoricalColumn.of("c", colour, "a", "a", "b", "b", "a", "a", "a"),
                CategoricalColumn.of("label", label, "y", null, null, null, "y", "n", null)));

        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, withGaps), ID);

        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(2);
        assertThat(measure(r, "conflicting_share")).isEqualTo(2.0 / 7);
        assertThat(en(r)).isEqualTo("1 group of identical training inputs carries more than one label, "
                + "covering 2 of 7 rows (28.6%).");
    }

    @Test
    void onlyMissingLabelsBesideOneLabelPass() {
        Table withGaps = Table.of("gaps", List.of(
                NumericColumn.of("x", 1, 1, 1, 2),
                CategoricalColumn.of("label", label, "y", null, "y", null)));
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, withGaps), ID);
        assertThat(measure(r, "conflicting_groups")).isZero();
        assertThat(measure(r, "conflicting_rows")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).isEqualTo("0 groups of identical training inputs carry more than one label, "
                + "covering 0 of 4 rows (0%).");
    }

    @Test
    void anIdentifierColumnDoesNotSeparateInputs() {
        Table withIds = Table.of("ids", List.of(
                IdentifierColumn.of("row_id", "r1", "r2", "r3"),
                NumericColumn.of("x", 1, 1, 2),
                CategoricalColumn.of("label", label, "y", "n", "n")));
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, withIds), ID);
        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(2);
    }

    @Test
    void anIgnoredColumnDoesNotSeparateInputs() {
        // with the weight as a feature every training row differs, so nothing conflicts
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training), ID);
        assertThat(measure(r, "conflicting_rows")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void needsALabel() {
        CheckResult r = run(assessment(new LabelConflictsCheck()).dataset(DatasetRole.TRAINING, training), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: this check needs a label column, which the "
                + "assessment does not give.");
    }

    @Test
    void twoIdenticalRowsLabelledAndUnlabelledDoNotConflict() {
        // the case: the same input twice, once labelled y, once without a label; in batches of 7 too
        Table pair = Table.of("pair", List.of(
                NumericColumn.of("x", 1, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                CategoricalColumn.of("label", label, "y", null, "n", "n", "n", "n", "n", "n", "n", "n")));
        for (int batch : new int[]{7, 1 << 16}) {
            CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                    .batchRows(batch).dataset(DatasetRole.TRAINING, pair), ID);
            assertThat(measure(r, "conflicting_groups")).isZero();
            assertThat(measure(r, "conflicting_rows")).isZero();
            assertThat(r.status()).isEqualTo(Status.PASS);
        }
    }

    // a regression label: inputs x = 1: 10, 10.4, missing (spread 0.4); x = 2: 5, 7, 5 (spread 2); x = 3: 3 alone;
    // x = 4: 1, 1 (a duplicate); x = 5..11 one row each; 17 rows, so batches of 7 cut the groups apart
    private final Table regression = Table.of("regression", List.of(
            NumericColumn.of("x", 1, 2, 3, 4, 5, 1, 2, 6, 7, 8, 9, 1, 2, 4, 10, 11, 11),
            NumericColumn.of("wage", 10, 5, 3, 1, 0, 10.4, 7, 0, 0, 0, 0, Double.NaN, 5, 1, 0, -0.0, 0.0)));

    @Test
    void aNumericLabelWithoutAToleranceIsNotApplicableAndSaysWhy() {
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("wage"))
                .dataset(DatasetRole.TRAINING, regression), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the label \"wage\" is numeric with fractions or more than 20 "
                + "distinct values, so identical inputs nearly always carry different labels; set the parameter "
                + "labelTolerance to count a group as conflicting when its labels differ by more than it.");
    }

    @Test
    void classesWrittenAsNumbersAreJudgedAsClasses() {
        // the fixture's inputs with the label written 1 / 0: (1,a) x3 labelled 1, 0, 1 -> one group of 3 rows
        Table numbered = Table.of("numbered", List.of(
                NumericColumn.of("x", 1, 1, 1, 2, 2, 3),
                CategoricalColumn.of("c", colour, "a", "a", "a", "b", "b", "a"),
                NumericColumn.of("label", 1, 0, 1, 1, 1, 0)));
        for (int batch : new int[]{7, 2}) {
            CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                    .batchRows(batch).dataset(DatasetRole.TRAINING, numbered), ID);
            assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
            assertThat(measure(r, "conflicting_rows")).isEqualTo(3);
            assertThat(en(r)).endsWith("The label label is numeric with 2 whole values: they are judged as classes.");
        }
    }

    @Test
    void aNumericLabelConflictsWhenItsSpreadExceedsTheTolerance() {
        for (int batch : new int[]{7, 1 << 16}) {
            // tolerance 0.5: only x = 2 (5, 7, 5) spreads further: 1 group of 3 labelled rows
            CheckResult wide = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("wage"))
                    .parameter(ID, "labelTolerance", "0.5").batchRows(batch)
                    .dataset(DatasetRole.TRAINING, regression), ID);
            assertThat(measure(wide, "conflicting_groups")).isEqualTo(1);
            assertThat(measure(wide, "conflicting_rows")).isEqualTo(3);
            assertThat(measure(wide, "conflicting_share")).isEqualTo(3.0 / 17);
            assertThat(wide.status()).isEqualTo(Status.FAIL);
            assertThat(en(wide)).isEqualTo("1 group of identical training inputs carries more than one label, "
                    + "covering 3 of 17 rows (17.6%). The label wage is numeric: a group conflicts when its labels "
                    + "differ by more than 0.5.");
            // tolerance 0.3: x = 1 (10, 10.4; the missing label left out) conflicts too: 2 groups, 5 rows;
            // -0.0 and 0.0 (x = 11) are one number
            CheckResult narrow = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("wage"))
                    .parameter(ID, "labelTolerance", "0.3").batchRows(batch)
                    .dataset(DatasetRole.TRAINING, regression).dataset(DatasetRole.TEST, regression.named("t")), ID);
            assertThat(measure(narrow, "conflicting_groups")).isEqualTo(2);
            assertThat(measure(narrow, "conflicting_rows")).isEqualTo(5);
            assertThat(measure(narrow, "conflicting_rows_test")).isEqualTo(5);
            // tolerance 0: any difference conflicts, equal labels never
            CheckResult exact = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("wage"))
                    .parameter(ID, "labelTolerance", "0").batchRows(batch)
                    .dataset(DatasetRole.TRAINING, regression), ID);
            assertThat(measure(exact, "conflicting_groups")).isEqualTo(2);
        }
    }

    @Test
    void aToleranceLeavesACategoricalLabelAsItWas() {
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(roles)
                .parameter(ID, "labelTolerance", "100")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(3);
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new LabelConflictsCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }
}
