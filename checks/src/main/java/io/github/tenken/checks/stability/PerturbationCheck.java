package io.github.tenken.checks.stability;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
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
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * C-1.2a and C-2.2a: how stable the model's predictions are in the neighbourhood of the test data. Only the columns
 * the model reads ({@link Model#features()}; every feature column when it does not say, and the result says so)
 * are perturbed, in new tables made from a seeded sample of at most {@code maxRows} test rows: at noise level
 * {@code e}, a numeric feature gets Gaussian noise of {@code e} times its standard deviation (of the training data
 * when given, else of the test data; from the fused scan), a categorical feature's value is swapped, with
 * probability {@code e}, for another value observed in the test data; identifier columns are never touched.
 *
 * <p>{@code flip_rate} is the share of sampled rows whose prediction changed at level {@code epsilon}, with its 95%
 * Wilson interval (default criterion {@code flip_rate <= 0.05}); each feature is also perturbed alone
 * ({@code flip_rate.<feature>}). The sweep perturbs every feature at each of {@code levels} and reports the flip
 * rate per level with its interval (a table and a chart); {@code max_stable_noise} is the largest level up to which
 * every level's flip rate meets the flip_rate criterion (0 when the smallest does not). For a regressor a prediction
 * "flips" when it moves more than {@code regressionTolerance} standard deviations of the test predictions, and
 * {@code mean_abs_change} is the mean absolute move in those standard deviations.
 *
 * <p>A model that reads no column that can be perturbed makes the check NOT_APPLICABLE, never a pass. The original
 * predictions are the engine's shared predictions of the test data; the datasets are never changed.
 */
public final class PerturbationCheck implements Check {

    static final String ID = "c2.perturbation";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Prediction stability under small input noise", InternalCharacteristic.C_2)
            .description("Perturbs the features the model reads on sampled test rows (Gaussian noise on numeric "
                    + "features, value swaps on categorical ones) and measures how often the model's prediction "
                    + "changes, with a 95% interval, at epsilon and over a sweep of noise levels.")
            .items("C-1.2a", "C-2.2a")
            .needs(Input.TEST_DATA, Input.MODEL)
            .parameters(
                    ParameterSpec.real("epsilon", 0.05, 0.0, 10.0,
                            "noise level judged: numeric noise in standard deviations, swap probability of categorical values"),
                    ParameterSpec.text("levels", "0.01,0.02,0.05,0.1,0.2,0.5",
                            "noise levels of the sweep, comma-separated"),
                    ParameterSpec.integer("maxRows", 2000, 1, Integer.MAX_VALUE, "test rows sampled at most"),
                    ParameterSpec.real("regressionTolerance", 0.1, 0.0, 100.0,
                            "a regressor's prediction flips when it moves more than this many prediction standard deviations"))
            .criteria("flip_rate <= 0.05")
            .measures("flip_rate", "flip_rate.*", "mean_abs_change", "max_stable_noise", "rows", "perturbed_features")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public PerturbationCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** A feature to perturb: numeric with the handle of its spread, or categorical ({@code spread} null). */
    private record Target(String feature, Stat<NumericStats> spread) {
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!model.predictsNewRows()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable.replay", model.description()));
        }
        NoiseLevels.parse(ctx.parameters().getList("levels"));   // a wrong list is an error before any scan
        Schema test = ctx.requireSchema(DatasetRole.TEST);
        boolean declared = !model.features().isEmpty();
        List<Target> targets = new ArrayList<>();
        for (String f : readColumns(ctx, model, test)) {
            if (test.type(f) == ColumnType.NUMERIC) {
                targets.add(new Target(f, ctx.stat(stdSource(ctx, f), new NumericSummary(f))));
            } else if (test.type(f) == ColumnType.CATEGORICAL) {
                targets.add(new Target(f, null));
            }
        }
        if (targets.isEmpty()) {
            Message why = declared
                    ? Message.of(ID + ".notApplicable.noFeatureRead", Arg.join(model.features().stream()
                    .map(Arg::text).toList()))
                    : Message.of(ID + ".notApplicable.noFeature");
            return run -> Outcome.notApplicable(why);
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model, targets, declared);
    }

    /** The columns the model reads (every feature column when it does not say), never the label. */
    private static List<String> readColumns(PlanContext ctx, Model model, Schema test) {
        List<String> read = model.features().isEmpty() ? ctx.roles().features(test) : model.features();
        String label = ctx.roles().labelColumn().orElse(null);
        return read.stream().filter(test::has).filter(f -> !f.equals(label)).distinct().toList();
    }

    private Outcome run(CheckContext ctx, Model model, List<Target> targets, boolean declared) {
        Table test = ctx.table(DatasetRole.TEST);
        Predictions original = ctx.predictions(DatasetRole.TEST);
        double epsilon = ctx.parameters().getDouble("epsilon");
        List<Double> levels = NoiseLevels.parse(ctx.parameters().getList("levels"));
        SplittableRandom random = new SplittableRandom(ctx.seed());
        int[] rows = TableRows.sample(test.rowCount(), ctx.parameters().getInt("maxRows"), random);
        Table sample = TableRows.select(test, rows, test.name() + " (sample)");

        List<ColumnPerturbation> drawn = new ArrayList<>();
        for (Target t : targets) {
            drawn.add(t.spread() == null
                    ? CategorySwap.draw(t.feature(), test.categorical(t.feature()), sample.categorical(t.feature()),
                    random.split())
                    : FeatureNoise.draw(t.feature(), ctx.get(t.spread()).stddev(), t.spread().role().key(),
                    rows.length, random.split()));
        }
        List<ColumnPerturbation> perturbed = drawn.stream().filter(ColumnPerturbation::isPerturbed).toList();
        if (perturbed.isEmpty()) {
            return Outcome.notApplicable(Message.of(ID + ".notApplicable.noSpread"));
        }
        double predictionStd = original.kind() == ModelKind.REGRESSION ? std(original.copyValues()) : Double.NaN;
        double tolerance = ctx.parameters().getDouble("regressionTolerance");
        Perturber perturber = (features, level, what) -> {
            Map<String, Column> replaced = new LinkedHashMap<>();
            for (ColumnPerturbation p : features) {
                replaced.put(p.feature(), p.applyTo(sample.column(p.feature()), level));
            }
            Table copy = TableRows.replace(sample, replaced, sample.name() + " perturbed: " + what);
            Predictions p = model.predict(copy);
            if (p.size() != copy.rowCount()) {
                throw new IllegalStateException("model " + model.description() + " gave " + p.size()
                        + " predictions for " + copy.rowCount() + " perturbed rows");
            }
            return PredictionChange.between(original, rows, p, predictionStd, tolerance);
        };
        PredictionChange atEpsilon = perturber.change(perturbed, epsilon, "all at " + epsilon);
        Map<Double, PredictionChange> sweep = new LinkedHashMap<>();
        for (double level : levels) {
            sweep.put(level, level == epsilon ? atEpsilon : perturber.change(perturbed, level, "all at " + level));
        }
        Map<String, PredictionChange> single = new LinkedHashMap<>();
        for (ColumnPerturbation p : perturbed) {
            single.put(p.feature(), perturber.change(List.of(p), epsilon, p.feature() + " at " + epsilon));
        }
        Optional<Criterion> criterion = ctx.criterion("flip_rate");
        Optional<Double> stable = criterion.map(c -> maxStableNoise(sweep, c));

        Outcome.Builder outcome = Outcome.builder();
        outcome.measure(ctx.judged("flip_rate", atEpsilon.flipRate(), "ratio")
                .withInterval(WilsonInterval.of(atEpsilon.flips(), atEpsilon.rows())));
        if (original.kind() == ModelKind.REGRESSION) {
            outcome.measure(ctx.judged("mean_abs_change", atEpsilon.meanAbsChange(), "ratio"));
        }
        stable.ifPresent(s -> outcome.measure(ctx.judged("max_stable_noise", s, "")));
        single.forEach((f, c) -> outcome.measure(ctx.judged("flip_rate." + f, c.flipRate(), "ratio")));
        outcome.measure(Measure.of("rows", rows.length, "rows"));
        outcome.measure(Measure.of("perturbed_features", perturbed.size(), "features"));
        PerturbationReport report = new PerturbationReport(drawn, single, sweep, epsilon, sample);
        return outcome.table(report.featureTable()).table(report.sweepTable())
                .chart(report.featureChart()).chart(report.sweepChart())
                .explanation(report.sentence(declared, rows.length < test.rowCount(), atEpsilon, criterion, stable))
                .build();
    }

    /** Predicts the sample with these features perturbed at a level and compares with the original predictions. */
    @FunctionalInterface
    private interface Perturber {
        PredictionChange change(List<ColumnPerturbation> features, double level, String what);
    }

    /**
     * The largest level up to which every level of the sweep meets the criterion: the end of the stable range that
     * starts at no noise (a level that meets it after one that fails does not count); 0 when the smallest fails.
     */
    static double maxStableNoise(Map<Double, PredictionChange> sweep, Criterion criterion) {
        double stable = 0;
        for (Map.Entry<Double, PredictionChange> e : sweep.entrySet()) {
            if (!criterion.holds(e.getValue().flipRate())) {
                break;
            }
            stable = e.getKey();
        }
        return stable;
    }

    /** The training data when they hold the feature as a number, else the test data. */
    private static DatasetRole stdSource(PlanContext ctx, String feature) {
        boolean inTraining = ctx.schema(DatasetRole.TRAINING).map(s -> s.is(feature, ColumnType.NUMERIC)).orElse(false);
        return inTraining ? DatasetRole.TRAINING : DatasetRole.TEST;
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
}
