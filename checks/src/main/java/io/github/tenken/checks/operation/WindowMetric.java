package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;

/**
 * What {@code e1.performance-over-time} measures in a window of labelled operation rows: accuracy and the share of
 * predictions of the positive class for a classifier, RMSE and the mean prediction for a regressor, and how far a
 * window's metric falls short of the test data's.
 */
abstract class WindowMetric {

    private final double baseline;

    private WindowMetric(double baseline) {
        this.baseline = baseline;
    }

    /** The metric over the labelled rows at {@code positions}, each counted {@code w[j]} times. */
    abstract double value(int[] positions, int[] w);

    /** The positive-class share or mean of the predictions at {@code positions}; NaN for none. */
    abstract double prediction(int[] positions);

    /** How much worse a value is than the test data's: the drop in accuracy, the relative increase in RMSE. */
    abstract double drop(double value);

    /** The sentence with a note naming the positive class when none was declared. */
    Message withNote(Message sentence) {
        return sentence;
    }

    /** The test data's metric. */
    double baseline() {
        return baseline;
    }

    static WindowMetric classification(LabelledPredictions operation, LabelledPredictions test, PositiveClass positive) {
        int[] truth = operation.truth();
        int[] predicted = operation.predicted();
        double testAccuracy = WeightedMetrics.accuracy(test.truth(), test.predicted(), PoissonBootstrap.ones(test.size()));
        return new WindowMetric(testAccuracy) {
            @Override
            double value(int[] positions, int[] w) {
                long right = 0;
                long all = 0;
                for (int j = 0; j < positions.length; j++) {
                    int i = positions[j];
                    all += w[j];
                    right += truth[i] == predicted[i] ? w[j] : 0;
                }
                return all == 0 ? Double.NaN : (double) right / all;
            }

            @Override
            double prediction(int[] positions) {
                long hits = 0;
                for (int i : positions) {
                    hits += predicted[i] == positive.index() ? 1 : 0;
                }
                return positions.length == 0 ? Double.NaN : (double) hits / positions.length;
            }

            @Override
            double drop(double value) {
                return baseline() - value;
            }

            @Override
            Message withNote(Message sentence) {
                return positive.declared() ? sentence : Message.of("sentences", sentence, positive.note());
            }
        };
    }

    static WindowMetric regression(LabelledPredictions operation, LabelledPredictions test) {
        double[] actual = operation.actual();
        double[] predicted = operation.predictedValues();
        double testRmse = WeightedMetrics.rmse(test.actual(), test.predictedValues(), PoissonBootstrap.ones(test.size()));
        return new WindowMetric(testRmse) {
            @Override
            double value(int[] positions, int[] w) {
                double sum = 0;
                long n = 0;
                for (int j = 0; j < positions.length; j++) {
                    double e = actual[positions[j]] - predicted[positions[j]];
                    sum += w[j] * e * e;
                    n += w[j];
                }
                return n == 0 ? Double.NaN : Math.sqrt(sum / n);
            }

            @Override
            double prediction(int[] positions) {
                double sum = 0;
                for (int i : positions) {
                    sum += predicted[i];
                }
                return positions.length == 0 ? Double.NaN : sum / positions.length;
            }

            @Override
            double drop(double value) {
                return baseline() == 0 ? value : value / baseline() - 1;
            }
        };
    }
}
