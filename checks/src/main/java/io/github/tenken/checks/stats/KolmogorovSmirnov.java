package io.github.tenken.checks.stats;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.SortedSample;

/**
 * The two-sample Kolmogorov-Smirnov test on sorted samples: the statistic {@code D}, the largest distance between
 * the two empirical distribution functions (ties handled: both functions step past a shared value together), and
 * its asymptotic p-value.
 *
 * <p>The p-value is the Kolmogorov distribution's tail {@code Q(z)} at {@code z = (sqrt(ne) + 0.12 + 0.11/sqrt(ne)) D}
 * with {@code ne = n1 n2 / (n1 + n2)} (Stephens' correction, as in Numerical Recipes and Smile's {@code KSTest}).
 * It is accurate for {@code ne >= 4} or so and conservative with many ties; for tiny samples read D, not p.
 */
public final class KolmogorovSmirnov {

    private KolmogorovSmirnov() {
    }

    /**
     * The result of a two-sample test.
     *
     * @param statistic the largest distance D between the two empirical distribution functions, in [0, 1]
     * @param pValue    the asymptotic p-value of D under "both samples come from one distribution"
     * @param n1        size of the first sample
     * @param n2        size of the second sample
     * @param error     how far D may be from the exact value when a sample is summarised by a sketch: the sum of
     *                  both summaries' rank errors (0 when both are exact)
     */
    public record Result(double statistic, double pValue, long n1, long n2, double error) {
    }

    /**
     * Tests whether two samples come from one distribution; neither may be empty. Works on exact samples and on
     * sketches alike: D is the largest distance between the two distribution functions at the breakpoints of either.
     */
    public static Result test(QuantileSummary a, QuantileSummary b) {
        long n1 = a.count();
        long n2 = b.count();
        Preconditions.check(n1 > 0 && n2 > 0, "Kolmogorov-Smirnov test needs two non-empty samples, sizes were %d and %d",
                n1, n2);
        double d = statistic(a, b);
        double ne = Math.sqrt((double) n1 * n2 / (n1 + n2));
        return new Result(d, kolmogorovTail((ne + 0.12 + 0.11 / ne) * d), n1, n2, a.rankError() + b.rankError());
    }

    /** The statistic D of two non-empty summaries: both distribution functions step past a shared value together. */
    static double statistic(QuantileSummary a, QuantileSummary b) {
        if (a instanceof SortedSample x && b instanceof SortedSample y) {
            return exactStatistic(x, y);
        }
        double[] pa = a.breakpoints();
        double[] pb = b.breakpoints();
        double d = 0;
        int i = 0;
        int j = 0;
        while (i < pa.length || j < pb.length) {
            double x = j >= pb.length || (i < pa.length && pa[i] <= pb[j]) ? pa[i] : pb[j];
            while (i < pa.length && pa[i] <= x) {
                i++;
            }
            while (j < pb.length && pb[j] <= x) {
                j++;
            }
            d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
        }
        return d;
    }

    private static double exactStatistic(SortedSample a, SortedSample b) {
        int n1 = a.size();
        int n2 = b.size();
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < n1 && j < n2) {
            double x = Math.min(a.get(i), b.get(j));
            while (i < n1 && a.get(i) <= x) {
                i++;
            }
            while (j < n2 && b.get(j) <= x) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / n1 - (double) j / n2));
        }
        return d;
    }

    /**
     * The tail {@code Q(z) = P(K > z)} of the Kolmogorov distribution: for small z from the Jacobi-theta form
     * {@code 1 - sqrt(2 pi)/z sum exp(-(2k-1)^2 pi^2 / (8 z^2))}, otherwise from
     * {@code 2 sum (-1)^(k-1) exp(-2 k^2 z^2)}; both series summed until their terms vanish.
     */
    public static double kolmogorovTail(double z) {
        Preconditions.check(z >= 0, "Kolmogorov distribution is defined for z >= 0, was %s", z);
        if (z == 0) {
            return 1;
        }
        if (z < 1.18) {
            double sum = 0;
            for (int k = 1; k < 100; k++) {
                double term = Math.exp(-Math.pow(2 * k - 1, 2) * Math.PI * Math.PI / (8 * z * z));
                sum += term;
                if (term < 1e-17 * sum) {
                    break;
                }
            }
            return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / z * sum));
        }
        double sum = 0;
        for (int k = 1; k < 100; k++) {
            double term = Math.exp(-2.0 * k * k * z * z);
            sum += (k % 2 == 1 ? term : -term);
            if (term < 1e-17) {
                break;
            }
        }
        return Math.min(1, Math.max(0, 2 * sum));
    }
}
