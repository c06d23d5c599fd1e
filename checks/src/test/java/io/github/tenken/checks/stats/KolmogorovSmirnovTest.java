package io.github.tenken.checks.stats;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import io.github.tenken.stats.SortedSample;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KolmogorovSmirnovTest {

    @Test
    void identicalSamplesHaveDistanceZeroAndPValueOne() {
        SortedSample a = SortedSample.of(3, 1, 2, 2, 5);
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(a, SortedSample.of(5, 2, 2, 1, 3));
        assertThat(r.statistic()).isEqualTo(0.0);
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void fullySeparatedSamplesHaveDistanceOne() {
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(SortedSample.of(1, 2, 3), SortedSample.of(10, 11, 12, 13));
        assertThat(r.statistic()).isEqualTo(1.0);
        assertThat(r.n1()).isEqualTo(3);
        assertThat(r.n2()).isEqualTo(4);
    }

    @Test
    void sharedValuesStepBothDistributionFunctionsTogether() {
        // F1 at 1,2,3,4 = .25,.5,.75,1; F2 at 3,4,5 = .2,.4,.6: distances .25,.5,.55,.6,.4,.2,0 -> D = 0.6.
        // Stepping through the tie at 3 one sample at a time would wrongly report 0.75.
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(SortedSample.of(1, 2, 3, 4), SortedSample.of(3, 4, 5, 6, 7));
        assertThat(r.statistic()).isCloseTo(0.6, within(1e-15));
        // p = Q((sqrt(ne) + 0.12 + 0.11/sqrt(ne)) D), ne = 4*5/9
        double en = Math.sqrt(20.0 / 9);
        assertThat(r.pValue()).isCloseTo(KolmogorovSmirnov.kolmogorovTail((en + 0.12 + 0.11 / en) * 0.6), within(1e-15));
    }

    @Test
    void kolmogorovTailMatchesTabulatedCriticalValues() {
        // the classic asymptotic critical values: K_{0.10} = 1.2238, K_{0.05} = 1.3581, K_{0.01} = 1.6276
        assertThat(KolmogorovSmirnov.kolmogorovTail(1.2238)).isCloseTo(0.10, within(1e-4));
        assertThat(KolmogorovSmirnov.kolmogorovTail(1.3581)).isCloseTo(0.05, within(1e-4));
        assertThat(KolmogorovSmirnov.kolmogorovTail(1.6276)).isCloseTo(0.01, within(1e-4));
        assertThat(KolmogorovSmirnov.kolmogorovTail(0)).isEqualTo(1.0);
        assertThat(KolmogorovSmirnov.kolmogorovTail(0.2)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void bothSeriesOfTheTailAgreeWhereTheySwitch() {
        double below = KolmogorovSmirnov.kolmogorovTail(Math.nextDown(1.18));
        double above = KolmogorovSmirnov.kolmogorovTail(1.18);
        assertThat(below).isCloseTo(above, within(1e-12));
    }

    @Test
    void statisticIsTheLargestGapBetweenTheEmpiricalDistributionFunctions() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            statisticIsTheLargestGapBetweenTheEmpiricalDistributionFunctions(ints(r, 1, 30, 0, 8), ints(r, 1, 30, 0, 8));
        }
    }

    /** A seeded random list of whole numbers: the inputs of the law checks below (a failure replays exactly). */
    private static List<Integer> ints(SplittableRandom r, int minSize, int maxSize, int lo, int hi) {
        int n = minSize + r.nextInt(maxSize - minSize + 1);
        List<Integer> xs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(lo + r.nextInt(hi - lo + 1));
        }
        return xs;
    }

    private static void statisticIsTheLargestGapBetweenTheEmpiricalDistributionFunctions(List<Integer> xs,
                                                                                         List<Integer> ys) {
        SortedSample a = SortedSample.of(xs.stream().mapToDouble(Integer::doubleValue).toArray());
        SortedSample b = SortedSample.of(ys.stream().mapToDouble(Integer::doubleValue).toArray());
        double brute = 0;
        for (int v = 0; v <= 8; v++) {
            brute = Math.max(brute, Math.abs(a.ecdf(v) - b.ecdf(v)));
        }
        assertThat(KolmogorovSmirnov.test(a, b).statistic()).isCloseTo(brute, within(1e-12));
        assertThat(KolmogorovSmirnov.test(b, a).statistic()).isCloseTo(brute, within(1e-12));
    }

    @Test
    void anEmptySampleIsRejectedWithTheSizes() {
        assertThatThrownBy(() -> KolmogorovSmirnov.test(SortedSample.of(), SortedSample.of(1)))
                .hasMessage("Kolmogorov-Smirnov test needs two non-empty samples, sizes were 0 and 1");
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
