package io.github.tenken.checks.correctness;

import io.github.tenken.check.ChartKind;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The measures c1.classification added for the model catalogue, and C-1.1a judged by the criteria's intervals. */
class ClassificationMeasuresTest {

    private static final String ID = "c1.classification";

    /** Truth pos neg pos pos neg neg pos neg; P(pos) 0.9 0.8 0.7 0.4 0.3 0.45 0.2 0.1; predicted pos when >= 0.5. */
    private static final double[] P_POS = {0.9, 0.8, 0.7, 0.4, 0.3, 0.45, 0.2, 0.1};

    private static CheckRun binary() {
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(),
                "pos", "neg", "pos", "pos", "neg", "neg", "pos", "neg")));
        double[][] probabilities = new double[P_POS.length][];
        int[] predicted = new int[P_POS.length];
        for (int i = 0; i < P_POS.length; i++) {
            probabilities[i] = new double[]{1 - P_POS[i], P_POS[i]};
            predicted[i] = P_POS[i] >= 0.5 ? 1 : 0;
        }
        FixedModel model = FixedModel.classifier("neg", "pos").on("test", predicted, probabilities);
        return CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model)
                .parameter(ID, "positiveClass", "pos");
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void binaryMeasuresByHandAndAsScikitLearnGivesThem() {
        CheckResult r = binary().runOne(new ClassificationPerformanceCheck());

        // confusion of pos: TP 2 (rows 0, 2), FP 1 (row 1), FN 2 (rows 3, 6), TN 3
        double tp = 2;
        double fp = 1;
        double fn = 2;
        double tn = 3;
        double mcc = (tp * tn - fp * fn) / Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        assertThat(value(r, "mcc")).isCloseTo(mcc, within(1e-15));
        // sklearn 1.2.1: matthews_corrcoef(y, pred) = 0.2581988897471611
        assertThat(value(r, "mcc")).isCloseTo(0.2581988897471611, within(1e-15));
        double logLoss = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.7) + Math.log(0.4) + Math.log(0.7)
                + Math.log(0.55) + Math.log(0.2) + Math.log(0.9)) / 8;
        assertThat(value(r, "log_loss")).isCloseTo(logLoss, within(1e-15));
        double brier = (0.01 + 0.64 + 0.09 + 0.36 + 0.09 + 0.2025 + 0.64 + 0.01) / 8;
        assertThat(value(r, "brier")).isCloseTo(brier, within(1e-15));
        // sklearn 1.2.1 with /usr/bin/python3: average_precision_score(y, p) = 0.7095238095238094,
        // brier_score_loss = 0.25531250000000005, log_loss = 0.7071343095863867, roc_auc_score = 0.625,
        // precision_score / recall_score average='macro' = 0.6333333333333333 / 0.625
        assertThat(value(r, "average_precision")).isCloseTo(0.7095238095238094, within(1e-15));
        assertThat(value(r, "brier")).isCloseTo(0.25531250000000005, within(1e-15));
        assertThat(value(r, "log_loss")).isCloseTo(0.7071343095863867, within(1e-15));
        assertThat(value(r, "auc")).isEqualTo(0.625);
        assertThat(value(r, "macro_precision")).isCloseTo(0.6333333333333333, within(1e-15));
        assertThat(value(r, "macro_recall")).isCloseTo(0.625, within(1e-15));
        // AP by hand: thresholds 0.9 (R 1/4, P 1), 0.7 (R 2/4, P 2/3), 0.4 (R 3/4, P 3/5), 0.2 (R 1, P 4/7)
        assertThat(value(r, "average_precision")).isCloseTo((1 + 2.0 / 3 + 3.0 / 5 + 4.0 / 7) / 4, within(1e-15));
        // ECE: bins 0.9|1, 0.8|0, 0.7|1, {0.4, 0.45}|{1, 0}, 0.3|0, 0.2|1, 0.1|0
        double ece = (0.1 + 0.8 + 0.3 + 2 * Math.abs(0.425 - 0.5) + 0.3 + 0.8 + 0.1) / 8;
        assertThat(value(r, "ece")).isCloseTo(ece, within(1e-15));
        assertThat(r.measure("auc_ovr_macro")).isEmpty();
        for (String m : List.of("mcc", "log_loss", "brier", "average_precision", "ece", "macro_precision")) {
            assertThat(r.measure(m).orElseThrow().interval()).as(m).isNotNull();
        }
    }

    @Test
    void theCurvesAreScikitLearnsPointsAndTheReliabilityTableItsBins() {
        CheckResult r = binary().runOne(new ClassificationPerformanceCheck());

        // sklearn roc_curve(drop_intermediate=False) without its leading (inf, 0, 0)
        assertThat(rows(table(r, "roc-curve"), "threshold", "false_positive_rate", "true_positive_rate"))
                .containsExactly(List.of(0.9, 0.0, 0.25), List.of(0.8, 0.25, 0.25), List.of(0.7, 0.25, 0.5),
                        List.of(0.45, 0.5, 0.5), List.of(0.4, 0.5, 0.75), List.of(0.3, 0.75, 0.75),
                        List.of(0.2, 0.75, 1.0), List.of(0.1, 1.0, 1.0));
        // sklearn precision_recall_curve, reversed to highest threshold first
        List<List<Object>> pr = rows(table(r, "pr-curve"), "threshold", "recall", "precision");
        assertThat(pr).hasSize(8);
        assertThat(pr.get(0)).containsExactly(0.9, 0.25, 1.0);
        assertThat(pr.get(2)).containsExactly(0.7, 0.5, 2.0 / 3);
        assertThat(pr.get(6)).containsExactly(0.2, 1.0, 4.0 / 7);

        ResultTable reliability = table(r, "reliability");
        assertThat(reliability.rows()).hasSize(10);
        assertThat(rows(reliability, "bin", "rows", "mean_predicted", "observed_rate").get(4))
                .containsExactly("0.4 .. 0.5", 2L, (0.4 + 0.45) / 2, 0.5);
        assertThat(rows(reliability, "bin", "rows", "mean_predicted", "observed_rate").get(5))
                .containsExactly("0.5 .. 0.6", 0L, null, null);
        assertThat(r.charts()).extracting(c -> c.name()).containsExactly("confusion-matrix", "reliability");
        assertThat(r.charts().get(1).kind()).isEqualTo(ChartKind.BARS);
        assertThat(r.charts().get(1).categories()).hasSize(7);
    }

    @Test
    void curvesAreThinnedToAtMost101PointsKeepingBothEnds() {
        double[] score = new double[1000];
        boolean[] positive = new boolean[1000];
        for (int i = 0; i < score.length; i++) {
            score[i] = i / 1000.0;
            positive[i] = i % 3 == 0;
        }
        List<double[]> curve = new RankedScores(score, positive).curve(101);
        assertThat(curve).hasSize(101);
        assertThat(curve.get(0)[0]).isEqualTo(0.999);
        assertThat(curve.get(100)[0]).isEqualTo(0.0);
        assertThat(curve.get(100)[1]).isEqualTo(1.0);
        assertThat(curve.get(100)[2]).isEqualTo(1.0);
    }

    @Test
    void multiClassMeasuresAsScikitLearnGivesThem() {
        // /usr/bin/python3, sklearn 1.2.1: y = [0,0,1,1,2,2,0,1,2], P as below, pred = P.argmax(1) (first on a tie):
        // roc_auc_score(y, P, multi_class='ovr', average='macro') = 0.9259259259259259, log_loss = 0.6887413065693153,
        // mean(sum((P - onehot)^2)) = 0.38888888888888895, matthews_corrcoef = 0.6666666666666666,
        // precision_score / recall_score average='macro' = 0.7777777777777777 each
        double[][] p = {{.7, .2, .1}, {.4, .4, .2}, {.1, .6, .3}, {.3, .3, .4}, {.2, .2, .6}, {.1, .5, .4},
                {.6, .3, .1}, {.2, .7, .1}, {.3, .3, .4}};
        int[] predicted = {0, 0, 1, 2, 2, 1, 0, 1, 2};
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(),
                "a", "a", "b", "b", "c", "c", "a", "b", "c")));
        FixedModel model = FixedModel.classifier("a", "b", "c").on("test", predicted, p);

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model)
                .runOne(new ClassificationPerformanceCheck());

        assertThat(value(r, "auc_ovr_macro")).isCloseTo(0.9259259259259259, within(1e-15));
        assertThat(value(r, "log_loss")).isCloseTo(0.6887413065693153, within(1e-15));
        assertThat(value(r, "brier")).isCloseTo(0.38888888888888895, within(1e-15));
        assertThat(value(r, "mcc")).isCloseTo(0.6666666666666666, within(1e-15));
        assertThat(value(r, "macro_precision")).isCloseTo(0.7777777777777777, within(1e-15));
        assertThat(value(r, "macro_recall")).isCloseTo(0.7777777777777777, within(1e-15));
        // no positive class declared among three: no AUC, AP or curves, top-label calibration
        assertThat(r.measure("auc")).isEmpty();
        assertThat(r.measure("average_precision")).isEmpty();
        assertThat(r.tables()).extracting(t -> t.name()).doesNotContain("roc-curve", "pr-curve")
                .contains("reliability");
    }

    @Test
    void withoutProbabilitiesThereIsNoProbabilityMeasure() {
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), "a", "b", "a")));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("a", "b").on("test", "a", "b", "b")).runOne(new ClassificationPerformanceCheck());

        assertThat(r.measures()).extracting(Measure::name).doesNotContain("auc", "average_precision", "log_loss",
                "brier", "ece", "auc_ovr_macro").contains("mcc", "macro_precision", "macro_recall");
        assertThat(r.tables()).extracting(t -> t.name()).doesNotContain("reliability", "roc-curve");
    }

    @Test
    void aCriterionWhoseIntervalStraddlesItsThresholdLeavesTheDataVolumeUnjustified() {
        CheckResult r = binary().criterion(ID, "accuracy >= 0.5").runOne(new ClassificationPerformanceCheck());

        Measure accuracy = r.measure("accuracy").orElseThrow();
        ConfidenceInterval ci = accuracy.interval();
        assertThat(accuracy.passed()).isTrue();                       // 5 of 8 right
        assertThat(ci.lower()).isLessThan(0.5);                       // but 8 rows cannot tell
        assertThat(value(r, "criteria_undecided")).isEqualTo(1);
        assertThat(r.measure("criteria_undecided").orElseThrow().passed()).isFalse();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rows(table(r, "criteria-decided"), "criterion", "value", "ci_lower", "ci_upper", "margin",
                "decided")).containsExactly(List.of("accuracy >= 0.5", 0.625, ci.lower(), ci.upper(),
                ci.lower() - 0.5, false));
        assertThat(en(r)).endsWith(" The 95% intervals decide 0 of 1 criterion (C-1.1a): accuracy >= 0.5: "
                + "undecided, the 95% CI " + num(ci.lower()) + "-" + num(ci.upper())
                + " straddles the threshold, margin " + num(ci.lower() - 0.5) + ".");
    }

    @Test
    void aCriterionFarBelowTheModelIsDecidedOnEightRows() {
        CheckResult r = binary().criterion(ID, "accuracy >= 0.1").criterion(ID, "log_loss <= 5")
                .runOne(new ClassificationPerformanceCheck());

        ConfidenceInterval ci = r.measure("accuracy").orElseThrow().interval();
        assertThat(value(r, "criteria_undecided")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).contains("The 95% intervals decide 2 of 2 criteria (C-1.1a): accuracy >= 0.1: decided, "
                + "95% CI " + num(ci.lower()) + "-" + num(ci.upper()) + ", margin " + num(ci.lower() - 0.1));
    }

    @Test
    void aGoodModelOnThreeHundredRowsMeetsTheDefaultWhereAFixedWidthWouldFailIt() {
        int n = 300;
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3 == 0 ? "yes" : "no";
            predicted[i] = i % 10 == 0 ? (truth[i].equals("yes") ? "no" : "yes") : truth[i];    // 90% right
        }
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted))
                .criterion(ID, "accuracy >= 0.8").criterion(ID, "balanced_accuracy >= 0.7")
                .runOne(new ClassificationPerformanceCheck());

        assertThat(value(r, "accuracy")).isEqualTo(0.9);
        assertThat(value(r, "accuracy_ci_width")).isGreaterThan(0.05);   // the former default would fail it
        assertThat(r.measure("accuracy_ci_width").orElseThrow().isJudged()).isFalse();
        assertThat(value(r, "criteria_undecided")).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    private static String num(double v) {
        return en(Message.of("literal", Arg.num(v)));
    }
}
