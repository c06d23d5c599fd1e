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
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new LabelConflictsCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }
}
