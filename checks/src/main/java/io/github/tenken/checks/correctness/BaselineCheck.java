package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * C-1.1b support: whether the model beats the trivial predictors, with its bootstrap 95% interval rather than its point
 * value. A classifier is compared with the majority-class predictor and the stratified predictor (a class drawn per
 * row with the test labels' shares, seeded, as scikit-learn's {@code DummyClassifier(strategy="stratified")}) on
 * accuracy, balanced accuracy and macro F1; a regressor with the mean predictor on RMSE, MAE and R² (which is 0 for
 * the mean). A baseline is beaten when, on every metric, the model's interval lies wholly on the better side of the
 * baseline's value (lower bound above it, or for an error upper bound below it).
 *
 * <p>The baselines take the class shares and the mean from the test labels themselves, which favours them (they know
 * the test distribution the model had to learn): beating them is the weaker claim made conservatively. The majority
 * class is the first in class order on a tie. {@code beats_baselines} is 1 when every baseline is beaten (default
 * criterion {@code beats_baselines == 1}); {@code min_margin} is the smallest margin over every comparison.
 */
public final class BaselineCheck implements Check {

    private static final String ID = "c1.baseline";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "The model beats trivial baselines", InternalCharacteristic.C_1)
            .description("Compares the model with the majority-class and stratified predictors (classification: "
                    + "accuracy, balanced accuracy, macro F1) or the mean predictor (regression: RMSE, MAE, R2); a "
                    + "baseline is beaten when the model's bootstrap 95% interval lies on the better side of it.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                    "bootstrap replicates for the 95% confidence intervals"))
            .criteria("beats_baselines == 1")
            .measures("beats_baselines", "min_margin", "beats_majority", "beats_stratified", "beats_mean",
                    "majority_accuracy", "majority_balanced_accuracy", "majority_macro_f1", "stratified_accuracy",
                    "stratified_balanced_accuracy", "stratified_macro_f1", "mean_rmse", "mean_mae", "mean_r2")
            .build();

    /** One comparison: the baseline, the metric, the baseline's value, the model's value and interval. */
    private record Comparison(String baseline, String metric, double baselineValue, double value,
                              ConfidenceInterval ci, boolean higherIsBetter) {
        double margin() {
            if (ci == null) {
                return Double.NaN;
            }
            return higherIsBetter ? ci.lower() - baselineValue : baselineValue - ci.upper();
        }

        boolean beaten() {
            return margin() > 0;
        }
    }

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public BaselineCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        LabelledPredictions labelled = ctx.labelled(DatasetRole.TEST);
        if (labelled.size() == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\"");
        }
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        List<Comparison> comparisons = labelled.kind() == ModelKind.CLASSIFICATION
                ? classification(labelled, bootstrap, ctx.seed()) : regression(labelled, bootstrap);
        List<String> baselines = comparisons.stream().map(Comparison::baseline).distinct().toList();

        List<Measure> measures = new ArrayList<>();
        List<String> notBeaten = new ArrayList<>();
        for (String b : baselines) {
            boolean beaten = comparisons.stream().filter(c -> c.baseline.equals(b)).allMatch(Comparison::beaten);
            measures.add(ctx.judged("beats_" + b, beaten ? 1 : 0, ""));
            if (!beaten) {
                notBeaten.add(b);
            }
        }
        measures.add(0, ctx.judged("beats_baselines", notBeaten.isEmpty() ? 1 : 0, ""));
        double minMargin = comparisons.stream().mapToDouble(Comparison::margin).min().orElse(Double.NaN);
        measures.add(ctx.judged("min_margin", minMargin, ""));
        for (Comparison c : comparisons) {
            measures.add(ctx.judged(c.baseline + "_" + c.metric, c.baselineValue, ""));
        }

        Outcome.Builder outcome = Outcome.builder().status(Outcome.statusOf(measures));
        measures.forEach(outcome::measure);
        ResultTable.Builder t = ResultTable.builder("baselines", Message.of(ID + ".table"),
                "baseline", "metric", "baseline_value", "value", "ci_lower", "ci_upper", "margin", "beaten");
        for (Comparison c : comparisons) {
            t.row(Message.of(ID + ".name." + c.baseline), c.metric, cell(c.baselineValue), cell(c.value),
                    c.ci == null ? null : c.ci.lower(), c.ci == null ? null : c.ci.upper(), cell(c.margin()),
                    c.beaten());
        }
        outcome.table(t.build());
        Comparison tightest = comparisons.stream().filter(c -> !Double.isNaN(c.margin()))
                .min(java.util.Comparator.comparingDouble(Comparison::margin)).orElse(comparisons.get(0));
        Message verdict = notBeaten.isEmpty() ? Message.of(ID + ".beatsAll", Arg.count(baselines.size()))
                : Message.of(ID + ".notBeaten", notBeaten.stream().map(b -> Message.of(ID + ".name." + b)).toList());
        return outcome.explanation(Message.of(ID + ".summary", verdict, Message.of(ID + ".name." + tightest.baseline),
                tightest.metric, Arg.num(tightest.baselineValue), Arg.num(tightest.value),
                tightest.ci == null ? Message.literal("") : Message.of("interval.number", Arg.num(tightest.ci.lower()),
                        Arg.num(tightest.ci.upper())), Arg.num(tightest.margin()))).build();
    }

    private static List<Comparison> classification(LabelledPredictions labelled, PoissonBootstrap bootstrap,
                                                   long seed) {
        int classes = labelled.classes().size();
        int[] truth = labelled.truth();
        long[] counts = labelled.counts();
        int majority = 0;
        for (int k = 1; k < classes; k++) {
            if (counts[k] > counts[majority]) {
                majority = k;
            }
        }
        int[] constant = new int[truth.length];
        java.util.Arrays.fill(constant, majority);
        ConfusionCounts majorityCounts = ConfusionCounts.of(truth, constant, null, classes);
        ConfusionCounts stratifiedCounts = ConfusionCounts.of(truth, stratified(counts, truth.length, seed), null,
                classes);
        ConfusionCounts model = ConfusionCounts.of(truth, labelled.predicted(), null, classes);
        ConfusionReplicates replicates = ConfusionReplicates.all(bootstrap, truth, labelled.predicted(), classes,
                1 << 14);
        double[][] values = new double[3][bootstrap.replicates()];
        for (int r = 0; r < bootstrap.replicates(); r++) {
            ConfusionCounts c = replicates.replicate(r);
            values[0][r] = c.accuracy();
            values[1][r] = c.balancedAccuracy();
            values[2][r] = c.macroF1();
        }
        String[] metrics = {"accuracy", "balanced_accuracy", "macro_f1"};
        List<Comparison> out = new ArrayList<>();
        for (String baseline : List.of("majority", "stratified")) {
            ConfusionCounts b = baseline.equals("majority") ? majorityCounts : stratifiedCounts;
            double[] baselineValues = {b.accuracy(), b.balancedAccuracy(), b.macroF1()};
            double[] modelValues = {model.accuracy(), model.balancedAccuracy(), model.macroF1()};
            for (int m = 0; m < 3; m++) {
                out.add(new Comparison(baseline, metrics[m], baselineValues[m], modelValues[m],
                        bootstrap.interval(values[m]), true));
            }
        }
        return out;
    }

    /** Classes drawn per row with the labels' shares, from one seeded generator in row order. */
    static int[] stratified(long[] counts, int n, long seed) {
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] cumulative = new double[counts.length];
        double running = 0;
        for (int k = 0; k < counts.length; k++) {
            running += counts[k];
            cumulative[k] = running / total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] drawn = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int k = 0;
            while (k < counts.length - 1 && u >= cumulative[k]) {
                k++;
            }
            drawn[i] = k;
        }
        return drawn;
    }

    private static List<Comparison> regression(LabelledPredictions labelled, PoissonBootstrap bootstrap) {
        double[] actual = labelled.actual();
        double[] mean = new double[actual.length];
        double m = java.util.Arrays.stream(actual).sum() / actual.length;
        java.util.Arrays.fill(mean, m);
        double[] baseline = new RegressionErrors(actual, mean).metrics(null);
        double[] model = new RegressionErrors(actual, labelled.predictedValues()).metrics(null);
        RegressionReplicates replicates = RegressionReplicates.all(bootstrap, actual, labelled.predictedValues(),
                1 << 14);
        double[][] values = new double[3][bootstrap.replicates()];
        for (int b = 0; b < bootstrap.replicates(); b++) {
            double[] r = replicates.metrics(b);
            for (int s = 0; s < 3; s++) {
                values[s][b] = r[s];
            }
        }
        return List.of(
                new Comparison("mean", "rmse", baseline[0], model[0], bootstrap.interval(values[0]), false),
                new Comparison("mean", "mae", baseline[1], model[1], bootstrap.interval(values[1]), false),
                new Comparison("mean", "r2", 0, model[2], bootstrap.interval(values[2]), true));
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
