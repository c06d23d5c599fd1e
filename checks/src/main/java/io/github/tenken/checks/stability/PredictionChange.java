package io.github.tenken.checks.stability;

import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

/**
 * How a model's predictions for sampled rows changed after a perturbation: how many rows' predictions "flipped"
 * (another class; for a regressor, a move larger than {@code tolerance} prediction standard deviations) and, for a
 * regressor, the mean absolute change in prediction standard deviations.
 *
 * @param flips          rows whose prediction flipped
 * @param rows           rows compared
 * @param meanAbsChange  mean absolute change over the prediction standard deviation ({@code NaN} for a classifier)
 */
record PredictionChange(int flips, int rows, double meanAbsChange) {

    /** The share of rows whose prediction flipped. */
    double flipRate() {
        return (double) flips / rows;
    }

    /**
     * Compares the perturbed predictions (one per sampled row) with the original ones of the sampled rows
     * ({@code rows} index the original predictions).
     */
    static PredictionChange between(Predictions original, int[] rows, Predictions perturbed, double predictionStd,
                                    double tolerance) {
        int flips = 0;
        double change = 0;
        for (int i = 0; i < rows.length; i++) {
            if (original.kind() == ModelKind.CLASSIFICATION) {
                flips += original.predictedClass(rows[i]) != perturbed.predictedClass(i) ? 1 : 0;
            } else {
                // halves, so that predictions near +-1e308 give a finite move; measured in standard deviations
                double half = Math.abs(perturbed.value(i) / 2 - original.value(rows[i]) / 2);
                if (predictionStd > 0) {
                    double moved = half / (predictionStd / 2);
                    change += moved;
                    flips += moved > tolerance ? 1 : 0;
                } else {
                    flips += half > 0 ? 1 : 0;
                }
            }
        }
        double relative = original.kind() == ModelKind.CLASSIFICATION || !(predictionStd > 0) ? Double.NaN
                : change / rows.length;
        return new PredictionChange(flips, rows.length, relative);
    }
}
