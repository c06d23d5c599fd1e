package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model catalogue of C-1 on real data: adult.test (16,281 rows, shipped in the samples module) with the
 * predictions of docs/examples/adult-test-predictions.csv.gz (a model trained elsewhere, with class probabilities),
 * cross-checked against scikit-learn 1.2.1 and pandas run with /usr/bin/python3 on the same two files (adult.test
 * read with skiprows=1, skipinitialspace, the label's trailing "." stripped; positive class ">50K").
 */
class AdultCatalogueTest {

    private static final Path ADULT_TEST = Path.of("../samples/src/main/resources/io/github/tenken/samples/adult/"
            + "adult.test.gz");
    private static final Path PREDICTIONS = Path.of("../docs/examples/adult-test-predictions.csv.gz");
    private static AssessmentResult result;

    @BeforeAll
    static void assess() throws IOException {
        List<String> columns = List.of("age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
                "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week",
                "native-country", "income");
        List<String> numeric = List.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
                "hours-per-week");
        CsvOptions.Builder options = CsvOptions.builder().columnNames(columns).missingMarkers("?")
                .skipLinesStartingWith("|").label("income").stripSuffix("income", ".");
        columns.forEach(c -> {
            if (numeric.contains(c)) {
                options.numeric(c);
            } else {
                options.categorical(c);
            }
        });
        Table test;
        try (InputStream in = Files.newInputStream(ADULT_TEST)) {
            test = new CsvDataset("adult.test.gz", in, options.build(), new Dictionaries()).toTable();
        }
        List<int[]> predicted = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(PREDICTIONS)), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("predicted,p_<=50K,p_>50K");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                predicted.add(new int[]{f[0].equals(">50K") ? 1 : 0});
                probabilities.add(new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        }
        FixedModel model = FixedModel.classifier("<=50K", ">50K").on(test.name(),
                predicted.stream().mapToInt(p -> p[0]).toArray(), probabilities.toArray(double[][]::new));
        result = CheckRun.with().test(test).roles(ColumnRoles.label("income").withSensitive("sex", "race")
                        .withIgnored("fnlwgt")).model(model)
                .parameter("c1.classification", "positiveClass", ">50K")
                .criterion("c1.classification", "accuracy >= 0.8").criterion("c1.classification", "auc >= 0.85")
                .run(new ClassificationPerformanceCheck(), new BaselineCheck(), new PerCaseCheck(),
                        new WeakSegmentsCheck());
    }

    private static CheckResult check(String id) {
        return result.check(id).orElseThrow();
    }

    private static double value(String id, String measure) {
        return check(id).measure(measure).orElseThrow().value();
    }

    @Test
    void classificationMeasuresAgreeWithScikitLearn() {
        String c = "c1.classification";
        assertThat(value(c, "rows")).isEqualTo(16_281);
        assertThat(value(c, "accuracy")).isCloseTo(0.865118850193477, within(1e-12));
        assertThat(value(c, "mcc")).isCloseTo(0.6026393127295162, within(1e-12));
        assertThat(value(c, "log_loss")).isCloseTo(0.29616135417888007, within(1e-12));
        assertThat(value(c, "brier")).isCloseTo(0.09354248049751243, within(1e-12));
        assertThat(value(c, "average_precision")).isCloseTo(0.8051260528421648, within(1e-12));
        assertThat(value(c, "auc")).isCloseTo(0.9170808955398022, within(1e-12));
        assertThat(value(c, "macro_precision")).isCloseTo(0.830552598144594, within(1e-12));
        assertThat(value(c, "macro_recall")).isCloseTo(0.7746719760225873, within(1e-12));
        // numpy: bins floor(10 p) clipped to 0..9, sum_b |sum p - sum y| / n
        assertThat(value(c, "ece")).isCloseTo(0.011364584484982494, within(1e-12));
        // 16,281 rows decide both criteria far from their thresholds: C-1.1a and C-1.1b hold
        assertThat(value(c, "criteria_undecided")).isZero();
        assertThat(check(c).status()).isEqualTo(Status.PASS);
        assertThat(table(check(c), "roc-curve").rows()).hasSize(101);
        assertThat(table(check(c), "pr-curve").rows()).hasSize(101);
    }

    @Test
    void theModelBeatsBothBaselines() {
        String c = "c1.baseline";
        assertThat(value(c, "majority_accuracy")).isCloseTo(0.7637737239727289, within(1e-12));  // share of <=50K
        assertThat(value(c, "majority_balanced_accuracy")).isEqualTo(0.5);
        assertThat(value(c, "beats_baselines")).isEqualTo(1);
        assertThat(check(c).status()).isEqualTo(Status.PASS);
    }

    @Test
    void perGroupAccuracyAgreesWithPandas() {
        CheckResult r = check("c1.per-case");
        List<List<Object>> groups = rows(table(r, "worst-case"), "group", "rows", "accuracy");
        // pandas: t.groupby(col)["right"].agg(["mean", "count"])
        assertThat(groups).hasSize(7);
        assertThat(find(groups, "sex = Female")).containsExactly("sex = Female", 5421L, 0.935067330750784);
        assertThat(find(groups, "sex = Male").get(1)).isEqualTo(10_860L);
        assertThat((Double) find(groups, "sex = Male").get(2)).isCloseTo(0.8302025782688766, within(1e-12));
        assertThat((Double) find(groups, "race = Asian-Pac-Islander").get(2)).isCloseTo(0.8375, within(1e-12));
        assertThat((Double) find(groups, "race = Other").get(2)).isCloseTo(0.8814814814814815, within(1e-12));
        assertThat(r.measure("cases_assessed").orElseThrow().value()).isEqualTo(7);
        // men are worst: 0.865 overall minus their upper bound, a small proved gap
        assertThat(r.measure("worst_case_accuracy").orElseThrow().value())
                .isCloseTo(0.8302025782688766, within(1e-12));
        assertThat(r.measure("worst_case_gap").orElseThrow().value()).isBetween(0.0, 0.1);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void weakSegmentsAreRankedAndListed() {
        CheckResult r = check("c1.weak-segments");
        assertThat(r.status()).isIn(Status.PASS, Status.FAIL);
        assertThat(r.measure("segments_assessed").orElseThrow().value()).isGreaterThan(100);
        List<List<Object>> listed = rows(table(r, "worst-segment"), "group", "rows", "gap");
        assertThat(listed).hasSize(10);
        assertThat(listed).allSatisfy(row -> assertThat((Long) row.get(1)).isGreaterThanOrEqualTo(30));
        assertThat((Double) listed.get(0).get(2)).isEqualTo(r.measure("worst_segment_gap").orElseThrow().value());
    }

    private static List<Object> find(List<List<Object>> rows, String group) {
        return rows.stream().filter(r -> r.get(0).equals(group)).findFirst().orElseThrow();
    }
}
