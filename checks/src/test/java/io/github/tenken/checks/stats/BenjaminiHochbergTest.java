package io.github.tenken.checks.stats;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenjaminiHochbergTest {

    @Test
    void handExampleInInputOrder() {
        // sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); m/rank * p = 0.02, 0.02, 0.04, 0.04
        double[] p = {0.01, 0.04, 0.03, 0.005};
        assertThat(BenjaminiHochberg.adjust(p)).containsExactly(new double[]{0.02, 0.04, 0.04, 0.02}, within(1e-15));
        assertThat(p).containsExactly(0.01, 0.04, 0.03, 0.005);
    }

    @Test
    void aLargerRankCanLowerASmallerOnesAdjustment() {
        // raw: 0.02 * 3/1 = 0.06, 0.021 * 3/2 = 0.0315, 0.9; the step-up takes the minimum from above: 0.0315
        assertThat(BenjaminiHochberg.adjust(new double[]{0.02, 0.021, 0.9}))
                .containsExactly(new double[]{0.0315, 0.0315, 0.9}, within(1e-15));
    }

    @Test
    void testsThatCouldNotRunStayNaNAndDoNotCount() {
        // m = 2: 0.01 * 2 = 0.02, 0.04 * 2/2 = 0.04
        double[] adjusted = BenjaminiHochberg.adjust(new double[]{0.01, Double.NaN, 0.04});
        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-15));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-15));
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }

    @Test
    void adjustedValuesKeepTheOrderOfTheRawOnesAndNeverFallBelowThem() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            List<Double> raw = new java.util.ArrayList<>();
            for (int i = 1 + r.nextInt(20); i > 0; i--) {
                raw.add(r.nextInt(4) == 0 ? (double) r.nextInt(2) : r.nextDouble());   // include exact 0 and 1
            }
            adjustedValuesKeepTheOrderOfTheRawOnesAndNeverFallBelowThem(raw);
        }
    }

    private static void adjustedValuesKeepTheOrderOfTheRawOnesAndNeverFallBelowThem(List<Double> raw) {
        double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(q[i]).isBetween(p[i], 1.0);
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                    assertThat(q[i]).isLessThanOrEqualTo(q[j]);
                }
            }
        }
    }
}
