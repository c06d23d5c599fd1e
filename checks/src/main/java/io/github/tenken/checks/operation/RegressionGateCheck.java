package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.PoissonBootstrap;
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
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.List;

/**
 * E-1 regression gate: before a retrained (candidate) model replaces the reference model, both predict the
 * development test set and no metric of the candidate may be worse than the reference's beyond the uncertainty of
 * the comparison (guideline E-1.2b; E-1.3a's quality gate that aborts a bad update).
 *
 * <p>For each metric (accuracy, balanced accuracy, macro F1 and, for a binary label with probabilities, AUC; or RMSE,
 * MAE and R2) the difference candidate - reference gets a 95% interval from a paired Poisson bootstrap: both models
 * are scored on the same resampled rows, so what they share does not widen it. A metric is worse when the whole
 * interval lies on the worse side of {@code -tolerance} (higher-is-better metrics) or {@code +tolerance} (RMSE, MAE).
 *
 * <pre>{@code
 * Assessment.builder().model(candidate).referenceModel(inOperation).dataset(DatasetRole.TEST, test) ...
 * // plan.json: "model": {...}, "referenceModel": {...}
 * }</pre>
 */
public final class RegressionGateCheck implements Check {

    private static final String ID = "e1.regression-gate";
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Regression test against the reference model", InternalCharacteristic.E_1)
            .description("Scores a candidate model and the reference model on the same test data and counts the "
                    + "metrics on which the candidate is worse beyond a paired bootstrap interval.")
            .items("E-1.2b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(ParameterSpec.real("tolerance", 0, 0, 1e300, "how much worse a metric may be "
                            + "(absolute, in the metric's unit) before the interval counts it as worse"),
                    ParameterSpec.integer("replicates", 500, 10, 100_000, "bootstrap replicates"),
                    ParameterSpec.text("positiveClass", "", "the positive class for the AUC (default: the "
                            + "assessment's, else the minority class)"))
            .criteria("worse_metrics == 0")
            .measures("worse_metrics", "metrics_compared", "accuracy_difference", "balanced_accuracy_difference",
                    "macro_f1_difference", "auc_difference", "rmse_difference", "mae_difference", "r2_difference")
            .build();

    /** The check with its default parameters. */
    public RegressionGateCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.referenceModel().isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable",
                    "Assessment.Builder.referenceModel", "\"referenceModel\""));
        }
        Model reference = ctx.referenceModel().get();
        Model candidate = ctx.model().orElseThrow();
        if (reference.kind() != candidate.kind()) {
            throw new IllegalArgumentException("the candidate " + candidate.description() + " is a "
                    + candidate.kind() + " model, the reference " + reference.description() + " a "
                    + reference.kind() + " model; a regression gate compares models of one kind");
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, reference);
    }

    private Outcome run(CheckContext ctx, Model reference) {
        Table test = ctx.table(DatasetRole.TEST);
        LabelledPredictions candidate = ctx.labelled(DatasetRole.TEST);
        Predictions predicted = reference.predict(test);
        LabelledPredictions ref = LabelledPredictions.of(test, ctx.roles().label(), predicted);
        String positive = null;
        Message note = Message.literal("");   // no AUC, no positive class: no note
        if (candidate.kind() == ModelKind.CLASSIFICATION && candidate.classes().size() == 2
                && candidate.hasProbabilities() && ref.hasProbabilities()) {   // the AUC's positive class
            PositiveClass p = PositiveClass.resolve(ctx, candidate.classes(), candidate.counts());
            positive = p.name();
            note = p.note();
        }
        List<PairedMetric> metrics = PairedMetric.of(candidate, ref, positive);
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("replicates"), ctx.seed());
        int n = candidate.size();
        double[][] replicates = new double[metrics.size()][bootstrap.replicates()];
        for (int b = 0; b < bootstrap.replicates(); b++) {
            int[] w = bootstrap.weights(b, n);
            for (int m = 0; m < metrics.size(); m++) {
                replicates[m][b] = metrics.get(m).difference(w);
            }
        }
        double tolerance = ctx.parameters().getDouble("tolerance");
        int[] ones = PoissonBootstrap.ones(n);
        ResultTable.Builder table = ResultTable.builder("metrics", Message.of(ID + ".table"),
                "metric", "candidate", "reference", "difference", "ci_lower", "ci_upper", "worse");
        List<Measure> differences = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            PairedMetric metric = metrics.get(m);
            double c = metric.candidate().applyAsDouble(ones);
            double r = metric.reference().applyAsDouble(ones);
            ConfidenceInterval ci = bootstrap.interval(replicates[m]);
            boolean isWorse = ci != null && (metric.higherIsBetter() ? ci.upper() < -tolerance
                    : ci.lower() > tolerance);
            if (isWorse) {
                worse.add(metric.name());
            }
            table.row(metric.name(), c, r, c - r, ci == null ? null : ci.lower(), ci == null ? null : ci.upper(),
                    isWorse);
            Measure d = Measure.of(metric.name() + "_difference", c - r, "");
            differences.add(ctx.judge(ci == null ? d : d.withInterval(ci)));
        }
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("worse_metrics", worse.size(), ""))
                .measure(ctx.judged("metrics_compared", metrics.size(), ""));
        differences.forEach(out::measure);
        Message sentence = worse.isEmpty()
                ? Message.of(ID + ".summary.none", reference.description(), Arg.count(n), Arg.count(metrics.size()),
                Arg.num(tolerance))
                : Message.of(ID + ".summary.worse", reference.description(), Arg.count(n), Arg.count(worse.size()),
                Arg.count(metrics.size()), String.join(", ", worse), Arg.num(tolerance));
        return out.table(table.build()).explanation(note.isLiteral() ? sentence : Message.of("sentences", sentence, note))
                .build();
    }
}
