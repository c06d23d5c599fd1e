package io.github.tenken.checks.stability;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.HashMap;
import java.util.Map;

/**
 * The metrics of one retrained model on the labelled test rows: accuracy and balanced accuracy (the mean recall of
 * the classes present in the test labels) for a classifier, RMSE for a regressor. Rows without a label are left
 * out; a predicted class is compared with the label by name.
 *
 * @param accuracy         share of labelled rows predicted right ({@code NaN} for a regressor)
 * @param balancedAccuracy mean per-class recall ({@code NaN} for a regressor)
 * @param rmse             root mean squared error ({@code NaN} for a classifier)
 */
record TestMetrics(double accuracy, double balancedAccuracy, double rmse) {

    /** The metrics of predictions for every row of a test table whose label column is {@code label}. */
    static TestMetrics of(Predictions p, Column label) {
        if (label instanceof CategoricalColumn y) {
            if (p.kind() != ModelKind.CLASSIFICATION) {
                throw new IllegalStateException("the trainer gave a regressor for the categorical label " + y.name());
            }
            return classification(p, y);
        }
        if (!(label instanceof NumericColumn)) {
            throw new IllegalStateException("the label " + label.name() + " is an identifier column, neither classes "
                    + "nor numbers");
        }
        if (p.kind() != ModelKind.REGRESSION) {
            throw new IllegalStateException("the trainer gave a classifier for the numeric label " + label.name());
        }
        return new TestMetrics(Double.NaN, Double.NaN, rmse(p, (NumericColumn) label));
    }

    private static TestMetrics classification(Predictions p, CategoricalColumn y) {
        Map<String, long[]> perClass = new HashMap<>();   // label -> {rows, right}
        long rows = 0;
        long right = 0;
        for (int r = 0; r < y.size(); r++) {
            if (y.isMissing(r)) {
                continue;
            }
            boolean hit = y.text(r).equals(p.predictedLabel(r));
            long[] c = perClass.computeIfAbsent(y.text(r), k -> new long[2]);
            c[0]++;
            c[1] += hit ? 1 : 0;
            rows++;
            right += hit ? 1 : 0;
        }
        double recall = 0;
        for (long[] c : perClass.values()) {
            recall += (double) c[1] / c[0];
        }
        return new TestMetrics((double) right / rows, recall / perClass.size(), Double.NaN);
    }

    /** The RMSE from halved errors scaled by the largest, so values near +-1e308 give a finite answer. */
    static double rmse(Predictions p, NumericColumn y) {
        int n = 0;
        double largest = 0;
        for (int r = 0; r < y.size(); r++) {
            if (!y.isMissing(r)) {
                largest = Math.max(largest, Math.abs(p.value(r) / 2 - y.get(r) / 2));
                n++;
            }
        }
        if (largest == 0) {
            return 0;
        }
        double ss = 0;
        for (int r = 0; r < y.size(); r++) {
            if (!y.isMissing(r)) {
                double e = (p.value(r) / 2 - y.get(r) / 2) / largest;
                ss += e * e;
            }
        }
        return FeatureNoise.finite(2 * largest * Math.sqrt(ss / n));
    }
}
