package io.github.tenken.checks.correctness;

/**
 * Errors of a regressor on labelled rows and the metrics read from them, each row weighted (a bootstrap resample is a
 * weight per row: how often it was drawn): root mean squared error, mean absolute error and R².
 */
public final class RegressionErrors {

    private final double[] actual;
    private final double[] predicted;

    /** The arrays are read, never changed; they must have equal lengths. */
    public RegressionErrors(double[] actual, double[] predicted) {
        this.actual = actual;
        this.predicted = predicted;
    }

    /** The metrics {@code {rmse, mae, r2}} with row {@code i} counted {@code weights[i]} times (null: once). */
    public double[] metrics(int[] weights) {
        double n = 0;
        double sumY = 0;
        for (int i = 0; i < actual.length; i++) {
            double w = weights == null ? 1 : weights[i];
            n += w;
            sumY += w * actual[i];
        }
        double mean = sumY / n;
        double squared = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            double w = weights == null ? 1 : weights[i];
            double e = actual[i] - predicted[i];
            squared += w * e * e;
            absolute += w * Math.abs(e);
            double d = actual[i] - mean;
            total += w * d * d;
        }
        double r2 = total == 0 ? Double.NaN : 1 - squared / total;
        return new double[]{Math.sqrt(squared / n), absolute / n, r2};
    }

    /** Number of rows. */
    int size() {
        return actual.length;
    }

    /** The actual value of row {@code i}. */
    double actual(int i) {
        return actual[i];
    }

    /** The predicted value of row {@code i}. */
    double predicted(int i) {
        return predicted[i];
    }

    /** The residual {@code actual - predicted} of row {@code i}. */
    double residual(int i) {
        return actual[i] - predicted[i];
    }
}
