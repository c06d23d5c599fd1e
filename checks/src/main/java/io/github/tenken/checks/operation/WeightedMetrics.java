package io.github.tenken.checks.operation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Model metrics over rows that count {@code w[i]} times (1 for the point estimate, Poisson draws in a bootstrap
 * replicate). Each is NaN where it has no value (no rows, or a class missing for the AUC).
 */
final class WeightedMetrics {

    private WeightedMetrics() {
    }

    /** Share of rows whose predicted class is the true one. */
    static double accuracy(int[] truth, int[] predicted, int[] w) {
        long right = 0;
        long all = 0;
        for (int i = 0; i < truth.length; i++) {
            all += w[i];
            right += truth[i] == predicted[i] ? w[i] : 0;
        }
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /** Per class: true positives, actual count and predicted count. */
    private static long[][] counts(int[] truth, int[] predicted, int[] w, int classes) {
        long[][] c = new long[3][classes];
        for (int i = 0; i < truth.length; i++) {
            c[1][truth[i]] += w[i];
            c[2][predicted[i]] += w[i];
            if (truth[i] == predicted[i]) {
                c[0][truth[i]] += w[i];
            }
        }
        return c;
    }

    /** The mean recall of the classes that occur in the labels. */
    static double balancedAccuracy(int[] truth, int[] predicted, int[] w, int classes) {
        long[][] c = counts(truth, predicted, w, classes);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < classes; k++) {
            if (c[1][k] > 0) {
                sum += (double) c[0][k] / c[1][k];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The mean F1 of the classes that occur in the labels or the predictions. */
    static double macroF1(int[] truth, int[] predicted, int[] w, int classes) {
        long[][] c = counts(truth, predicted, w, classes);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < classes; k++) {
            if (c[1][k] + c[2][k] > 0) {
                sum += 2.0 * c[0][k] / (c[1][k] + c[2][k]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Row indices ordered by ascending score, for {@link #auc}. */
    static int[] order(double[] score) {
        return IntStream.range(0, score.length).boxed().sorted(Comparator.comparingDouble(i -> score[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The area under the ROC curve: the chance that a positive row scores above a negative one, ties counting half
     * (the Mann-Whitney statistic), over rows ordered by {@link #order}.
     */
    static double auc(boolean[] positive, double[] score, int[] order, int[] w) {
        double pairs = 0;
        long negativesBelow = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long pos = 0;
            long neg = 0;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                int r = order[j];
                if (positive[r]) {
                    pos += w[r];
                } else {
                    neg += w[r];
                }
                j++;
            }
            pairs += pos * (negativesBelow + neg / 2.0);
            negativesBelow += neg;
            positives += pos;
            i = j;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN : pairs / ((double) positives * negativesBelow);
    }

    /** Root mean squared error. */
    static double rmse(double[] actual, double[] predicted, int[] w) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - predicted[i];
            sum += w[i] * e * e;
            n += w[i];
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /** Mean absolute error. */
    static double mae(double[] actual, double[] predicted, int[] w) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += w[i] * Math.abs(actual[i] - predicted[i]);
            n += w[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The coefficient of determination, 1 - SSE / SST; NaN when the labels do not vary. */
    static double r2(double[] actual, double[] predicted, int[] w) {
        double mean = 0;
        long n = 0;
        for (int i = 0; i < actual.length; i++) {
            mean += w[i] * actual[i];
            n += w[i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        mean /= n;
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - predicted[i];
            double d = actual[i] - mean;
            sse += w[i] * e * e;
            sst += w[i] * d * d;
        }
        return sst == 0 ? Double.NaN : 1 - sse / sst;
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
