package io.github.tenken.checks.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChiSquareHomogeneityTest {

    @Test
    void handComputedTwoByThreeTable() {
        // totals 30, 40, 50 of n = 120, both samples 60: expected 15, 20, 25 in each row.
        // chi2 = 2 * (25/15) + 0 + 2 * (25/25) = 16/3; df = 2, whose tail is exp(-chi2/2); V = sqrt(chi2 / 120)
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(new long[]{10, 20, 30}, new long[]{20, 20, 20});
        assertThat(r.statistic()).isCloseTo(16.0 / 3, within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(2);
        assertThat(r.pValue()).isCloseTo(Math.exp(-8.0 / 3), within(1e-10));
        assertThat(r.cramersV()).isCloseTo(Math.sqrt(16.0 / 3 / 120), within(1e-12));
    }

    @Test
    void handComputedTwoByTwoTableHasNoContinuityCorrection() {
        // 30/70 vs 50/50, n = 200: expected 40 and 60 in each row; chi2 = 2 * (100/40 + 100/60) = 25/3
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(new long[]{30, 70}, new long[]{50, 50});
        assertThat(r.statistic()).isCloseTo(25.0 / 3, within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.cramersV()).isCloseTo(Math.sqrt(25.0 / 3 / 200), within(1e-12));
        // P(chi2_1 > x) = erfc(sqrt(x/2)); for x = 25/3 that is 0.0038924 (R: pchisq(25/3, 1, lower = FALSE))
        assertThat(r.pValue()).isCloseTo(0.0038924, within(1e-6));
    }

    @Test
    void equalSharesGiveZeroAndCategoriesAbsentFromBothAreLeftOut() {
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(new long[]{10, 0, 30}, new long[]{20, 0, 60});
        assertThat(r.statistic()).isEqualTo(0.0);
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.cramersV()).isEqualTo(0.0);
    }

    @Test
    void oneCategoryHasNoDegreesOfFreedomAndPValueOne() {
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(new long[]{5}, new long[]{9});
        assertThat(r.degreesOfFreedom()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void mismatchedOrEmptyInputsAreRejected() {
        assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[]{1, 2}, new long[]{1}))
                .hasMessage("chi-square test needs counts of the same categories, got 2 and 1");
        assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[]{0, 0}, new long[]{1, 2}))
                .hasMessage("chi-square test needs two non-empty samples, sizes were 0 and 3");
    }
}
