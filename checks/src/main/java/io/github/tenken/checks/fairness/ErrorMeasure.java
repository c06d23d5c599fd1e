package io.github.tenken.checks.fairness;

import java.util.function.ToDoubleFunction;

/** The gaps and ratios of a regression model's per-group figures, each with its measure name and worse direction. */
enum ErrorMeasure {

    MEAN_PREDICTION_RATIO("mean_prediction_ratio", true, GroupErrors::meanPrediction, true),
    MEAN_PREDICTION_GAP("mean_prediction_gap", false, GroupErrors::meanPrediction, false),
    MAE_RATIO("mae_ratio", false, GroupErrors::mae, true),
    MAE_GAP("mae_gap", false, GroupErrors::mae, false),
    RMSE_RATIO("rmse_ratio", false, GroupErrors::rmse, true),
    RMSE_GAP("rmse_gap", false, GroupErrors::rmse, false);

    private final String key;
    private final boolean lowerIsWorse;
    private final ToDoubleFunction<GroupErrors> figure;
    private final boolean ratio;

    ErrorMeasure(String key, boolean lowerIsWorse, ToDoubleFunction<GroupErrors> figure, boolean ratio) {
        this.key = key;
        this.lowerIsWorse = lowerIsWorse;
        this.figure = figure;
        this.ratio = ratio;
    }

    String key() {
        return key;
    }

    /** The group figure the measure compares. */
    double figure(GroupErrors g) {
        return figure.applyAsDouble(g);
    }

    /**
     * The measure over the lowest and highest group figure: the gap (highest minus lowest); for errors the ratio
     * highest over lowest (1 when both are 0, infinite when only the lowest is); for mean predictions the ratio
     * lowest over highest, defined only when every mean is positive.
     */
    double of(double min, double max) {
        if (!ratio) {
            return max - min;
        }
        if (lowerIsWorse) {
            return min > 0 ? min / max : Double.NaN;
        }
        return max == 0 ? 1.0 : min == 0 ? Double.POSITIVE_INFINITY : max / min;
    }

    /** The worse of two values, a {@code NaN} giving way to a number. */
    double worse(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return lowerIsWorse ? Math.min(a, b) : Math.max(a, b);
    }

    /** The unit the measure is stated in. */
    String unit() {
        return ratio ? "ratio" : "";
    }
}
