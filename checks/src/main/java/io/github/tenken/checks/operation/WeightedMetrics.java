package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.ConfusionCounts;
import io.github.tenken.checks.correctness.RegressionErrors;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Model metrics over rows that count {@code w[i]} times (1 for the point estimate, Poisson draws in a bootstrap
 * replicate), read from the correctness package's {@link ConfusionCounts} and {@link RegressionErrors} so that the
 * gate and the windows score exactly as {@code c1.classification} and {@code c1.regression} do; each is NaN where it
 * has no value (no rows); and the trend of a series.
 */
final class WeightedMetrics {

    private WeightedMetrics() {
    }

    /** Share of rows whose predicted class is the true one. */
    static double accuracy(int[] truth, int[] predicted, int[] w) {
        return ConfusionCounts.of(truth, predicted, w, classes(truth, predicted)).accuracy();
    }

    /** The mean recall of the classes that occur in the labels. */
    static double balancedAccuracy(int[] truth, int[] predicted, int[] w, int classes) {
        return ConfusionCounts.of(truth, predicted, w, classes).balancedAccuracy();
    }

    /** The mean F1 of the classes that occur in the labels or the predictions. */
    static double macroF1(int[] truth, int[] predicted, int[] w, int classes) {
        return ConfusionCounts.of(truth, predicted, w, classes).macroF1();
    }

    /** Root mean squared error. */
    static double rmse(double[] actual, double[] predicted, int[] w) {
        return new RegressionErrors(actual, predicted).metrics(w)[0];
    }

    /** Mean absolute error. */
    static double mae(double[] actual, double[] predicted, int[] w) {
        return new RegressionErrors(actual, predicted).metrics(w)[1];
    }

    /** The coefficient of determination, 1 - SSE / SST; NaN when the labels do not vary. */
    static double r2(double[] actual, double[] predicted, int[] w) {
        return new RegressionErrors(actual, predicted).metrics(w)[2];
    }

    /** One more than the largest class index met: the size of a confusion matrix that holds every row. */
    private static int classes(int[] truth, int[] predicted) {
        int max = 0;
        for (int i = 0; i < truth.length; i++) {
            max = Math.max(max, Math.max(truth[i], predicted[i]));
        }
        return max + 1;
    }

    /** The least-squares slope of {@code y} over 0, 1, 2, ...; NaN values left out; 0 for fewer than two points. */
    static double slope(double[] y) {
        double[] x = IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).asDoubleStream().toArray();
        if (x.length < 2) {
            return 0;
        }
        double[] v = Arrays.stream(x).map(i -> y[(int) i]).toArray();
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(v).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (v[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
