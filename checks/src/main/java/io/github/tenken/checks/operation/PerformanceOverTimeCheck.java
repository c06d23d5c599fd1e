package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;

import java.util.List;

/**
 * E-1 performance over time: labelled operation data are cut into windows (by a time column, or consecutive rows),
 * and in each the model's accuracy (RMSE for a regressor) with a 95% bootstrap interval and its predictions' share
 * of the positive class (mean prediction) are measured; the trend is the least-squares slope of the metric over the
 * windows, and the judged measure the worst window's drop from the test data's metric (guideline E-1.2a:
 * degradation monitored in operation). Unlabelled operation data are not applicable: {@code e1.operation-drift}
 * watches their inputs.
 *
 * <p>{@code max_window_drop} is the test accuracy minus the worst window's accuracy, or, for a regressor, the worst
 * window's RMSE over the test RMSE, minus 1 (a relative increase); the default criterion allows 0.05 of either.
 *
 * <p>Each window's inputs are also compared with the test data's, feature by feature ({@link WindowDrift}: KS or
 * chi-square, Benjamini-Hochberg, an effect of at least 0.1): the table gives per window how many of the model's
 * features drifted and which drifted most; {@code max_drifted_features} is the most in any window (reported, not
 * judged by default).
 */
public final class PerformanceOverTimeCheck implements Check {

