package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

/**
 * The main metric of a model on a subset of its labelled rows (a case, a group, a segment) with its Poisson-bootstrap
 * interval, and how much worse the subset is than all rows: accuracy for a classifier, RMSE for a regressor. A row's
 * bootstrap weight depends on its index among all labelled rows, so every subset is resampled consistently with the
 * whole.
 *
 * <p>The <em>gap</em> is what the subset's interval proves against the overall value: for accuracy the overall
 * accuracy minus the subset's upper bound (a gap of 0.1 means that even the subset's optimistic accuracy is ten points
 * below the overall one), for RMSE the subset's lower bound over the overall RMSE minus 1 (relative, since RMSE has
 * the label's unit). A negative gap proves nothing against the subset.
 */
final class SegmentScores {

    private final boolean classification;
    private final double[] loss;        // classification: 1 when wrong; regression: squared error
    private final double overall;

    SegmentScores(LabelledPredictions labelled) {
        classification = labelled.kind() == ModelKind.CLASSIFICATION;
        loss = new double[labelled.size()];
        for (int i = 0; i < loss.length; i++) {
            if (classification) {
                loss[i] = labelled.truth(i) == labelled.predicted(i) ? 0 : 1;
            } else {
                double e = labelled.actual(i) - labelled.predictedValue(i);
                loss[i] = e * e;
            }
        }
        double sum = 0;
        for (double l : loss) {
            sum += l;
        }
        overall = metricOf(sum, loss.length);
    }

    /** {@code accuracy} or {@code rmse}. */
    String metric() {
        return classification ? "accuracy" : "rmse";
    }

    /** Whether the model is a classifier. */
    boolean classification() {
        return classification;
    }

    /** Number of labelled rows. */
    int size() {
        return loss.length;
    }

    /** The loss of labelled row {@code i}: 1 when wrong, or the squared error. */
    double loss(int i) {
        return loss[i];
    }

    /** The metric over all rows. */
    double overall() {
        return overall;
    }

    /** The metric from a sum of losses over {@code n} rows. */
    double metricOf(double lossSum, double n) {
        if (n == 0) {
            return Double.NaN;
        }
        return classification ? 1 - lossSum / n : Math.sqrt(lossSum / n);
    }

    /** The metric of these labelled rows. */
    double value(int[] rows) {
        double sum = 0;
        for (int i : rows) {
            sum += loss[i];
        }
        return metricOf(sum, rows.length);
    }

    /** The 95% interval of the metric over these labelled rows, or {@code null}. */
    ConfidenceInterval interval(int[] rows, PoissonBootstrap bootstrap) {
        double[] values = new double[bootstrap.replicates()];
        for (int b = 0; b < values.length; b++) {
            double n = 0;
            double sum = 0;
            for (int i : rows) {
                int w = bootstrap.weight(b, i);
                n += w;
                sum += w * loss[i];
            }
            values[b] = metricOf(sum, n);
        }
        return bootstrap.interval(values);
    }

    /** How much worse the subset is than all rows, proved by its interval (see the class comment). */
    double gap(ConfidenceInterval ci) {
        if (ci == null) {
            return Double.NaN;
        }
        return classification ? overall - ci.upper() : overall == 0 ? Double.NaN : ci.lower() / overall - 1;
    }

    /** How much worse the subset's point value is than all rows, in the units of {@link #gap}. */
    double pointGap(double value) {
        return classification ? overall - value : overall == 0 ? Double.NaN : value / overall - 1;
    }
}
