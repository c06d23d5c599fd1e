package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class WeakSegmentsCheckTest {

    private static final String ID = "c1.weak-segments";

    /**
     * 400 rows, x = 0..399 (quartile edges 99.75, 199.5, 299.25 by R's type 7), color red on even rows and blue on
     * odd ones; the model is wrong exactly on blue rows with x >= 200: 100 rows, accuracy 0.75 overall.
     */
    private static CheckRun fixture(boolean perfect) {
        int n = 400;
        double[] x = new double[n];
        String[] color = new String[n];
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            color[i] = i % 2 == 0 ? "red" : "blue";
            truth[i] = i % 5 == 0 ? "yes" : "no";
            boolean wrong = !perfect && i % 2 == 1 && i >= 200;
            predicted[i] = wrong ? (truth[i].equals("yes") ? "no" : "yes") : truth[i];
        }
        Table test = Table.of("test", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("color", new CategoryDictionary(), color),
                CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        return CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted));
    }

    @Test
    void theWeakestSegmentsAreThePairsWhereTheModelFails() {
        CheckResult r = fixture(false).runOne(new WeakSegmentsCheck());

        // 4 bins of x and 2 colours (100 and 200 rows), 8 pairs of 50 rows: 14 segments of at least 30 rows
        assertThat(r.measure("segments_assessed").orElseThrow().value()).isEqualTo(14);
        List<List<Object>> listed = rows(table(r, "worst-segment"), "group", "rows", "accuracy", "ci_lower",
                "ci_upper", "gap");
        // two pairs are always wrong: interval [0, 0], gap 0.75; the tie is broken by name
        assertThat(listed.get(0)).containsExactly("199.5 < x <= 299.25 AND color = blue", 50L, 0.0, 0.0, 0.0, 0.75);
        assertThat(listed.get(1)).containsExactly("x > 299.25 AND color = blue", 50L, 0.0, 0.0, 0.0, 0.75);
        assertThat(listed).hasSize(10);
        assertThat(listed).extracting(row -> row.get(0)).contains("color = blue", "x > 299.25");
        assertThat(r.measure("worst_segment_gap").orElseThrow().value()).isEqualTo(0.75);
        assertThat(r.measure("worst_segment_accuracy").orElseThrow().value()).isZero();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).startsWith("14 segments have at least 30 test rows; the weakest, 199.5 < x <= 299.25 AND "
                + "color = blue, has accuracy 0 (95% CI 0-0) against 0.75 on all rows, a gap of 0.75 proved by its "
                + "interval; not met: worst_segment_gap <= 0.1 (was 0.75).");
    }

    @Test
    void aPerfectModelHasNoWeakSegmentAndTheCostIsBoundedByTheParameters() {
        CheckResult r = fixture(true).parameter(ID, "pairs", "false").runOne(new WeakSegmentsCheck());
        assertThat(r.measure("segments_assessed").orElseThrow().value()).isEqualTo(6);
        assertThat(r.measure("worst_segment_gap").orElseThrow().value()).isZero();     // 1 - 1
        assertThat(r.status()).isEqualTo(Status.PASS);

        CheckResult one = fixture(false).parameter(ID, "maxAttributes", "1").runOne(new WeakSegmentsCheck());
        assertThat(one.measure("segments_assessed").orElseThrow().value()).isEqualTo(4);   // the bins of x only

        CheckResult none = fixture(false).parameter(ID, "minRows", "1000").runOne(new WeakSegmentsCheck());
        assertThat(none.status()).isEqualTo(Status.WARN);
        assertThat(en(none)).isEqualTo("No segment of one or two features has 1,000 test rows or more, so none is "
                + "judged.");
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        CheckResult a = fixture(false).seed(3).runOne(new WeakSegmentsCheck());
        CheckResult b = fixture(false).seed(3).runOne(new WeakSegmentsCheck());
        assertThat(a.measures()).isEqualTo(b.measures());
        assertThat(a.tables()).isEqualTo(b.tables());
    }
}
