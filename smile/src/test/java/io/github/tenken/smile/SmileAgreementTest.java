package io.github.tenken.smile;

import io.github.tenken.checks.stats.ChiSquareHomogeneity;
import io.github.tenken.checks.stats.KolmogorovSmirnov;
import io.github.tenken.stats.SortedSample;
import org.junit.jupiter.api.Test;
import smile.stat.hypothesis.ChiSqTest;
import smile.stat.hypothesis.KSTest;
import smile.validation.metric.AUC;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tenken's own statistics (in tenken-checks, which does not depend on Smile) against Smile's implementations, an
 * independent second computation: Kolmogorov-Smirnov (same asymptotic p-value with Stephens' correction), chi-square
 * of homogeneity and the ROC AUC with ties counted one half.
 */
class SmileAgreementTest {

    @Test
    void agreesWithSmileOnRandomSamples() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            int n1 = 20 + random.nextInt(400);
            int n2 = 20 + random.nextInt(400);
            double shift = round * 0.02;
            double[] x = new double[n1];
            double[] y = new double[n2];
            for (int i = 0; i < n1; i++) {
                x[i] = Math.floor(gaussian(random) * 10) / 10;   // rounded: many ties
            }
            for (int i = 0; i < n2; i++) {
                y[i] = Math.floor((gaussian(random) + shift) * 10) / 10;
            }
            KolmogorovSmirnov.Result mine = KolmogorovSmirnov.test(SortedSample.of(x), SortedSample.of(y));
            KSTest reference = KSTest.test(x.clone(), y.clone());
            assertThat(mine.statistic()).as("D, round %d", round).isCloseTo(reference.d, within(1e-12));
            assertThat(mine.pValue()).as("p, round %d", round).isCloseTo(reference.pvalue, within(1e-10));
        }
    }

    @Test
    void agreesWithSmileOnTablesOfThreeOrMoreCategories() {
        // Smile applies Yates' correction to 2 x 2 tables only, so larger tables must agree exactly
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 30; round++) {
            int k = 3 + random.nextInt(6);
            long[] a = new long[k];
            long[] b = new long[k];
            int[][] table = new int[2][k];
            for (int i = 0; i < k; i++) {
                a[i] = 1 + random.nextInt(200);
                b[i] = 1 + random.nextInt(200);
                table[0][i] = (int) a[i];
                table[1][i] = (int) b[i];
            }
            ChiSquareHomogeneity.Result mine = ChiSquareHomogeneity.test(a, b);
            ChiSqTest reference = ChiSqTest.test(table);
            assertThat(mine.statistic()).as("chi2, round %d", round).isCloseTo(reference.chisq, within(1e-9));
            assertThat((double) mine.degreesOfFreedom()).isEqualTo(reference.df);
            assertThat(mine.pValue()).as("p, round %d", round).isCloseTo(reference.pvalue, within(1e-12));
            assertThat(mine.cramersV()).as("V, round %d", round).isCloseTo(reference.CramerV, within(1e-12));
        }
    }

    @Test
    void smilesAucCountsTiesAsOneHalfToo() {
        // the fixture of ClassificationPerformanceCheckTest.aucCountsTiesAsOneHalf: 2.5 of 4 pairs
        assertThat(AUC.of(new int[]{1, 0, 1, 0}, new double[]{0.8, 0.8, 0.4, 0.2})).isEqualTo(0.625);
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
