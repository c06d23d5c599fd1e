package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * C-1: how well a regressor predicts the test labels: RMSE, MAE and R² with percentile-bootstrap 95% intervals.
 * Whether the test data suffice (C-1.1a) is judged scale-free by {@code rmse_ci_relative_width}, the width of the
 * RMSE interval divided by the RMSE (default criterion {@code <= 0.1}, which normally distributed errors meet from
 * about 800 rows); criteria the user fixes beforehand, such as {@code r2 >= 0.5}, judge the model (C-1.1b), and
 * without one the verdict is WARN. Rows with a missing label are left out and counted.
 */
public final class RegressionPerformanceCheck implements Check {

    private static final String VOLUME = "rmse_ci_relative_width";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("c1.regression",
                    "Regression performance on the test data", InternalCharacteristic.C_1)
            .description("RMSE, MAE and R2 on the test data with bootstrap 95% confidence intervals; the relative "
                    + "width of the RMSE interval shows whether the test data suffice, and criteria fixed beforehand "
                    + "judge the model.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1a", "C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                    "bootstrap resamples for the 95% confidence intervals"))
            .criteria(VOLUME + " <= 0.1")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public RegressionPerformanceCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        if (ctx.model().orElseThrow().kind() == ModelKind.CLASSIFICATION) {
            return Outcome.notApplicable("Not applicable: the model is a classifier; c1.classification measures it.");
        }
        Table test = ctx.require(DatasetRole.TEST);
        String labelName = ctx.roles().label();
        if (!(test.column(labelName) instanceof NumericColumn label)) {
            throw new IllegalArgumentException("label column \"" + labelName + "\" of " + test.name()
                    + " is categorical; a regressor needs a numeric label");
        }
        Predictions predictions = ctx.predictions(DatasetRole.TEST);
        int[] rows = new int[test.rowCount()];
        double[] actual = new double[test.rowCount()];
        double[] predicted = new double[test.rowCount()];
        int kept = 0;
        for (int r = 0; r < test.rowCount(); r++) {
            if (label.isMissing(r)) {
                continue;
            }
            double p = predictions.value(r);
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("the model predicted " + p + " for row " + r + " of "
                        + test.name() + "; predictions must be finite numbers");
            }
            rows[kept] = r;
            actual[kept] = label.get(r);
            predicted[kept++] = p;
        }
        int missing = test.rowCount() - kept;
        if (kept == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \"" + labelName
                    + "\" (" + Formats.count(missing) + " rows, all missing)");
        }
        RegressionErrors errors = new RegressionErrors(Arrays.copyOf(actual, kept), Arrays.copyOf(predicted, kept));
        double[] point = errors.metrics(null);
        PercentileBootstrap bootstrap = new PercentileBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        ConfidenceInterval[] ci = bootstrap.intervals(kept, 3, errors::metrics);

        List<Measure> measures = new ArrayList<>();
        measures.add(judged(ctx, "rmse", point[0], "", ci[0]));
        measures.add(judged(ctx, "mae", point[1], "", ci[1]));
        measures.add(judged(ctx, "r2", point[2], "ratio", ci[2]));
        double relativeWidth = ci[0] == null || point[0] == 0 ? Double.NaN : ci[0].width() / point[0];
        measures.add(judged(ctx, VOLUME, relativeWidth, "ratio", null));
        measures.add(ctx.judged("rows", kept, "rows"));

        PerformanceVerdict verdict = new PerformanceVerdict(measures, VOLUME, "rows");
        Outcome.Builder outcome = Outcome.builder().status(verdict.status());
        measures.forEach(outcome::measure);
        String sentence = "On " + Formats.count(kept) + " labelled test rows the RMSE is " + Formats.number(point[0])
                + (ci[0] == null ? "" : " (95% CI " + Formats.number(ci[0].lower()) + "-" + Formats.number(ci[0].upper()) + ")")
                + ", the MAE " + Formats.number(point[1]) + " and R2 " + Formats.number(point[2])
                + (missing == 0 ? "" : "; " + Formats.count(missing) + (missing == 1 ? " row with a missing label was"
                : " rows with a missing label were") + " left out");
        return outcome.table(ResidualTables.largestErrors(errors, Arrays.copyOf(rows, kept)))
                .chart(ResidualTables.residualHistogram(errors))
                .explanation(sentence + verdict.clauses("rmse, mae or r2", "r2 >= 0.5") + ".")
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
