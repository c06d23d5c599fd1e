package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Arg;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassificationPerformanceCheckTest {

    private static final String ID = "c1.classification";
    private final ClassificationPerformanceCheck check = new ClassificationPerformanceCheck();

    /** Truth a a a b b c, predicted a a b b c c. */
    private static Table threeClasses(String... labels) {
        return Table.of("test", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6),
                CategoricalColumn.of("y", new CategoryDictionary(), labels)));
    }

    private static CheckResult runThreeClasses(CheckRun run) {
        FixedModel model = FixedModel.classifier("a", "b", "c").on("test", "a", "a", "b", "b", "c", "c");
        return run.test(threeClasses("a", "a", "a", "b", "b", "c")).roles(ColumnRoles.label("y")).model(model)
                .runOne(new ClassificationPerformanceCheck());
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void metricsOfAHandFixture() {
        CheckResult r = runThreeClasses(CheckRun.with());

        // confusion: a->a 2, a->b 1; b->b 1, b->c 1; c->c 1
        assertThat(value(r, "accuracy")).isEqualTo(4.0 / 6);
        assertThat(value(r, "balanced_accuracy")).isCloseTo((2.0 / 3 + 1.0 / 2 + 1.0) / 3, within(1e-15));
        double f1a = 2 * 2.0 / (3 + 2);
        double f1b = 2 * 1.0 / (2 + 2);
        double f1c = 2 * 1.0 / (1 + 2);
        assertThat(value(r, "macro_f1")).isCloseTo((f1a + f1b + f1c) / 3, within(1e-15));
        assertThat(value(r, "recall.b")).isEqualTo(0.5);
        assertThat(value(r, "precision.c")).isEqualTo(0.5);
        assertThat(value(r, "rows")).isEqualTo(6);
        assertThat(r.measure("auc")).isEmpty();

        ResultTable perClass = table(r, "per-class");
        assertThat(rows(perClass, "class", "support", "predicted", "precision", "recall", "f1")).containsExactly(
                List.of("a", 3L, 2L, 1.0, 2.0 / 3, f1a),
                List.of("b", 2L, 2L, 0.5, 0.5, f1b),
                List.of("c", 1L, 2L, 0.5, 1.0, f1c));
        ResultTable matrix = table(r, "confusion-matrix");
        assertThat(matrix.columns()).containsExactly("actual_predicted", "a", "b", "c");
        assertThat(rows(matrix, "actual_predicted", "a", "b", "c")).containsExactly(List.of("a", 2L, 1L, 0L),
                List.of("b", 0L, 1L, 1L), List.of("c", 0L, 0L, 1L));
        assertThat(r.charts().get(0).kind()).isEqualTo(ChartKind.MATRIX);
        assertThat(r.charts().get(0).series().get(1).values()).containsExactly(0.0, 1.0, 1.0);
    }

    @Test
    void theIntervalsArePercentilesOfPoissonBootstrapReplicatesRecomputedNaively() {
        CheckResult r = runThreeClasses(CheckRun.with().parameter(ID, "bootstrap", "400"));
        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        // the seed is stated in the interval's method: "Poisson bootstrap, 400 replicates, seed <seed>"
        assertThat(ci.method().key()).isEqualTo("bootstrap.method");
        long seed = Long.parseLong(((Arg.Text) ci.method().args().get(1)).value());
        PoissonBootstrap bootstrap = new PoissonBootstrap(400, seed);
        boolean[] right = {true, true, false, true, false, true};   // truth a a a b b c, predicted a a b b c c
        double[] accuracy = new double[400];
        double[] balanced = new double[400];
        for (int b = 0; b < 400; b++) {
            double[] hits = new double[3];
            double[] support = new double[3];
            int[] truth = {0, 0, 0, 1, 1, 2};
            double all = 0;
            double correct = 0;
            for (int i = 0; i < 6; i++) {
                int w = bootstrap.weight(b, i);
                all += w;
                correct += right[i] ? w : 0;
                support[truth[i]] += w;
                hits[truth[i]] += right[i] ? w : 0;
            }
            accuracy[b] = correct / all;
            double sum = 0;
            int present = 0;
            for (int k = 0; k < 3; k++) {
                if (support[k] > 0) {
                    sum += hits[k] / support[k];
                    present++;
                }
            }
            balanced[b] = present == 0 ? Double.NaN : sum / present;
        }
        double[] lowerUpper = percentiles(accuracy);
        assertThat(ci.lower()).isCloseTo(lowerUpper[0], within(1e-12));
        assertThat(ci.upper()).isCloseTo(lowerUpper[1], within(1e-12));
        double[] balancedInterval = percentiles(balanced);
        ConfidenceInterval bci = r.measure("balanced_accuracy").orElseThrow().interval();
        assertThat(bci.lower()).isCloseTo(balancedInterval[0], within(1e-12));
        assertThat(bci.upper()).isCloseTo(balancedInterval[1], within(1e-12));
        assertThat(value(r, "accuracy_ci_width")).isCloseTo(lowerUpper[1] - lowerUpper[0], within(1e-12));
    }

    /** The 2.5% and 97.5% percentiles (R's type 7) of the values that are not NaN. */
    private static double[] percentiles(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double[] out = new double[2];
        double[] p = {0.025, 0.975};
        for (int k = 0; k < 2; k++) {
            double h = (v.length - 1) * p[k];
            int lo = (int) Math.floor(h);
            out[k] = v[lo] + (h - lo) * (v[Math.min(lo + 1, v.length - 1)] - v[lo]);
        }
        return out;
    }

    @Test
    void withoutACriterionOnPerformanceTheVerdictIsWarnAndSaysSo() {
        // criteria on the data volume (interval width, rows) are no acceptance criteria for the model
        CheckResult r = runThreeClasses(CheckRun.with().criterion(ID, "accuracy_ci_width <= 1")
                .criterion(ID, "rows >= 5"));

        assertThat(r.measure("rows").orElseThrow().passed()).isTrue();
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(en(r)).startsWith("The model is right on 66.7% of 6 labelled test rows (95% CI ")
                .contains("; no acceptance criterion was set for accuracy or any other performance measure, so this "
                        + "is a measurement, not a verdict (C-1.1b asks for criteria fixed beforehand, e.g. "
                        + "\"accuracy >= 0.8\").");
    }

    @Test
    void criteriaFixedBeforehandJudgeTheModel() {
        // six rows decide no criterion near 0.67: the volume criterion is relaxed to judge the model alone
        CheckResult pass = runThreeClasses(CheckRun.with().criterion(ID, "accuracy >= 0.6")
                .criterion(ID, "criteria_undecided <= 1"));
        CheckResult fail = runThreeClasses(CheckRun.with().criterion(ID, "accuracy >= 0.7")
                .criterion(ID, "criteria_undecided <= 1"));

        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        // a failed criterion now reads "criterion (was value)", on purpose
        assertThat(en(fail)).contains("; not met: accuracy >= 0.7 (was 0.6667).");
    }

    @Test
    void sixRowsAreTooFewToDecideACriterionNearTheAccuracy() {
        CheckResult r = runThreeClasses(CheckRun.with().criterion(ID, "accuracy >= 0.5"));

        Measure width = r.measure("accuracy_ci_width").orElseThrow();
        Measure accuracy = r.measure("accuracy").orElseThrow();
        assertThat(width.value()).isEqualTo(accuracy.interval().upper() - accuracy.interval().lower());
        assertThat(width.isJudged()).isFalse();
        assertThat(accuracy.passed()).isTrue();
        assertThat(accuracy.interval().lower()).isLessThan(0.5);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).contains("not met: criteria_undecided == 0 (was 1)");
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        // pairs (positive, negative): 0.8 vs 0.8 tie = 1/2, 0.8 vs 0.2 = 1, 0.4 vs 0.8 = 0, 0.4 vs 0.2 = 1 -> 2.5 / 4
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(),
                "pos", "neg", "pos", "neg")));
        double[][] probabilities = {{0.2, 0.8}, {0.2, 0.8}, {0.6, 0.4}, {0.8, 0.2}};
        FixedModel model = FixedModel.classifier("neg", "pos").on("test", new int[]{1, 1, 0, 0}, probabilities);

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model)
                .parameter(ID, "positiveClass", "pos").runOne(check);

        assertThat(value(r, "auc")).isEqualTo(0.625);
        assertThat(value(r, "precision")).isEqualTo(0.5);
        assertThat(value(r, "recall")).isEqualTo(0.5);
        assertThat(value(r, "false_positive_rate")).isEqualTo(0.5);
        assertThat(en(r)).contains("AUC 0.625 for class pos");
    }

    @Test
    void thePositiveClassDefaultsToTheMinorityOfTheTestLabels() {
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(),
                "yes", "no", "no", "no")));
        FixedModel model = FixedModel.classifier("no", "yes").on("test", "yes", "yes", "no", "no");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check);

        assertThat(value(r, "recall")).isEqualTo(1.0);     // the one "yes" was found
        assertThat(value(r, "precision")).isEqualTo(0.5);  // one of two "yes" predictions was right
        assertThat(value(r, "false_positive_rate")).isEqualTo(1.0 / 3);
    }

    @Test
    void rowsWithAMissingLabelAreLeftOutAndCounted() {
        FixedModel model = FixedModel.classifier("a", "b", "c").on("test", "a", "a", "b", "b", "c", "c");
        Table test = threeClasses("a", null, "a", "b", "b", "c");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check);

        assertThat(value(r, "rows")).isEqualTo(5);
        assertThat(value(r, "accuracy")).isEqualTo(3.0 / 5);
        assertThat(en(r)).contains("of 5 labelled test rows")
                .contains("; 1 row with a missing label was left out");
    }

    @Test
    void aTestLabelTheModelNeverSawIsAnErrorNamingValueAndCount() {
        FixedModel model = FixedModel.classifier("a", "b", "c").on("test", "a", "a", "b", "b", "c", "c");
        Table test = threeClasses("a", "maybe", "a", "b", "maybe", "c");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check);

        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(en(r)).isEqualTo("The check could not run: label column \"y\" of test holds values the "
                + "model never saw: \"maybe\" (2 rows); the model's classes are [a, b, c]");
    }

    @Test
    void aRegressorIsNotApplicable() {
        Table test = Table.of("test", List.of(NumericColumn.of("y", 1, 2)));
        FixedModel model = FixedModel.regressor().on("test", 1.0, 2.0);

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check);

        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the model is a regressor; c1.regression measures it.");
    }

    @Test
    void aNumericLabelIsMatchedToTheClassNamesByItsText() {
        Table test = Table.of("test", List.of(NumericColumn.of("y", 0, 1, 1, 0)));
        FixedModel model = FixedModel.classifier("0", "1").on("test", "0", "1", "0", "0");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check);

        assertThat(value(r, "accuracy")).isEqualTo(0.75);
    }
}
