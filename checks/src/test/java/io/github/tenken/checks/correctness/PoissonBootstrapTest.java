package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Poisson bootstrap: its weights are Poisson(1) draws that depend on seed, replicate and row only, so replicate
 * accumulators over pieces of the rows merge into the totals of one pass; its intervals are percentile intervals.
 */
class PoissonBootstrapTest {

    @Test
    void weightsArePoissonOneDraws() {
        // 400 replicates x 1,000 rows = 400,000 draws: the mean and variance of Poisson(1) are both 1, and
        // P(W = k) = e^-1 / k!. The standard error of the mean is 0.0016 and of the variance about 0.0027, so the
        // tolerances below are more than five standard errors
        PoissonBootstrap bootstrap = new PoissonBootstrap(400, 42);
        int rows = 1000;
        long n = 0;
        double sum = 0;
        double squares = 0;
        long[] frequency = new long[20];
        for (int b = 0; b < bootstrap.replicates(); b++) {
            for (int i = 0; i < rows; i++) {
                int w = bootstrap.weight(b, i);
                assertThat(w).isBetween(0, 13);
                n++;
                sum += w;
                squares += (double) w * w;
                frequency[w]++;
            }
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertThat(mean).as("mean weight").isCloseTo(1.0, within(0.01));
        assertThat(variance).as("variance of the weights").isCloseTo(1.0, within(0.015));
        double factorial = 1;
        for (int k = 0; k <= 4; k++) {
            factorial *= Math.max(1, k);
            assertThat((double) frequency[k] / n).as("P(W = %d)", k)
                    .isCloseTo(Math.exp(-1) / factorial, within(0.004));
        }
    }

    @Test
    void theWeightsOfTwoReplicatesAndOfTwoRowsAreUncorrelated() {
        PoissonBootstrap bootstrap = new PoissonBootstrap(2, 7);
        int rows = 100_000;
        int[] first = bootstrap.weights(0, rows);
        int[] second = bootstrap.weights(1, rows);
        // the correlation of independent draws has standard error 1 / sqrt(rows) = 0.003
        assertThat(correlation(first, second)).as("replicate 0 vs replicate 1").isCloseTo(0, within(0.015));
        int[] shifted = Arrays.copyOfRange(first, 1, rows);
        assertThat(correlation(Arrays.copyOf(first, rows - 1), shifted)).as("row i vs row i + 1")
                .isCloseTo(0, within(0.015));
    }

    @Test
    void aWeightIsAPureFunctionOfSeedReplicateAndRow() {
        PoissonBootstrap one = new PoissonBootstrap(50, 123);
        PoissonBootstrap two = new PoissonBootstrap(50, 123);
        PoissonBootstrap other = new PoissonBootstrap(50, 124);
        int rows = 500;
        int differing = 0;
        for (int b = 49; b >= 0; b--) {             // another order than the first instance's
            int[] forward = one.weights(b, rows);
            for (int i = rows - 1; i >= 0; i--) {
                assertThat(two.weight(b, i)).as("replicate %d, row %d", b, i).isEqualTo(forward[i]);
                differing += other.weight(b, i) != forward[i] ? 1 : 0;
            }
        }
        // another seed draws other weights: two independent Poisson(1) draws differ with probability 0.69
        assertThat(differing).isGreaterThan(rows * 50 / 2);
        // a row's weight does not depend on how many rows the replicate has
        assertThat(one.weights(3, 10)).containsExactly(Arrays.copyOf(one.weights(3, 1000), 10));
    }

    @Test
    void confusionReplicatesOfPiecesMergeIntoTheOnePassTotals() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 1_003;
        int classes = 3;
        int[] truth = random.ints(n, 0, classes).toArray();
        int[] predicted = random.ints(n, 0, classes).toArray();
        PoissonBootstrap bootstrap = new PoissonBootstrap(60, 99);

        ConfusionReplicates whole = ConfusionReplicates.over(bootstrap, truth, predicted, classes, 0, n);
        ConfusionReplicates sevens = ConfusionReplicates.all(bootstrap, truth, predicted, classes, 7);
        ConfusionReplicates halves = ConfusionReplicates.over(bootstrap, truth, predicted, classes, 0, 500)
                .merge(ConfusionReplicates.over(bootstrap, truth, predicted, classes, 500, n));
        for (int b = 0; b < bootstrap.replicates(); b++) {
            // the naive way: one weight per row, counted into a fresh matrix
            ConfusionCounts naive = ConfusionCounts.of(truth, predicted, bootstrap.weights(b, n), classes);
            for (int a = 0; a < classes; a++) {
                for (int p = 0; p < classes; p++) {
                    double expected = naive.cell(a, p);
                    assertThat(whole.replicate(b).cell(a, p)).as("one pass, replicate %d", b).isEqualTo(expected);
                    assertThat(sevens.replicate(b).cell(a, p)).as("pieces of 7, replicate %d", b).isEqualTo(expected);
                    assertThat(halves.replicate(b).cell(a, p)).as("two halves, replicate %d", b).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void regressionReplicatesOfPiecesMergeIntoTheOnePassTotals() {
        // whole numbers: every weighted sum is an exact integer, so pieces and one pass must agree bit for bit
        SplittableRandom random = new SplittableRandom(6);
        int n = 777;
        double[] actual = random.ints(n, -50, 50).asDoubleStream().toArray();
        double[] predicted = random.ints(n, -50, 50).asDoubleStream().toArray();
        PoissonBootstrap bootstrap = new PoissonBootstrap(40, 3);

        RegressionReplicates whole = RegressionReplicates.over(bootstrap, actual, predicted, 0, n);
        RegressionReplicates pieces = RegressionReplicates.all(bootstrap, actual, predicted, 13);
        RegressionErrors errors = new RegressionErrors(actual, predicted);
        for (int b = 0; b < bootstrap.replicates(); b++) {
            assertThat(pieces.metrics(b)).as("replicate %d", b).containsExactly(whole.metrics(b));
            // the same metrics computed the naive way, two passes over the weighted rows
            double[] naive = errors.metrics(bootstrap.weights(b, n));
            for (int s = 0; s < 3; s++) {
                assertThat(whole.metrics(b)[s]).as("metric %d of replicate %d", s, b)
                        .isCloseTo(naive[s], within(1e-9 * Math.max(1, Math.abs(naive[s]))));
            }
        }
    }

    @Test
    void regressionReplicatesOfRealValuesAgreeWithTheNaiveMetrics() {
        SplittableRandom random = new SplittableRandom(8);
        int n = 2_000;
        double[] actual = random.doubles(n, 0, 100).toArray();
        double[] predicted = Arrays.stream(actual).map(y -> y + random.nextGaussian() * 5).toArray();
        PoissonBootstrap bootstrap = new PoissonBootstrap(30, 11);
        RegressionReplicates pieces = RegressionReplicates.all(bootstrap, actual, predicted, 64);
        RegressionErrors errors = new RegressionErrors(actual, predicted);
        for (int b = 0; b < bootstrap.replicates(); b++) {
            double[] naive = errors.metrics(bootstrap.weights(b, n));
            assertThat(pieces.metrics(b)).as("replicate %d", b).containsExactly(naive, within(1e-9));
        }
    }

    @Test
    void theAccuracyIntervalOfAFixedPredictionVectorIsCloseToTheNormalApproximation() {
        // 2,000 rows, 80% right: the normal interval is 0.8 +- 1.96 sqrt(0.8 * 0.2 / 2000), width 0.03506
        int n = 2000;
        int[] truth = new int[n];
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 2;
            predicted[i] = i % 10 < 8 ? truth[i] : 1 - truth[i];
        }
        PoissonBootstrap bootstrap = new PoissonBootstrap(2000, 42);
        ConfusionReplicates replicates = ConfusionReplicates.all(bootstrap, truth, predicted, 2, 1 << 14);
        double[] accuracy = new double[bootstrap.replicates()];
        for (int b = 0; b < accuracy.length; b++) {
            accuracy[b] = replicates.replicate(b).accuracy();
        }
        ConfidenceInterval ci = bootstrap.interval(accuracy);

        double normalWidth = 2 * 1.96 * Math.sqrt(0.8 * 0.2 / n);
        assertThat(ci.width()).isCloseTo(normalWidth, within(0.1 * normalWidth));
        assertThat((ci.lower() + ci.upper()) / 2).isCloseTo(0.8, within(0.003));
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(en(ci.method())).isEqualTo("Poisson bootstrap, 2,000 replicates, seed 42");
    }

    @Test
    void theIntervalIsThePercentileIntervalOfTheDefinedReplicates() {
        PoissonBootstrap bootstrap = new PoissonBootstrap(50, 1);
        // 40 values 1..40 and 10 NaN (replicates without a value): 2.5% and 97.5% of the 40, type 7:
        // h = 39 * 0.025 = 0.975 -> 1.975; h = 39 * 0.975 = 38.025 -> 39.025
        double[] values = new double[50];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < 40; i++) {
            values[(i * 7) % 50] = 40 - i;
        }
        ConfidenceInterval ci = bootstrap.interval(values);
        assertThat(ci.lower()).isCloseTo(1.975, within(1e-12));
        assertThat(ci.upper()).isCloseTo(39.025, within(1e-12));

        // fewer than half of the replicates give a value: no interval
        double[] sparse = new double[50];
        Arrays.fill(sparse, Double.NaN);
        for (int i = 0; i < 24; i++) {
            sparse[i] = i;
        }
        assertThat(bootstrap.interval(sparse)).isNull();
        sparse[24] = 24;
        assertThat(bootstrap.interval(sparse)).isNotNull();
    }

    @Test
    void atLeastOneReplicateIsRequired() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PoissonBootstrap(0, 1))
                .hasMessage("bootstrap replicates must be at least 1, was 0");
    }

    private static double correlation(int[] x, int[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
