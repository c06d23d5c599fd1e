package io.github.tenken.checks.correctness;

/**
 * A confusion matrix of (possibly weighted) rows and the metrics read from it: accuracy, balanced accuracy, and
 * per-class precision, recall and F1. Weights let a bootstrap resample be scored without copying rows: a weight is
 * how often the resample drew the row.
 */
public final class ConfusionCounts {

    private final double[][] cells;
    private final double total;

    private ConfusionCounts(double[][] cells) {
        this.cells = cells;
        double t = 0;
        for (double[] row : cells) {
            for (double v : row) {
                t += v;
            }
        }
        this.total = t;
    }

    /** Counts {@code truth[i]} against {@code predicted[i]}, row {@code i} weighted by {@code weights[i]} (null: 1). */
    public static ConfusionCounts of(int[] truth, int[] predicted, int[] weights, int classes) {
        double[][] cells = new double[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            cells[truth[i]][predicted[i]] += weights == null ? 1 : weights[i];
        }
        return new ConfusionCounts(cells);
    }

    /** A confusion matrix of counts, {@code cells[actual * classes + predicted]}. */
    static ConfusionCounts ofCells(long[] cells, int classes) {
        double[][] c = new double[classes][classes];
        for (int a = 0; a < classes; a++) {
            for (int p = 0; p < classes; p++) {
                c[a][p] = cells[a * classes + p];
            }
        }
        return new ConfusionCounts(c);
    }

    /** Rows of class {@code actual} predicted as {@code predicted}. */
    double cell(int actual, int predicted) {
        return cells[actual][predicted];
    }

    /** Number of classes. */
    int classes() {
        return cells.length;
    }

    /** Rows counted. */
    double total() {
        return total;
    }

    /** Rows of this actual class. */
    double support(int k) {
        double s = 0;
        for (double v : cells[k]) {
            s += v;
        }
        return s;
    }

    /** Rows predicted as this class. */
    double predicted(int k) {
        double s = 0;
        for (double[] row : cells) {
            s += row[k];
        }
        return s;
    }

    /** Share of rows predicted right. */
    public double accuracy() {
        double right = 0;
        for (int k = 0; k < cells.length; k++) {
            right += cells[k][k];
        }
        return right / total;
    }

    /** Mean recall over the classes that occur (scikit-learn's definition). */
    public double balancedAccuracy() {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < cells.length; k++) {
            if (support(k) > 0) {
                sum += recall(k);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Precision of one class; {@code NaN} when nothing was predicted as it. */
    double precision(int k) {
        double p = predicted(k);
        return p == 0 ? Double.NaN : cells[k][k] / p;
    }

    /** Recall of one class; {@code NaN} when it does not occur. */
    double recall(int k) {
        double s = support(k);
        return s == 0 ? Double.NaN : cells[k][k] / s;
    }

    /**
     * F1 of one class as {@code 2TP / (2TP + FP + FN)}, which is the harmonic mean of precision and recall and 0 when
     * the class was never hit; {@code NaN} when the class neither occurs nor is predicted.
     */
    double f1(int k) {
        double tp = cells[k][k];
        double denominator = support(k) + predicted(k);
        return denominator == 0 ? Double.NaN : 2 * tp / denominator;
    }

    /** Mean F1 over the classes that occur or are predicted. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < cells.length; k++) {
            double f = f1(k);
            if (!Double.isNaN(f)) {
                sum += f;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Share of rows not of class {@code k} that were predicted as {@code k}; {@code NaN} when there are none. */
    double falsePositiveRate(int k) {
        double negatives = total - support(k);
        return negatives == 0 ? Double.NaN : (predicted(k) - cells[k][k]) / negatives;
    }

    /**
     * The Matthews correlation coefficient, multi-class (Gorodkin's R_K, scikit-learn's {@code matthews_corrcoef}):
     * {@code (c s - sum p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2))} with {@code c} rows right, {@code s}
     * rows, {@code p_k} predictions and {@code t_k} rows of class {@code k}; 0 when a factor of the denominator is 0
     * (one class predicted or present only), as scikit-learn.
     */
    double mcc() {
        double right = 0;
        double pt = 0;
        double pp = 0;
        double tt = 0;
        for (int k = 0; k < cells.length; k++) {
            right += cells[k][k];
            double p = predicted(k);
            double t = support(k);
            pt += p * t;
            pp += p * p;
            tt += t * t;
        }
        double denominator = Math.sqrt(total * total - pp) * Math.sqrt(total * total - tt);
        return denominator == 0 ? 0 : (right * total - pt) / denominator;
    }

    /**
     * Mean precision over the classes that occur or are predicted, a class never predicted counting 0 (scikit-learn's
     * macro average with {@code zero_division=0}).
     */
    double macroPrecision() {
        return macro(true);
    }

    /** Mean recall over the classes that occur or are predicted, a class that never occurs counting 0 (likewise). */
    double macroRecall() {
        return macro(false);
    }

    private double macro(boolean precision) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < cells.length; k++) {
            if (support(k) + predicted(k) > 0) {
                double v = precision ? precision(k) : recall(k);
                sum += Double.isNaN(v) ? 0 : v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
