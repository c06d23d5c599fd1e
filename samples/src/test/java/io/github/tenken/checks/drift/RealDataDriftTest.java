package io.github.tenken.checks.drift;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;
import smile.stat.hypothesis.KSTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rowIndex;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Drift on real data: red vs white wine (a strong, real covariate shift) and Adult training vs test (one population
 * split at random: no drift, once the test labels' trailing "." is removed). Reference numbers were computed
 * independently with scipy 1.17.1 ({@code ks_2samp}, {@code chi2_contingency(correction=False)}) from the original
 * files.
 */
class RealDataDriftTest {

    /** The cell {@code key} of the per-column row of {@code column}, a Message rendered in English. */
    private static Object cell(CheckResult r, String column, String key) {
        ResultTable t = table(r, "per-column");
        Object cell = t.cell(rowIndex(t, "column", column), key);
        return cell instanceof Message m ? en(m) : cell;
    }

    @Test
    void redAndWhiteWineDriftInElevenOfTwelveColumns() throws IOException {
        Dictionaries dictionaries = new Dictionaries();
        CsvOptions wine = CsvOptions.builder().delimiter(';').build();
        Table red;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/datasets/winequality-red.csv.gz"))) {
            red = CsvTableReader.read("winequality-red.csv", in, wine, dictionaries);
        }
        Table white;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/datasets/winequality-white.csv.gz"))) {
            white = CsvTableReader.read("winequality-white.csv", in, wine, dictionaries);
        }
        String before = contentHash(red) + contentHash(white);

        // 1,599 reference rows: by default each column is judged by its normed Wasserstein distance; scipy
        // wasserstein_distance(red, white) / np.std(red): alcohol 0.1941781585027554 (the smallest, still >= 0.1),
        // chlorides 0.8862195682813134, quality 0.29961820889186935 -> all 12 columns drift
        CheckResult byDistance = run(assessment(new OperationDriftCheck()).roles(ColumnRoles.label("quality"))
                .dataset(DatasetRole.TRAINING, red).dataset(DatasetRole.OPERATION, white), "e1.operation-drift");
        assertThat((Double) cell(byDistance, "alcohol", "statistic")).isCloseTo(0.1941781585027554, within(1e-12));
        assertThat((Double) cell(byDistance, "chlorides", "statistic")).isCloseTo(0.8862195682813134, within(1e-12));
        assertThat((Double) cell(byDistance, "quality", "statistic")).isCloseTo(0.29961820889186935, within(1e-12));
        assertThat(cell(byDistance, "alcohol", "test")).isEqualTo(
                "Wasserstein distance / reference std (more than 1,000 values)");
        assertThat(measure(byDistance, "drifted_columns")).isEqualTo(12);
        assertThat(measure(byDistance, "drifted_share")).isEqualTo(1.0);
        assertThat(measure(byDistance, "label_drifted")).isEqualTo(1.0);

        // the hypothesis tests on request (largeSample above the rows)
        CheckResult r = run(assessment(new OperationDriftCheck()).roles(ColumnRoles.label("quality"))
                .parameter("e1.operation-drift", "largeSample", "100000")
                .dataset(DatasetRole.TRAINING, red).dataset(DatasetRole.OPERATION, white), "e1.operation-drift");

        // scipy: chlorides D = 0.82659, total sulfur dioxide 0.77781, alcohol 0.09374 (below minEffect), quality
        // (the label) 0.13046
        assertThat((Double) cell(r, "chlorides", "statistic")).isCloseTo(0.82659, within(5e-6));
        assertThat((Double) cell(r, "total sulfur dioxide", "statistic")).isCloseTo(0.77781, within(5e-6));
        assertThat((Double) cell(r, "alcohol", "statistic")).isCloseTo(0.09374, within(5e-6));
        assertThat((Double) cell(r, "alcohol", "adjusted_p")).isLessThan(1e-6);
        assertThat(cell(r, "alcohol", "drifted")).isEqualTo(false);
        assertThat((Double) cell(r, "quality", "statistic")).isCloseTo(0.13046, within(5e-6));
        assertThat(cell(r, "quality", "drifted")).isEqualTo(true);
        assertThat(measure(r, "drifted_columns")).isEqualTo(11);
        assertThat(measure(r, "max_ks_statistic")).isCloseTo(0.82659, within(5e-6));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.charts().get(0).name()).isEqualTo("histogram-chlorides");
        assertThat(r.charts().get(0).series().get(0).values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        // the same D from Smile on copies of the columns
        KSTest smile = KSTest.test(red.numeric("chlorides").copyValues(), white.numeric("chlorides").copyValues());
        assertThat((Double) cell(r, "chlorides", "statistic")).isCloseTo(smile.d, within(1e-12));
        assertThat(contentHash(red) + contentHash(white)).isEqualTo(before);
    }

    @Test
    void adultTrainingAndTestShowNoDriftAndNoLabelDrift() {
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        // 32,561 reference rows: judged by distance; scipy jensenshannon of the income shares 0.0038022774557631704,
        // the largest distance native-country's 0.0211391029361237 (Jensen-Shannon), all below 0.1
        CheckResult byDistance = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("income"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "drift.train-test");
        assertThat(cell(byDistance, "income", "test")).isEqualTo("Jensen-Shannon distance (more than 1,000 values)");
        assertThat((Double) cell(byDistance, "income", "statistic")).isCloseTo(0.0038022774557631704, within(1e-12));
        assertThat((Double) cell(byDistance, "native-country", "statistic")).isCloseTo(0.0211391029361237,
                within(1e-12));
        assertThat((Double) cell(byDistance, "age", "statistic")).isCloseTo(0.016901073571208916, within(1e-12));
        assertThat(measure(byDistance, "drifted_columns")).isZero();
        assertThat(measure(byDistance, "label_drifted")).isZero();

        CheckResult r = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("income"))
                .parameter("drift.train-test", "largeSample", "100000")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "drift.train-test");

        assertThat(table(r, "per-column").rows()).hasSize(15);
        // scipy: income chi2 = 1.253 (df 1, p = 0.2631, V = 0.005064); age has the largest D, 0.00819
        assertThat(cell(r, "income", "test")).isEqualTo("chi-square (df 1)");
        assertThat((Double) cell(r, "income", "statistic")).isCloseTo(1.253, within(5e-4));
        assertThat((Double) cell(r, "income", "p_value")).isCloseTo(0.26306, within(5e-5));
        assertThat((Double) cell(r, "income", "effect")).isCloseTo(0.005064, within(5e-7));
        assertThat(cell(r, "income", "drifted")).isEqualTo(false);
        assertThat(measure(r, "max_ks_statistic")).isCloseTo(0.00819, within(5e-6));
        assertThat(r.charts().get(0).name()).isEqualTo("histogram-age");
        assertThat(measure(r, "drifted_columns")).isZero();
        // Holand-Netherlands is in training only: seen in training, so not "unseen" in test
        assertThat(measure(r, "unseen_categories")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void adultTestLabelsWithTheirTrailingDotAreTwoUnseenClassesAndFullLabelDrift() throws IOException {
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        CsvOptions raw = CsvOptions.builder().columnNames(SampleData.ADULT_COLUMNS).missingMarkers("?")
                .skipLinesStartingWith("|")
                .numeric(SampleData.ADULT_NUMERIC_COLUMNS.toArray(String[]::new)).build();
        Table test;
        try (InputStream in = new GZIPInputStream(SampleData.class.getResourceAsStream(
                "/io/github/tenken/samples/adult/adult.test.gz"))) {
            test = CsvTableReader.read("adult.test", in, raw, dictionaries);
        }
        CheckResult r = run(assessment(new TrainTestDriftCheck()).roles(ColumnRoles.label("income"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "drift.train-test");

        assertThat(measure(r, "unseen_categories")).isEqualTo(2);
        assertThat(rows(table(r, "unseen-categories"), "column", "category", "rows"))
                .containsExactly(List.of("income", "<=50K.", 12435L),
                List.of("income", ">50K.", 3846L));
        assertThat((Double) cell(r, "income", "effect")).isCloseTo(1.0, within(1e-12));
        assertThat(cell(r, "income", "drifted")).isEqualTo(true);
        assertThat(measure(r, "drifted_columns")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }
}