    private static final String ID = "e1.performance-over-time";
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Performance over time in operation", InternalCharacteristic.E_1)
            .description("Measures accuracy (or RMSE) and the share of predicted positives (or the mean "
                    + "prediction) in windows of labelled operation data, their trend, the worst window's drop "
                    + "from the test data, and per window the features whose inputs drifted from the test data.")
            .items("E-1.2a")
            .needs(Input.OPERATION_DATA, Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(ParameterSpec.text("timeColumn", "", "a column of periods (e.g. 2024-03, a week number): one "
                            + "window per value, in ascending order; empty for windows of windowRows rows in file order"),
                    ParameterSpec.integer("windowRows", 1_000, 1, Integer.MAX_VALUE, "rows per window without a "
                            + "timeColumn (the rows are split evenly, each window has at least this many)"),
                    ParameterSpec.integer("replicates", 200, 10, 100_000, "bootstrap replicates per window"),
                    ParameterSpec.text("positiveClass", "", "the class whose predicted share is followed (default: "
                            + "the assessment's, else the minority class)"))
            .criteria("max_window_drop <= 0.05")
            .measures("windows", "labelled_rows", "max_window_drop", "max_drifted_features", "worst_window_accuracy",
                    "accuracy_trend_per_window", "test_accuracy", "worst_window_rmse", "rmse_trend_per_window",
                    "test_rmse")
            .build();

    /** Corrected p below which, with an effect of at least {@link #DRIFT_MIN_EFFECT}, a window's feature drifted. */
    static final double DRIFT_ALPHA = 0.05;
    /** The smallest KS D or Cramér's V that counts as drift (as {@code drift.train-test}'s default). */
    static final double DRIFT_MIN_EFFECT = 0.1;

    /** The check with its default parameters. */
    public PerformanceOverTimeCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!ctx.requireSchema(DatasetRole.OPERATION).names().contains(ctx.roles().label())) {
            return run -> notLabelled();
        }
        ctx.needsRows(DatasetRole.OPERATION);
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model);
    }

    private Outcome run(CheckContext ctx, Model model) {
        Table operation = ctx.table(DatasetRole.OPERATION);
        LabelledPredictions labelled = ctx.labelled(DatasetRole.OPERATION);
        LabelledPredictions test = ctx.labelled(DatasetRole.TEST);
        if (labelled.size() == 0) {
            return notLabelled();
        }
        String timeColumn = ctx.parameters().getString("timeColumn").trim();
        Windows windows = timeColumn.isEmpty()
                ? Windows.ofRows(operation.rowCount(), ctx.parameters().getInt("windowRows"))
                : Windows.ofTime(operation, timeColumn);
        boolean classifier = model.kind() == ModelKind.CLASSIFICATION;
        WindowMetric metric = classifier
                ? WindowMetric.classification(labelled, test,
                PositiveClass.resolve(ctx, labelled.classes(), labelled.counts()))
                : WindowMetric.regression(labelled, test);
        List<int[]> members = windows.members(labelled.rows());
        int k = windows.count();
        double[] values = new double[k];
        String name = classifier ? "accuracy" : "rmse";
        ResultTable.Builder table = ResultTable.builder("windows", Message.of(ID + ".table"), "window", "rows", name,
                "ci_lower", "ci_upper", classifier ? "predicted_positive_share" : "mean_prediction", "drop",
                "drifted_features", "most_drifted");
        List<String> features = model.features().isEmpty() ? ctx.roles().features(operation.schema())
                : model.features();
        WindowDrift drift = new WindowDrift(ctx.table(DatasetRole.TEST), operation, features, DRIFT_ALPHA,
                DRIFT_MIN_EFFECT);
        int maxDrifted = 0;
        int worst = -1;
        for (int w = 0; w < k; w++) {
            int[] rows = members.get(w);
            values[w] = metric.value(rows, PoissonBootstrap.ones(rows.length));
            ConfidenceInterval ci = rows.length == 0 ? null
                    : interval(metric, rows, ctx.parameters().getInt("replicates"), ctx.seed() + w);
            double drop = metric.drop(values[w]);
            if (!Double.isNaN(values[w]) && (worst < 0 || drop > metric.drop(values[worst]))) {
                worst = w;
            }
            int[] tableRows = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                tableRows[i] = labelled.row(rows[i]);
            }
            WindowDrift.Result drifted = drift.of(tableRows);
            maxDrifted = Math.max(maxDrifted, drifted.drifted());
            table.row(windows.labels().get(w), (long) rows.length, nanToNull(values[w]),
                    ci == null ? null : ci.lower(), ci == null ? null : ci.upper(), nanToNull(metric.prediction(rows)),
                    nanToNull(drop), (long) drifted.drifted(), drifted.largest());
        }
        if (worst < 0) {
            throw new IllegalArgumentException("no window of " + operation.name() + " holds a labelled row");
        }
        double slope = WeightedMetrics.slope(values);
        double maxDrop = metric.drop(values[worst]);
        Message windowing = windows.byTime()
                ? Message.of(ID + ".windows.time", Arg.count(k), timeColumn)
                : Message.of(ID + ".windows.rows", Arg.count(k), Arg.count(operation.rowCount() / k));  // the smallest
        Message sentence = Message.of(ID + (classifier ? ".summary.classification" : ".summary.regression"),
                Arg.count(labelled.size()), windowing, Arg.num(values[worst]), windows.labels().get(worst),
                Arg.num(metric.baseline()), Arg.num(maxDrop), Arg.num(slope));
        return Outcome.builder()
                .measure(ctx.judged("max_window_drop", maxDrop, ""))
                .measure(ctx.judged("worst_window_" + name, values[worst], ""))
                .measure(ctx.judged(name + "_trend_per_window", slope, ""))
                .measure(ctx.judged("test_" + name, metric.baseline(), ""))
                .measure(ctx.judged("windows", k, ""))
                .measure(ctx.judged("max_drifted_features", maxDrifted, "features"))
                .measure(ctx.judged("labelled_rows", labelled.size(), "rows"))
                .table(table.build())
                .explanation(classifier ? metric.withNote(sentence) : sentence)
                .build();
    }

    /** Operation data without labels: e1.operation-drift watches their inputs. */
    private static Outcome notLabelled() {
        return Outcome.notApplicable(Message.of("engine.notApplicable.input", Message.of("input.label")));
    }

    private static ConfidenceInterval interval(WindowMetric metric, int[] rows, int replicates, long seed) {
        PoissonBootstrap bootstrap = new PoissonBootstrap(replicates, seed);
        double[] values = new double[replicates];
        for (int b = 0; b < replicates; b++) {
            values[b] = metric.value(rows, bootstrap.weights(b, rows.length));
        }
        return bootstrap.interval(values);
    }

    private static Double nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
