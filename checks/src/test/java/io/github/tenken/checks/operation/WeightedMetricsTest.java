package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.checks.correctness.RankedScores;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The gate's metrics on fixtures counted by hand, with weights as a bootstrap replicate gives them. */
class WeightedMetricsTest {

    @Test
    void aucCountsTiesAsHalfAndWeightsRowsByTheirCount() {
        boolean[] positive = {false, false, true, true};
        double[] score = {0.1, 0.4, 0.35, 0.8};
        RankedScores ranked = new RankedScores(score, positive);
        // pairs (positive above negative): 0.35 > 0.1; 0.8 > 0.1, 0.4: 3 of 4
        assertThat(ranked.auc(PoissonBootstrap.ones(4))).isEqualTo(0.75);
        // row 1 (the negative at 0.4) counted twice: 3 negatives x 2 positives; 0.35 beats 1, 0.8 beats 3: 4 of 6
        assertThat(ranked.auc(new int[] {1, 2, 1, 1})).isEqualTo(4.0 / 6);
        // the negative moved to 0.35 ties the positive there, which counts half: 0.35 beats 0.1 and half of 0.35,
        // 0.8 beats both: 3.5 of 4
        double[] tied = {0.1, 0.35, 0.35, 0.8};
        assertThat(new RankedScores(tied, positive).auc(PoissonBootstrap.ones(4)))
                .isEqualTo(3.5 / 4);
        // no negative in the replicate: no AUC
        assertThat(ranked.auc(new int[] {0, 0, 1, 1})).isNaN();
    }

    @Test
    void balancedAccuracyAndMacroF1OfAConfusionMatrixCountedByHand() {
        // truth 0 0 0 1 1 2, predicted 0 0 1 1 2 2: recalls 2/3, 1/2, 1; F1s 2*2/(3+2), 2*1/(2+2), 2*1/(1+2)
        int[] truth = {0, 0, 0, 1, 1, 2};
        int[] predicted = {0, 0, 1, 1, 2, 2};
        int[] ones = PoissonBootstrap.ones(6);
        assertThat(WeightedMetrics.accuracy(truth, predicted, ones)).isEqualTo(4.0 / 6);
        assertThat(WeightedMetrics.balancedAccuracy(truth, predicted, ones, 3))
                .isCloseTo((2.0 / 3 + 0.5 + 1) / 3, within(1e-15));
        assertThat(WeightedMetrics.macroF1(truth, predicted, ones, 3))
                .isCloseTo((0.8 + 0.5 + 2.0 / 3) / 3, within(1e-15));
    }

    @Test
    void regressionMetricsAndTheSlope() {
        double[] actual = {1, 2, 3, 4};
        double[] predicted = {1, 2, 3, 6};
        int[] ones = PoissonBootstrap.ones(4);
        assertThat(WeightedMetrics.rmse(actual, predicted, ones)).isEqualTo(1);
        assertThat(WeightedMetrics.mae(actual, predicted, ones)).isEqualTo(0.5);
        assertThat(WeightedMetrics.r2(actual, predicted, ones)).isEqualTo(1 - 4 / 5.0);
        assertThat(WeightedMetrics.slope(new double[] {3, 1, Double.NaN, -3})).isCloseTo(-2, within(1e-15));
        assertThat(WeightedMetrics.slope(new double[] {7})).isZero();
    }

    @Test
    void poissonWeightsArePureFunctionsOfSeedReplicateAndRow() {
        PoissonBootstrap a = new PoissonBootstrap(3, 42);
        PoissonBootstrap b = new PoissonBootstrap(3, 42);
        assertThat(a.weights(2, 100)).isEqualTo(b.weights(2, 100));
        assertThat(a.weights(2, 10)).isEqualTo(java.util.Arrays.copyOf(a.weights(2, 100), 10));
        assertThat(a.weights(1, 100)).isNotEqualTo(a.weights(2, 100));
        assertThat(new PoissonBootstrap(3, 43).weights(2, 100)).isNotEqualTo(a.weights(2, 100));
    }
}
