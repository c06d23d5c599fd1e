package io.github.tenken.smile.checks;

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
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class LabelNoiseCheckTest {

    private static final String ID = "b3.label-noise";

    /** x = 0..199, label "hi" from 100 on, but the labels of rows 10 and 150 (0-based) flipped by construction. */
    private static Table flipped() {
        double[] x = new double[200];
        String[] label = new String[200];
        for (int i = 0; i < 200; i++) {
            x[i] = i;
            label[i] = i >= 100 ? "hi" : "lo";
        }
        label[10] = "hi";
        label[150] = "lo";
        return Table.of("flipped", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("label", CategoryDictionary.of("lo", "hi"), label)));
    }

    @Test
    void theTwoFlippedLabelsAreTheCandidatesAndTheRunIsRepeatable() {
        Table data = flipped();
        String before = contentHash(data);
        CheckResult r = run(assessment(new LabelNoiseCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, data).seed(7), ID);

        assertThat(rows(table(r, "candidates"), "row", "label", "preferred")).containsExactlyInAnyOrder(
                List.of(11L, "hi", "lo"), List.of(151L, "lo", "hi"));
        assertThat(measure(r, "noise_candidates")).isEqualTo(2);
        assertThat(measure(r, "noise_share")).isEqualTo(0.01);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).startsWith("2 of 200 labelled training rows with every feature present (1.0%) are label noise candidates");
        // stricter tolerance: the team tolerates no noise
        CheckResult strict = run(assessment(new LabelNoiseCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, data).seed(7).criterion(ID, "noise_share <= 0"), ID);
        assertThat(strict.status()).isEqualTo(Status.FAIL);
        assertThat(table(strict, "candidates")).isEqualTo(table(r, "candidates"));
        assertThat(contentHash(data)).isEqualTo(before);
    }

    @Test
    void aNumericLabelIsNotApplicableAndFoldsAreBalancedAndSeeded() {
        Table numeric = Table.of("numeric", List.of(NumericColumn.of("x", 1, 2, 3), NumericColumn.of("y", 1, 2, 3)));
        CheckResult r = run(assessment(new LabelNoiseCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, numeric), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the label y is numeric; label noise candidates need classes.");

        int[] folds = LabelNoiseCheck.foldOf(10, 3, new SplittableRandom(1));
        int[] sizes = new int[3];
        for (int f : folds) {
            sizes[f]++;
        }
        assertThat(sizes).containsExactlyInAnyOrder(4, 3, 3);
        assertThat(LabelNoiseCheck.foldOf(10, 3, new SplittableRandom(1))).isEqualTo(folds);
    }
}
