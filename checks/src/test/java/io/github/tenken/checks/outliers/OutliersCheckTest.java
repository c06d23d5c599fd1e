package io.github.tenken.checks.outliers;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
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
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OutliersCheckTest {

    private static final String ID = "b3.outliers";

    // x: 1..10, 23, 100. Median 6.5; deviations 0.5 0.5 1.5 1.5 2.5 2.5 3.5 3.5 4.5 5.5 16.5 93.5 -> MAD 3.
    //    Robust fences 6.5 -+ 3.5 x 3 / 0.6745 = [-9.067, 22.067]: 23 and 100 beyond (2 of 12).
    //    Q1 (type 7, h = 2.75) 3.75, Q3 (h = 8.25) 9.25, IQR 5.5: Tukey's fences [-12.75, 25.75]: 100 only.
    // skew: 1000, seven 5s, 6, 7, 8, 50. Median 5, MAD 0 (seven zero deviations of 12): the mean absolute deviation
    //    (1 + 2 + 3 + 45 + 995) / 12 = 1046 / 12 scales the robust z: fences 5 -+ 3.5 x 1.253314 x 1046 / 12
    //    = 5 -+ 382.37: 1000 beyond. Q1 5, Q3 (h = 8.25) 7 + 0.25 = 7.25, IQR 2.25: Tukey [-1.75, 14]: 50 and 1000.
    // flat: constant 3, no outlier possible. y (the label): 1..12, none. w is ignored and id an identifier.
    private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 23, 100};
    private static final double[] SKEW = {1000, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 50};

    private Table training() {
        double[] flat = new double[12];
        Arrays.fill(flat, 3);
        double[] w = IntStream.range(0, 12).mapToDouble(i -> i == 4 ? 1e6 : i).toArray();
        return Table.of("fixture", List.of(
                IdentifierColumn.of("id", IntStream.range(0, 12).mapToObj(i -> "r" + i).toArray(String[]::new)),
                NumericColumn.of("x", X), NumericColumn.of("skew", SKEW), NumericColumn.of("flat", flat),
                NumericColumn.of("w", w), NumericColumn.of("y", IntStream.rangeClosed(1, 12).asDoubleStream().toArray())));
    }

    private CheckResult check(io.github.tenken.engine.Assessment.Builder b) {
        return run(b.roles(ColumnRoles.label("y").withIgnored("w")), ID);
    }

    @Test
    void robustZAndTukeyFencesPerColumnByHand() {
        CheckResult r = check(assessment(new OutliersCheck()).dataset(DatasetRole.TRAINING, training()));

        double meanAd = 1046 / 12.0;
        ResultTable perColumn = table(r, "per-column");
        assertThat(rowsEn(perColumn, "dataset", "column", "values", "median", "mad", "robust_z_rows", "robust_z_share",
                "q1", "q3", "iqr_rows", "iqr_share", "note")).containsExactly(
                Arrays.asList("training", "x", 12L, 6.5, 3.0, 2L, 2 / 12.0, 3.75, 9.25, 1L, 1 / 12.0, null),
                Arrays.asList("training", "skew", 12L, 5.0, meanAd, 1L, 1 / 12.0, 5.0, 7.25, 2L, 2 / 12.0,
                        "the MAD is 0 (more than half the values are equal): robust z from the mean absolute "
                                + "deviation, times 1.2533"),
                Arrays.asList("training", "flat", 12L, 3.0, 0.0, 0L, 0.0, 3.0, 3.0, 0L, 0.0,
                        "every value equals the median: no outlier possible"),
                Arrays.asList("training", "y", 12L, 6.5, 3.0, 0L, 0.0, 3.75, 9.25, 0L, 0.0, null));

        ResultTable listed = table(r, "rows");
        assertThat(rowsEn(listed, "dataset", "column", "row", "value", "beyond")).containsExactly(
                List.of("training", "x", 12L, 100.0, "robust z and Tukey's fences"),
                List.of("training", "x", 11L, 23.0, "robust z only"),
                List.of("training", "skew", 1L, 1000.0, "robust z and Tukey's fences"),
                List.of("training", "skew", 12L, 50.0, "Tukey's fences only"));
        double[] z = rows(listed, "robust_z").stream().mapToDouble(c -> (Double) c.get(0)).toArray();
        assertThat(z[0]).isCloseTo(0.6745 * 93.5 / 3, within(1e-12));
        assertThat(z[1]).isCloseTo(0.6745 * 16.5 / 3, within(1e-12));
        assertThat(z[2]).isCloseTo(995 / (1.253314 * meanAd), within(1e-12));
        assertThat(z[3]).isCloseTo(45 / (1.253314 * meanAd), within(1e-12));

        assertThat(measure(r, "max_outlier_share")).isEqualTo(2 / 12.0);
        assertThat(measure(r, "columns_with_outliers")).isEqualTo(2);
        assertThat(measure(r, "max_iqr_outlier_share")).isEqualTo(2 / 12.0);
        assertThat(r.measure("max_outlier_share").orElseThrow().sentence())
                .isEqualTo("max_outlier_share <= 0.01: was 0.1667");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("16.7% of the values of x (training data) have a robust z beyond 3.5 (2 rows); "
                + "2 of the 4 numeric columns judged have such outliers. Tukey's fences at 3 interquartile ranges "
                + "put 8.3% of x outside.");
    }

    @Test
    void listRowsKeepsTheFarthestFromTheMedianAndParametersMoveTheFences() {
        // maxRobustZ 4: 23 has z 3.71, now inside; iqrFactor 1.5: Tukey's x fences [-4.5, 17.5] put 23 outside too
        CheckResult r = check(assessment(new OutliersCheck()).dataset(DatasetRole.TRAINING, training())
                .parameter(ID, "listRows", "1").parameter(ID, "maxRobustZ", "4").parameter(ID, "iqrFactor", "1.5"));
        assertThat(rows(table(r, "rows"), "column", "row", "value")).containsExactly(
                List.of("x", 12L, 100.0), List.of("skew", 1L, 1000.0));
        assertThat(rows(table(r, "per-column"), "column", "robust_z_rows", "iqr_rows")).containsExactly(
                List.of("x", 1L, 2L), List.of("skew", 1L, 2L), List.of("flat", 0L, 0L), List.of("y", 0L, 0L));
        assertThat(table(r, "rows").title().args()).hasSize(1);
    }

    @Test
    void aColumnWithoutOutliersPassesAndSaysSo() {
        Table t = Table.of("clean", List.of(NumericColumn.of("y", IntStream.rangeClosed(1, 12).asDoubleStream()
                .toArray())));
        CheckResult r = run(assessment(new OutliersCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, t), ID);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(table(r, "rows").rows()).isEmpty();
        assertThat(en(r)).isEqualTo("No value has a robust z beyond 3.5 in the 1 numeric column judged; the largest "
                + "share beyond Tukey's fences at 3 interquartile ranges is 0%.");
    }

    @Test
    void noNumericColumnIsNotApplicable() {
        Table t = Table.of("words", List.of(CategoricalColumn.of("g", CategoryDictionary.of("a"), "a", "a")));
        CheckResult r = run(assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, t), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: no dataset has a numeric feature or a numeric label.");
    }

    @Test
    void batchesOfSevenGiveTheResultOfOneBatchAndTheDataAreNotChanged() {
        Table t = training();
        String before = contentHash(t);
        CheckResult sevens = check(assessment(new OutliersCheck()).batchRows(7).dataset(DatasetRole.TRAINING, t)
                .dataset(DatasetRole.TEST, t.named("test")));
        CheckResult whole = check(assessment(new OutliersCheck()).dataset(DatasetRole.TRAINING, t)
                .dataset(DatasetRole.TEST, t.named("test")));
        assertThat(sevens.measures()).isEqualTo(whole.measures());
        assertThat(sevens.tables()).isEqualTo(whole.tables());
        assertThat(sevens.explanation()).isEqualTo(whole.explanation());
        assertThat(rows(table(whole, "per-column"), "dataset")).hasSize(8);
        assertThat(contentHash(t)).isEqualTo(before);
    }

    @Test
    void aSketchedColumnCarriesItsApproximationAndStaysCloseToTheExactCounts() {
        // 2,000 standard normal values and 10 at 50: exactly 10 beyond the fences, whatever else the sample holds
        // beyond 3.5 robust z (about 0.05% of a normal sample: 0.6745 x 3.5 / 0.6745 = 3.5 standard deviations)
        SplittableRandom random = new SplittableRandom(1);
        double[] v = new double[2010];
        for (int i = 0; i < 2010; i++) {
            v[i] = i < 2000 ? random.nextGaussian() : 50;
        }
        Table t = Table.of("normal", List.of(NumericColumn.of("v", v)));
        CheckResult exact = run(assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, t), ID);
        CheckResult sketched = run(assessment(new OutliersCheck()).roles(ColumnRoles.none()).exactUpTo(100)
                .dataset(DatasetRole.TRAINING, t), ID);
        Measure e = exact.measure("max_outlier_share").orElseThrow();
        Measure s = sketched.measure("max_outlier_share").orElseThrow();
        assertThat(e.approximation()).isNull();
        assertThat(s.approximation()).isNotNull();
        assertThat(s.approximation().method()).isEqualTo("KLL k=200");
        assertThat(s.value()).isCloseTo(e.value(), within(s.approximation().bound()));
        long beyondByHand = Arrays.stream(v).filter(x -> Math.abs(x) > 3.4).count();   // the fences sit near +-3.5
        assertThat((long) Math.round(e.value() * 2010)).isBetween(10L, beyondByHand);
        assertThat(rows(table(exact, "rows"), "value").subList(0, 10)).allMatch(c -> c.get(0).equals(50.0));
        // the IQR share and the count of columns come from the same sketch: both say so, the count by one column
        Measure iqrExact = exact.measure("max_iqr_outlier_share").orElseThrow();
        Measure iqrSketched = sketched.measure("max_iqr_outlier_share").orElseThrow();
        assertThat(iqrExact.approximation()).isNull();
        assertThat(iqrSketched.approximation().bound()).isEqualTo(s.approximation().bound());
        assertThat(iqrSketched.value()).isCloseTo(iqrExact.value(), within(iqrSketched.approximation().bound()));
        assertThat(exact.measure("columns_with_outliers").orElseThrow().approximation()).isNull();
        assertThat(sketched.measure("columns_with_outliers").orElseThrow().approximation())
                .isEqualTo(new io.github.tenken.check.Approximation("KLL k=200", 1));
    }

    @Test
    void theMaximumOverColumnsIsApproximateWhenAnyColumnIsSketched() {
        // column "few" (50 values) stays exact, "many" (2,010) is sketched: the maximum share is off by at most the
        // sketched column's bound, whichever column gives it
        SplittableRandom random = new SplittableRandom(3);
        double[] many = new double[2010];
        double[] few = new double[2010];
        for (int i = 0; i < many.length; i++) {
            many[i] = random.nextGaussian();
            few[i] = i < 50 ? (i < 10 ? 100 : random.nextGaussian()) : Double.NaN;   // 10 of 50 far out: 20%
        }
        Table t = Table.of("two", List.of(NumericColumn.of("many", many), NumericColumn.of("few", few)));
        CheckResult sketched = run(assessment(new OutliersCheck()).roles(ColumnRoles.none()).exactUpTo(100)
                .dataset(DatasetRole.TRAINING, t), ID);
        Measure iqr = sketched.measure("max_iqr_outlier_share").orElseThrow();
        Measure robust = sketched.measure("max_outlier_share").orElseThrow();
        assertThat(iqr.value()).isCloseTo(0.2, within(1e-12));                   // from the exact column
        assertThat(iqr.approximation()).isNotNull();
        assertThat(robust.approximation()).isEqualTo(iqr.approximation());
        assertThat(iqr.approximation().bound()).isGreaterThan(0);
    }
}
