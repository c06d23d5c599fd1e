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
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * C-1: how well a regressor predicts the test labels: RMSE, MAE and R² with Poisson-bootstrap 95% intervals.
 * Criteria the user fixes beforehand, such as {@code r2 >= 0.5}, judge the model (C-1.1b), and without one the verdict
 * is WARN. Whether the test data suffice (C-1.1a) is judged by {@code criteria_undecided}, the number of criteria
 * whose measure's interval straddles the threshold (default criterion {@code criteria_undecided == 0}, see
 * {@link CriteriaDecision}); {@code rmse_ci_relative_width}, the width of the RMSE interval divided by the RMSE, is
 * still reported, informative. Rows with a missing label are left out and counted.
 */
public final class RegressionPerformanceCheck implements Check {

    private static final String ID = "c1.regression";
    private static final String WIDTH = "rmse_ci_relative_width";
    private static final Set<String> VOLUME_MEASURES = Set.of(WIDTH, CriteriaDecision.MEASURE, "rows");

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Regression performance on the test data", InternalCharacteristic.C_1)
            .description("RMSE, MAE and R2 on the test data with bootstrap 95% confidence intervals; criteria "
                    + "fixed beforehand judge the model, and whether each criterion's interval lies on one side of its "
                    + "threshold shows whether the test data suffice.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1a", "C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                    "bootstrap replicates for the 95% confidence intervals"))
            .criteria(CriteriaDecision.DEFAULT_CRITERION)
            .measures("rmse", "mae", "r2", "rmse_ci_relative_width", "criteria_undecided", "rows")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public RegressionPerformanceCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.model().orElseThrow().kind() == ModelKind.CLASSIFICATION) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        LabelledPredictions labelled = ctx.labelled(DatasetRole.TEST);
        int kept = labelled.size();
        int missing = labelled.missing();
        if (kept == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\" (" + missing + " rows, all missing)");
        }
        RegressionErrors errors = new RegressionErrors(labelled.actual(), labelled.predictedValues());
        double[] point = errors.metrics(null);
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        RegressionReplicates replicates = RegressionReplicates.all(bootstrap, labelled.actual(),
                labelled.predictedValues(), 1 << 14);
        double[][] values = new double[3][bootstrap.replicates()];
        for (int b = 0; b < bootstrap.replicates(); b++) {
            double[] m = replicates.metrics(b);
            for (int s = 0; s < 3; s++) {
                values[s][b] = m[s];
            }
        }
        ConfidenceInterval[] ci = {bootstrap.interval(values[0]), bootstrap.interval(values[1]),
                bootstrap.interval(values[2])};

        List<Measure> measures = new ArrayList<>();
        measures.add(judged(ctx, "rmse", point[0], "", ci[0]));
        measures.add(judged(ctx, "mae", point[1], "", ci[1]));
        measures.add(judged(ctx, "r2", point[2], "ratio", ci[2]));
        double relativeWidth = ci[0] == null || point[0] == 0 ? Double.NaN : ci[0].width() / point[0];
        measures.add(judged(ctx, WIDTH, relativeWidth, "ratio", null));
        CriteriaDecision decision = new CriteriaDecision(measures, VOLUME_MEASURES);
        measures.add(ctx.judged(CriteriaDecision.MEASURE, decision.undecided(), "criteria"));
        measures.add(ctx.judged("rows", kept, "rows"));

        PerformanceVerdict verdict = new PerformanceVerdict(measures, VOLUME_MEASURES.toArray(String[]::new));
        Outcome.Builder outcome = Outcome.builder().status(verdict.status());
        measures.forEach(outcome::measure);
        Message interval = ci[0] == null ? Message.literal("")
                : Message.of("interval.number", Arg.num(ci[0].lower()), Arg.num(ci[0].upper()));
        Message missingPart = missing == 0 ? Message.literal("")
                : Message.of("performance.missingLabels", Arg.count(missing));
        Message main = Message.of(ID + ".summary", Arg.count(kept), Arg.num(point[0]), interval, Arg.num(point[1]),
                Arg.num(point[2]), missingPart);
        outcome.table(ResidualTables.largestErrors(errors, labelled.rows()))
                .chart(ResidualTables.residualHistogram(errors));
        if (decision.size() > 0) {
            outcome.table(decision.table());
        }
        return outcome.explanation(verdict.sentence(main, "rmse, mae, r2", "r2 >= 0.5", decision.clause()))
                .build();
    }

    private static Measure judged(CheckContext ctx, String name, double value, String unit, ConfidenceInterval ci) {
        Measure m = Measure.of(name, value, unit);
        if (ci != null) {
            m = m.withInterval(ci);
        }
        return ctx.judge(m);
    }
}
