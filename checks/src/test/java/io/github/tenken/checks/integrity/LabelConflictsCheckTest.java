package io.github.tenken.checks.integrity;

import io.github.tenken.check.CheckResult;
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
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

class LabelConflictsCheckTest {

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
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b3.label-conflicts");

        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(3);
        assertThat(measure(r, "conflicting_share")).isEqualTo(0.5);
        assertThat(measure(r, "conflicting_rows_test")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.tables().get(0).rows()).containsExactly(
                List.of("training", 6, 1L, 3L, 0.5),
                List.of("test", 3, 1L, 2L, 2.0 / 3));
        assertThat(r.explanation()).isEqualTo("1 group of identical training inputs carries more than one label, "
                + "covering 3 of 6 rows (50.0%); in the test data 1 group, 2 rows.");
    }

    @Test
    void anIgnoredColumnDoesNotSeparateInputs() {
        // with the weight as a feature every training row differs, so nothing conflicts
        CheckResult r = run(assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, training), "b3.label-conflicts");
        assertThat(measure(r, "conflicting_rows")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void needsALabel() {
        CheckResult r = run(assessment(new LabelConflictsCheck()).dataset(DatasetRole.TRAINING, training),
                "b3.label-conflicts");
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(r.explanation()).isEqualTo("Not applicable: this check needs a label column, which the "
                + "assessment does not give.");
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new LabelConflictsCheck()).roles(roles)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b3.label-conflicts");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }
}
