package io.github.tenken.checks.drift;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rowIndex;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColumnDriftCheckTest {

    private final CategoryDictionary letters = CategoryDictionary.of("a", "b", "c", "d");

    private static double[] range(int from, int to) {
        double[] v = new double[to - from + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = from + i;
        }
        return v;
    }

    private static String[] repeat(Object... valueThenCount) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < valueThenCount.length; i += 2) {
            for (int k = 0; k < (Integer) valueThenCount[i + 1]; k++) {
                out.add((String) valueThenCount[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    private Table table(String name, double[] x, String[] c) {
        return Table.of(name, List.of(NumericColumn.of("x", x), CategoricalColumn.of("c", letters, c)));
    }

    /** The cell {@code key} of the per-column row of {@code column}, a Message rendered in English. */
    private static Object cell(CheckResult r, String column, String key) {
        ResultTable t = CheckHarness.table(r, "per-column");
        Object cell = t.cell(rowIndex(t, "column", column), key);
        return cell instanceof Message m ? en(m) : cell;
    }

    @Test
    void identicalSamplesShowNoDrift() {
        Table train = table("train", range(1, 10), repeat("a", 5, "b", 5));
        Table test = table("test", range(1, 10), repeat("b", 5, "a", 5));
        CheckResult r = run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");

        assertThat(measure(r, "drifted_columns")).isZero();
        assertThat(measure(r, "max_ks_statistic")).isZero();
        assertThat(measure(r, "max_cramers_v")).isZero();
        assertThat(measure(r, "unseen_categories")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
        ResultTable t = CheckHarness.table(r, "per-column");
        assertThat(t.columns()).containsExactly("column", "test", "statistic", "p_value", "adjusted_p", "effect",
                "psi", "drifted");
        assertThat(rowsEn(t, t.columns().toArray(String[]::new))).containsExactly(
                List.of("x", "Kolmogorov-Smirnov", 0.0, 1.0, 1.0, 0.0, 0.0, false),
                List.of("c", "chi-square (df 1)", 0.0, 1.0, 1.0, 0.0, 0.0, false));
        assertThat(r.measure("max_ks_statistic").orElseThrow().isApproximate()).isFalse();
    }

    @Test
    void fullySeparatedSamplesHaveDistanceOneAndAHistogramOnSharedBins() {
        // x: 1..10 vs 11..20 -> D = 1. Integers: four bins of ceil(20 / 4) = 5 whole values each (1-5, 6-10, 11-15,
        // 16-20): training 5 + 5 in the first two bins, test 5 + 5 in the last two. c has the same shares (a, b half
        // each) in both.
        Table train = table("train", range(1, 10), repeat("a", 5, "b", 5));
        Table test = table("test", range(11, 20), repeat("a", 5, "b", 5));
        CheckResult r = run(assessment(new TrainTestDriftCheck())
                .parameter("drift.train-test", "bins", "4")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");

        assertThat(measure(r, "max_ks_statistic")).isEqualTo(1.0);
        assertThat(measure(r, "drifted_columns")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(cell(r, "x", "drifted")).isEqualTo(true);
        Chart chart = r.charts().get(0);
        assertThat(chart.name()).isEqualTo("histogram-x");
        assertThat(chart.kind()).isEqualTo(ChartKind.HISTOGRAM);
        assertThat(chart.categories()).containsExactly("1\u20135", "6\u201310", "11\u201315", "16\u201320");
        assertThat(chart.series()).containsExactly(ChartSeries.of("training", Message.of("role.training"), 0.5, 0.5, 0, 0),
                ChartSeries.of("test", Message.of("role.test"), 0, 0, 0.5, 0.5));
        assertThat(en(chart.title())).isEqualTo("Distribution of x: training vs test (share of rows per bin)");
        assertThat(en(r)).isEqualTo("1 of 2 columns of the test data drift from training "
                + "(Benjamini-Hochberg adjusted p < 0.05 and effect >= 0.1); the largest KS distance is 1 on x; "
                + "0 categories never seen in training.");
    }

    @Test
    void aboveTheLargeSampleSizeColumnsAreJudgedByDistanceAndThePsiIsReported() {
        // x: 0..1999 vs the same shifted by 200: Wasserstein 200, over the reference's population std
        // sqrt((2000^2 - 1) / 12) -> 0.3464102048150538 (scipy wasserstein_distance / np.std). Numeric PSI on the
        // reference deciles (edges 199.9, 399.8, ...): test shares 0 (floored to 1e-4), 0.1 x 8, 0.2.
        // c: a/b 1000/1000 vs 1200/800: Jensen-Shannon 0.07112938864483229 (scipy), PSI 0.1 ln 1.2 + 0.1 ln 1.25.
        // label y/n 1000/1000 in both: no drift, on its own line.
        double[] a = new double[2000];
        double[] b = new double[2000];
        for (int i = 0; i < 2000; i++) {
            a[i] = i;
            b[i] = i + 200;
        }
        CategoryDictionary ab = CategoryDictionary.of("a", "b");
        CategoryDictionary yn = CategoryDictionary.of("y", "n");
        Table train = Table.of("train", List.of(NumericColumn.of("x", a),
                CategoricalColumn.of("c", ab, repeat("a", 1000, "b", 1000)),
                CategoricalColumn.of("label", yn, repeat("y", 1000, "n", 1000))));
        Table test = Table.of("test", List.of(NumericColumn.of("x", b),
                CategoricalColumn.of("c", ab, repeat("a", 1200, "b", 800)),
                CategoricalColumn.of("label", yn, repeat("n", 1000, "y", 1000))));
        CheckResult r = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");

        assertThat(cell(r, "x", "test")).isEqualTo("Wasserstein distance / reference std (more than 1,000 values)");
        assertThat((Double) cell(r, "x", "statistic")).isCloseTo(0.3464102048150538, within(1e-12));
        assertThat(cell(r, "x", "p_value")).isNull();
        assertThat((Double) cell(r, "x", "psi")).isCloseTo(
                (1e-4 - 0.1) * Math.log(1e-4 / 0.1) + 0.1 * Math.log(2), within(1e-12));
        assertThat(cell(r, "x", "drifted")).isEqualTo(true);
        assertThat(cell(r, "c", "test")).isEqualTo("Jensen-Shannon distance (more than 1,000 values)");
        assertThat((Double) cell(r, "c", "statistic")).isCloseTo(0.07112938864483229, within(1e-12));
        assertThat((Double) cell(r, "c", "psi")).isCloseTo(0.1 * Math.log(1.2) + 0.1 * Math.log(1.25),
                within(1e-12));
        assertThat(cell(r, "c", "drifted")).isEqualTo(false);
        assertThat(measure(r, "drifted_columns")).isEqualTo(1);
        assertThat(measure(r, "drifted_share")).isEqualTo(1.0 / 3);
        assertThat(measure(r, "label_drifted")).isZero();
        assertThat(en(r)).isEqualTo("1 of 3 columns of the test data drift from training (normed Wasserstein or "
                + "Jensen-Shannon distance >= 0.1 above 1,000 reference values); the largest KS distance is 0.1 on x; "
                + "0 categories never seen in training. The label label does not drift.");
    }

    @Test
    void benjaminiHochbergAdjustsAcrossTheColumnsAndAlphaDecides() {
        // c: 10/20/30 vs 20/20/20 -> chi2 = 16/3, p = exp(-8/3) = 0.0695, V = 0.2108 (see ChiSquareHomogeneityTest)
        // x: 1..60 vs 31..90 -> D = 0.5
        Table train = table("train", range(1, 60), repeat("a", 10, "b", 20, "c", 30));
        Table test = table("test", range(31, 90), repeat("a", 20, "b", 20, "c", 20));
        CheckResult strict = run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        double px = (Double) cell(strict, "x", "p_value");
        double pc = (Double) cell(strict, "c", "p_value");
        assertThat(pc).isCloseTo(Math.exp(-8.0 / 3), within(1e-10));
        assertThat((Double) cell(strict, "c", "effect")).isCloseTo(Math.sqrt(16.0 / 3 / 120), within(1e-12));
        assertThat((Double) cell(strict, "x", "statistic")).isCloseTo(0.5, within(1e-15));
        // m = 2, px < pc: adjusted x = min(2 px, pc), adjusted c = pc
        assertThat((Double) cell(strict, "x", "adjusted_p")).isCloseTo(Math.min(2 * px, pc), within(1e-15));
        assertThat((Double) cell(strict, "c", "adjusted_p")).isCloseTo(pc, within(1e-15));
        assertThat(cell(strict, "c", "drifted")).isEqualTo(false);
        assertThat(measure(strict, "drifted_columns")).isEqualTo(1);

        CheckResult loose = run(assessment(new TrainTestDriftCheck())
                .parameter("drift.train-test", "alpha", "0.1")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(cell(loose, "c", "drifted")).isEqualTo(true);
        assertThat(measure(loose, "drifted_columns")).isEqualTo(2);
    }

    @Test
    void aSignificantButImmaterialShiftOfTheLabelIsNotDrift() {
        // label 5000/5000 vs 5300/4700: chi2 = 2 (150^2/5150 + 150^2/4850) = 18.02, p ~ 2e-5, V = 0.030 < 0.1
        CategoryDictionary yn = CategoryDictionary.of("y", "n");
        Table train = Table.of("train", List.of(CategoricalColumn.of("label", yn, repeat("y", 5000, "n", 5000))));
        Table test = Table.of("test", List.of(CategoricalColumn.of("label", yn, repeat("y", 5300, "n", 4700))));
        CheckResult r = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("label"))
                .parameter("drift.train-test", "largeSample", "100000")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        double chi2 = 2 * (150.0 * 150 / 5150 + 150.0 * 150 / 4850);
        assertThat((Double) cell(r, "label", "statistic")).isCloseTo(chi2, within(1e-9));
        assertThat((Double) cell(r, "label", "adjusted_p")).isLessThan(0.001);
        assertThat((Double) cell(r, "label", "effect")).isCloseTo(Math.sqrt(chi2 / 20000), within(1e-12));
        assertThat(cell(r, "label", "drifted")).isEqualTo(false);
        assertThat(r.status()).isEqualTo(Status.PASS);

        CheckResult sensitive = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("label"))
                .parameter("drift.train-test", "minEffect", "0.01").parameter("drift.train-test", "largeSample", "100000")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(measure(sensitive, "drifted_columns")).isEqualTo(1);
    }

    @Test
    void categoriesNeverSeenInTrainingAreCountedAndListed() {
        Table train = table("train", range(1, 4), new String[]{"a", "a", "b", "b"});
        Table test = table("test", range(1, 4), new String[]{"a", "d", "d", "b"});
        CheckResult r = run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(measure(r, "unseen_categories")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rows(CheckHarness.table(r, "unseen-categories"), "column", "category", "rows"))
                .containsExactly(List.of("c", "d", 2L));
        assertThat(en(CheckHarness.table(r, "unseen-categories").title())).isEqualTo("Categories in the test data never seen in "
                + "training");
    }

    @Test
    void operationDriftComparesOperationDataWithTraining() {
        Table train = table("train", range(1, 10), repeat("a", 5, "b", 5));
        Table operation = table("operation", range(11, 20), repeat("a", 5, "b", 5));
        CheckResult r = run(assessment(new OperationDriftCheck())
                .parameter("e1.operation-drift", "bins", "4")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.OPERATION, operation), "e1.operation-drift");
        assertThat(measure(r, "drifted_columns")).isEqualTo(1);
        assertThat(r.items()).containsExactly("E-1.2a");
        assertThat(r.charts().get(0).series()).extracting(ChartSeries::key).containsExactly("training", "operation");
        assertThat(en(r)).startsWith("1 of 2 columns of the operation data drift from training");

        CheckResult absent = run(assessment(new OperationDriftCheck()).dataset(DatasetRole.TRAINING, train),
                "e1.operation-drift");
        assertThat(absent.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aColumnOfAnotherTypeInTheComparedDataIsAnError() {
        Table train = table("train", range(1, 4), new String[]{"a", "a", "b", "b"});
        Table test = Table.of("test", List.of(CategoricalColumn.of("x", letters, "a", "b"),
                CategoricalColumn.of("c", letters, "a", "b")));
        CheckResult r = run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("column \"x\" is numeric in train but categorical in test; drift can only "
                + "compare like with like");
    }

    @Test
    void identifierColumnsAreNotTested() {
        Table train = Table.of("train", List.of(IdentifierColumn.of("id", "a1", "a2", "a3", "a4"),
                NumericColumn.of("x", range(1, 4)), CategoricalColumn.of("c", letters, "a", "a", "b", "b")));
        Table test = Table.of("test", List.of(IdentifierColumn.of("id", "b1", "b2", "b3", "b4"),
                NumericColumn.of("x", range(1, 4)), CategoricalColumn.of("c", letters, "a", "a", "b", "b")));
        CheckResult r = run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(rows(CheckHarness.table(r, "per-column"), "column")).containsExactly(List.of("x"), List.of("c"));
        assertThat(measure(r, "columns_tested")).isEqualTo(2);
        assertThat(measure(r, "unseen_categories")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void doesNotChangeItsInputs() {
        double[] unsorted = {5, 3, 9, 1, 7, 2};
        Table train = table("train", unsorted, new String[]{"a", "b", "a", "b", "a", "c"});
        Table test = table("test", new double[]{8, 6, 4, 2, 0, 10}, new String[]{"c", "c", "a", "b", "a", "d"});
        String before = contentHash(train) + contentHash(test);
        run(assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(contentHash(train) + contentHash(test)).isEqualTo(before);
        assertThat(train.numeric("x").copyValues()).containsExactly(unsorted);
    }
}
