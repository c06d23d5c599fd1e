package io.github.tenken.checks.stability;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * C-2.2a: how stable the model's predictions are in the neighbourhood of the test data. On a seeded sample of at
 * most {@code maxRows} test rows, every numeric feature gets Gaussian noise of {@code epsilon} times its standard
 * deviation (of the training data when given, else of the test data; from the fused scan) in a new table; the
 * model predicts the perturbed copy, and {@code flip_rate} is the share of rows whose prediction changed (default
 * criterion {@code flip_rate <= 0.05}). For a regressor a prediction "flips" when it moves more than
 * {@code regressionTolerance} standard deviations of the test predictions, and {@code mean_abs_change} is the mean
 * absolute move in those standard deviations. Each feature is also perturbed alone ({@code flip_rate.<feature>}).
 *
 * <p>The original predictions are the engine's shared predictions of the test data; only the perturbed copies are
 * predicted here. The datasets are never changed.
 */
public final class PerturbationCheck implements Check {

    private static final String ID = "c2.perturbation";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Prediction stability under small input noise", InternalCharacteristic.C_2)
            .description("Adds small Gaussian noise to the numeric features of sampled test rows and measures how "
                    + "often the model's prediction changes.")
            .items("C-2.2a")
            .needs(Input.TEST_DATA, Input.MODEL)
            .parameters(
                    ParameterSpec.real("epsilon", 0.05, 0.0, 10.0,
                            "noise standard deviation as a multiple of each feature's standard deviation"),
                    ParameterSpec.integer("maxRows", 2000, 1, Integer.MAX_VALUE, "test rows sampled at most"),
                    ParameterSpec.real("regressionTolerance", 0.1, 0.0, 100.0,
                            "a regressor's prediction flips when it moves more than this many prediction standard deviations"))
            .criteria("flip_rate <= 0.05")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public PerturbationCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<String> features = numericFeatures(ctx);
        if (features.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable.noNumeric"));
        }
        Model model = ctx.model().orElseThrow();
        if (!model.predictsNewRows()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable.replay", model.description()));
        }
        Map<String, Stat<NumericStats>> spread = new LinkedHashMap<>();
        for (String f : features) {
            spread.put(f, ctx.stat(stdSource(ctx, f), new NumericSummary(f)));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model, spread);
    }

    private Outcome run(CheckContext ctx, Model model, Map<String, Stat<NumericStats>> spread) {
        Table test = ctx.table(DatasetRole.TEST);
        Predictions original = ctx.predictions(DatasetRole.TEST);
        double epsilon = ctx.parameters().getDouble("epsilon");
        SplittableRandom random = new SplittableRandom(ctx.seed());
        int[] rows = TableRows.sample(test.rowCount(), ctx.parameters().getInt("maxRows"), random);
        Table sample = TableRows.select(test, rows, test.name() + " (sample)");

        List<FeatureNoise> noises = new ArrayList<>();
        for (Map.Entry<String, Stat<NumericStats>> e : spread.entrySet()) {
            double std = ctx.get(e.getValue()).stddev();
            noises.add(FeatureNoise.draw(e.getKey(), std, e.getValue().role().key(), epsilon, rows.length,
                    random.split()));
        }
        List<FeatureNoise> perturbed = noises.stream().filter(FeatureNoise::isPerturbed).toList();
        if (perturbed.isEmpty()) {
            return Outcome.notApplicable(Message.of(ID + ".notApplicable.noSpread"));
        }
        double predictionStd = original.kind() == ModelKind.REGRESSION ? std(original.copyValues()) : Double.NaN;
        double tolerance = ctx.parameters().getDouble("regressionTolerance");
        PredictionChange all = change(model, sample, perturbed, original, rows, predictionStd, tolerance, "all");
        Map<String, PredictionChange> single = new LinkedHashMap<>();
        for (FeatureNoise n : perturbed) {
            single.put(n.feature(), change(model, sample, List.of(n), original, rows, predictionStd, tolerance,
                    n.feature()));
        }

        Outcome.Builder outcome = Outcome.builder();
        outcome.measure(judged(ctx, "flip_rate", all.flipRate()));
        if (original.kind() == ModelKind.REGRESSION) {
            outcome.measure(judged(ctx, "mean_abs_change", all.meanAbsChange()));
        }
        single.forEach((f, c) -> outcome.measure(judged(ctx, "flip_rate." + f, c.flipRate())));
        outcome.measure(Measure.of("rows", rows.length, "rows"));
        return outcome.table(featureTable(noises, single, epsilon))
                .chart(new Chart("flip-rate-by-feature", Message.of(ID + ".chart"), ChartKind.BARS,
                        List.copyOf(single.keySet()), List.of(ChartSeries.of("flip_rate", Message.of("column.flip_rate"),
                        single.values().stream().mapToDouble(PredictionChange::flipRate).toArray())),
                        Message.of("axis.feature"), Message.of("axis.share")))
                .explanation(sentence(epsilon, perturbed, noises.size(), rows.length, test.rowCount(), all, single))
                .build();
    }

    private static PredictionChange change(Model model, Table sample, List<FeatureNoise> noises, Predictions original,
                                           int[] rows, double predictionStd, double tolerance, String what) {
        Map<String, NumericColumn> replaced = new LinkedHashMap<>();
        for (FeatureNoise n : noises) {
            replaced.put(n.feature(), n.applyTo(sample.numeric(n.feature())));
        }
        Table copy = TableRows.replace(sample, replaced, sample.name() + " perturbed: " + what);
        Predictions p = model.predict(copy);
        if (p.size() != copy.rowCount()) {
            throw new IllegalStateException("model " + model.description() + " gave " + p.size()
                    + " predictions for " + copy.rowCount() + " perturbed rows");
        }
        return PredictionChange.between(original, rows, p, predictionStd, tolerance);
    }

    /** The numeric columns of the test data that are features (not the label, not ignored). */
    private static List<String> numericFeatures(PlanContext ctx) {
        Schema test = ctx.requireSchema(DatasetRole.TEST);
        return ctx.roles().features(test).stream().filter(f -> test.type(f) == ColumnType.NUMERIC).toList();
    }

    /** The training data when they hold the feature as a number, else the test data. */
    private static DatasetRole stdSource(PlanContext ctx, String feature) {
        boolean inTraining = ctx.schema(DatasetRole.TRAINING).map(s -> s.is(feature, ColumnType.NUMERIC)).orElse(false);
        return inTraining ? DatasetRole.TRAINING : DatasetRole.TEST;
    }

    private static Measure judged(CheckContext ctx, String name, double value) {
        return ctx.judged(name, value, "ratio");
    }

    /**
     * The sample standard deviation, scaled so that values near +-1e308 give the finite answer: halves of the
     * deviations never overflow, and their squares are summed divided by the largest of them.
     */
    static double std(double[] v) {
        int n = v.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double x : v) {
            mean += x / n;
        }
        double largest = 0;
        for (double x : v) {
            largest = Math.max(largest, Math.abs(x / 2 - mean / 2));
        }
        if (largest == 0 || !Double.isFinite(largest)) {
            return largest == 0 ? 0 : Double.NaN;
        }
        double ss = 0;
        for (double x : v) {
            double r = (x / 2 - mean / 2) / largest;
            ss += r * r;
        }
        return largest * (2 * Math.sqrt(ss / (n - 1)));
    }

    private static ResultTable featureTable(List<FeatureNoise> noises, Map<String, PredictionChange> single,
                                            double epsilon) {
        ResultTable.Builder t = ResultTable.builder("features", Message.of(ID + ".table"),
                "feature", "standard_deviation", "std_of", "noise_standard_deviation", "flip_rate_alone");
        for (FeatureNoise n : noises) {
            PredictionChange c = single.get(n.feature());
            t.row(n.feature(), Double.isNaN(n.std()) ? null : n.std(), n.source(),
                    n.isPerturbed() ? epsilon * n.std() : null, c == null ? null : c.flipRate());
        }
        return t.build();
    }

    private static Message sentence(double epsilon, List<FeatureNoise> perturbed, int numeric, int sampled, int rows,
                                    PredictionChange all, Map<String, PredictionChange> single) {
        var worst = single.entrySet().stream()
                .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(PredictionChange::flipRate)))
                .orElseThrow();
        Message unperturbed = perturbed.size() < numeric
                ? Message.of(ID + ".withoutSpread", Arg.count(numeric - perturbed.size())) : Message.literal("");
        Message change = Double.isNaN(all.meanAbsChange()) ? Message.literal("")
                : Message.of(ID + ".meanChange", Arg.num(all.meanAbsChange()));
        return Message.of(sampled < rows ? ID + ".summarySampled" : ID + ".summary", Arg.num(epsilon),
                Arg.count(perturbed.size()), unperturbed, Arg.share(all.flipRate()), Arg.count(sampled), change,
                worst.getKey(), Arg.share(worst.getValue().flipRate()));
    }
}
