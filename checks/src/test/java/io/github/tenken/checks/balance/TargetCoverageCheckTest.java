package io.github.tenken.checks.balance;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class TargetCoverageCheckTest {

    private static final String ID = "b2.target-coverage";
    private final TargetCoverageCheck check = new TargetCoverageCheck();

    /** Labels 0 0 1 2 9 10 and one missing. */
    private static Table fixture() {
        return Table.of("training", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7),
                NumericColumn.of("y", 0, 0, 1, 2, 9, 10, Double.NaN)));
    }

    private static CheckRun on(Table training) {
        return CheckRun.with().data(DatasetRole.TRAINING, training).roles(ColumnRoles.label("y"));
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void equalWidthBinsBetweenTheSmallestAndLargestLabel() {
        // bins 4: [0, 2.5) holds 0 0 1 2, [2.5, 5) and [5, 7.5) nothing, [7.5, 10] holds 9 10
        CheckResult r = on(fixture()).parameter(ID, "bins", "4").runOne(check);

        assertThat(rowsEn(table(r, "bins"), "bin", "lower", "upper", "rows", "share")).containsExactly(
                List.of("[0, 2.5)", 0.0, 2.5, 4L, 4.0 / 6), List.of("[2.5, 5)", 2.5, 5.0, 0L, 0.0),
                List.of("[5, 7.5)", 5.0, 7.5, 0L, 0.0), List.of("[7.5, 10]", 7.5, 10.0, 2L, 2.0 / 6));
        assertThat(value(r, "emptiest_bin_rows")).isEqualTo(0);
        assertThat(value(r, "min_bin_share")).isEqualTo(0);
        assertThat(value(r, "bins")).isEqualTo(4);
        assertThat(r.measure("emptiest_bin_rows").orElseThrow().sentence()).isEqualTo(
                "emptiest_bin_rows >= 30: was 0 rows");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("The training labels of y fall into 4 bins from 0 to 10; the emptiest, "
                + "[2.5, 5), holds 0 of 6 rows (0%).");
    }

    @Test
    void aCriterionTheDataMeetPasses() {
        // bins 2: [0, 5) holds 4, [5, 10] holds 2
        CheckResult r = on(fixture()).parameter(ID, "bins", "2").criterion(ID, "emptiest_bin_rows >= 2")
                .batchRows(3).runOne(check);

        assertThat(value(r, "emptiest_bin_rows")).isEqualTo(2);
        assertThat(value(r, "min_bin_share")).isEqualTo(2.0 / 6);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.charts().get(0).categories()).containsExactly("[0, 5)", "[5, 10]");
        assertThat(r.charts().get(0).series().get(0).values()).containsExactly(4.0, 2.0);
    }

    @Test
    void declaredEdgesCountRowsOutsideApart() {
        // [1, 3) holds 1 2, [3, 9] holds 9; 0 0 and 10 are outside
        CheckResult r = on(fixture()).parameter(ID, "edges", "1, 3, 9").runOne(check);

        assertThat(rowsEn(table(r, "bins"), "bin", "rows")).containsExactly(List.of("[1, 3)", 2L),
                List.of("[3, 9]", 1L));
        assertThat(value(r, "rows_outside_bins")).isEqualTo(3);
        assertThat(value(r, "emptiest_bin_rows")).isEqualTo(1);
    }

    @Test
    void malformedEdgesAreAnError() {
        CheckResult r = on(fixture()).parameter(ID, "edges", "3,1").runOne(check);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("the parameter edges of b2.target-coverage must be finite and strictly "
                + "increasing, was \"3,1\"");
    }

    @Test
    void aLabelWithoutValuesFillsNoBin() {
        Table training = Table.of("training", List.of(NumericColumn.of("x", 1, 2),
                NumericColumn.of("y", Double.NaN, Double.NaN)));
        CheckResult r = on(training).runOne(check);

        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(value(r, "emptiest_bin_rows")).isEqualTo(0);
        // no range to cut: one bin, without bounds, holding nothing
        assertThat(rowsEn(table(r, "bins"), "lower", "upper", "rows")).containsExactly(Arrays.asList(null, null, 0L));
    }

    @Test
    void aCategoricalLabelIsForClassBalance() {
        Table training = Table.of("training", List.of(NumericColumn.of("x", 1, 2),
                CategoricalColumn.of("y", new CategoryDictionary(), "no", "yes")));
        CheckResult r = on(training).runOne(check);

        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the label \"y\" is categorical; b2.class-balance judges the "
                + "balance of its classes.");
    }

    @Test
    void beyondExactUpToTheCountsComeFromASketchAndSaySo() {
        // labels 0 .. 199: ten bins of 19.9, each holding 20 rows (bin 9 also holds 199)
        double[] labels = IntStream.range(0, 200).asDoubleStream().toArray();
        Table training = Table.of("training", List.of(NumericColumn.of("x", labels), NumericColumn.of("y", labels)));
        CheckResult exact = on(training).runOne(check);
        CheckResult sketched = on(training).exactUpTo(50).runOne(check);

        assertThat(rowsEn(table(exact, "bins"), "rows")).containsOnly(List.of(20L));
        assertThat(exact.measure("emptiest_bin_rows").orElseThrow().isApproximate()).isFalse();
        Measure approx = sketched.measure("emptiest_bin_rows").orElseThrow();
        assertThat(approx.isApproximate()).isTrue();
        assertThat(approx.approximation().method()).isEqualTo("KLL k=200");
        assertThat(Math.abs(approx.value() - 20)).isLessThanOrEqualTo(approx.approximation().bound());
    }

    /**
     * The shipped diabetes data (442 rows, target 25 to 346); expected counts from numpy 1.x
     * {@code histogram(target, bins=10)} and {@code histogram(target, bins=[25, 100, 200, 346])}, whose last bin
     * is closed as here.
     */
    @Test
    void diabetesTargetMatchesNumpyHistogram() throws IOException {
        Table training;
        try (InputStream in = getClass().getResourceAsStream("/datasets/diabetes.csv.gz")) {
            training = new CsvDataset("diabetes.csv.gz", in, CsvOptions.defaults(), new Dictionaries()).toTable()
                    .named("training");
        }
        CheckRun run = CheckRun.with().data(DatasetRole.TRAINING, training).roles(ColumnRoles.label("target"));
        CheckResult tenBins = run.runOne(check);
        CheckResult declared = run.parameter(ID, "edges", "25,100,200,346").runOne(check);

        assertThat(rowsEn(table(tenBins, "bins"), "rows").stream().map(row -> row.get(0)).toList())
                .containsExactly(38L, 80L, 68L, 62L, 50L, 41L, 38L, 42L, 17L, 6L);
        assertThat(value(tenBins, "emptiest_bin_rows")).isEqualTo(6);
        assertThat(tenBins.status()).isEqualTo(Status.FAIL);
        assertThat(rowsEn(table(declared, "bins"), "rows").stream().map(row -> row.get(0)).toList())
                .containsExactly(147L, 168L, 127L);
        assertThat(declared.status()).isEqualTo(Status.PASS);
    }
}
