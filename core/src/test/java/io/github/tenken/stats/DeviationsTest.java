package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.Scans;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The MAD and the mean absolute deviation read from a distribution function, exact and sketched. */
class DeviationsTest {

    @Test
    void madOfSmallSamplesByHand() {
        // 1, 2, 3, 4, 100: median 3, deviations 2, 1, 0, 1, 97 -> sorted 0, 1, 1, 2, 97 -> MAD 1
        assertThat(Deviations.medianAbsolute(SortedSample.of(1, 2, 3, 4, 100), 3)).isEqualTo(1);
        // 1, 2, 4, 8: median 3, deviations 2, 1, 1, 5 -> 1, 1, 2, 5 -> MAD (1 + 2) / 2 = 1.5
        assertThat(Deviations.medianAbsolute(SortedSample.of(1, 2, 4, 8), 3)).isEqualTo(1.5);
        // more than half equal: 5, 5, 5, 6, 100 -> MAD 0; mean absolute deviation (0+0+0+1+95)/5 = 19.2
        assertThat(Deviations.medianAbsolute(SortedSample.of(5, 5, 5, 6, 100), 5)).isZero();
        assertThat(Deviations.meanAbsolute(SortedSample.of(5, 5, 5, 6, 100), 5)).isCloseTo(19.2, within(1e-12));
        assertThat(Deviations.medianAbsolute(SortedSample.of(), 0)).isNaN();
        assertThat(Deviations.medianAbsolute(SortedSample.of(7), 7)).isZero();
    }

    @Test
    void madNear1e308IsFinite() {
        // -1e308, 0, 1e308: median 0, deviations 1e308, 0, 1e308 -> MAD 1e308; mean absolute 2e308/3
        SortedSample s = SortedSample.of(-1e308, 0, 1e308);
        assertThat(Deviations.medianAbsolute(s, 0)).isEqualTo(1e308);
        assertThat(Deviations.meanAbsolute(s, 0)).isFinite().isCloseTo(1e308 / 3 * 2, within(1e295));
    }

    @Test
    void exactSummariesGiveTheMedianOfTheDeviationsComputedDirectly() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(200);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 2 == 0 ? random.nextInt(30) : random.nextGaussian() * 1000;
            }
            SortedSample s = SortedSample.of(x);
            double median = s.quantile(0.5);
            double[] d = Arrays.stream(x).map(v -> Math.abs(v - median)).sorted().toArray();
            double direct = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
            assertThat(Deviations.medianAbsolute(s, median)).as("trial %d", trial).isEqualTo(direct);
            double mean = Arrays.stream(x).map(v -> Math.abs(v - median)).sum() / n;
            assertThat(Deviations.meanAbsolute(s, median)).as("trial %d", trial)
                    .isCloseTo(mean, within(1e-9 * Math.max(1, mean)));
        }
    }

    @Test
    void aSketchGivesTheMadWithinItsRankError() {
        // 300,000 uniform values on [0, 1): median 1/2, MAD 1/4; the sketch's rank error bounds the error of F
        int n = 300_000;
        double[] x = new double[n];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
        }
        QuantileSummary sketch = Scans.whole(Table.of("u", List.of(NumericColumn.of("x", x))), Quantiles.of("x"));
        assertThat(sketch.isExact()).isFalse();
        double mad = Deviations.medianAbsolute(sketch, sketch.quantile(0.5));
        // F(m + d) - F(m - d) = 2d on the uniform: a rank error e moves d by at most e (plus the median's e / 2)
        assertThat(mad).isCloseTo(0.25, within(2 * sketch.rankError()));
        assertThat(Deviations.meanAbsolute(sketch, sketch.quantile(0.5))).isCloseTo(0.25, within(0.01));
    }
}
