package io.github.tenken.checks.stats;

import io.github.tenken.internal.Preconditions;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of homogeneity of two samples of categories (a 2 x k contingency table, no continuity
 * correction) with Cramér's V as the effect size. Categories absent from both samples are left out, so they add
 * neither to the statistic nor to the degrees of freedom.
 */
public final class ChiSquareHomogeneity {

    private ChiSquareHomogeneity() {
    }

    /**
     * The result of the test.
     *
     * @param statistic        the chi-square statistic
     * @param degreesOfFreedom {@code k - 1} for the k categories seen in either sample
     * @param pValue           the upper tail of the chi-square distribution at the statistic (1 when df is 0)
     * @param cramersV         {@code sqrt(chi2 / n)}, the effect size in [0, 1] (0 = same shares)
     */
    public record Result(double statistic, int degreesOfFreedom, double pValue, double cramersV) {
    }

    /** Tests whether two samples, given as counts per category (same category order), share one distribution. */
    public static Result test(long[] reference, long[] compared) {
        Preconditions.check(reference.length == compared.length,
                "chi-square test needs counts of the same categories, got %d and %d", reference.length, compared.length);
        long n1 = 0;
        long n2 = 0;
        for (int i = 0; i < reference.length; i++) {
            Preconditions.check(reference[i] >= 0 && compared[i] >= 0, "category %d has a negative count", i);
            n1 += reference[i];
            n2 += compared[i];
        }
        Preconditions.check(n1 > 0 && n2 > 0, "chi-square test needs two non-empty samples, sizes were %d and %d", n1, n2);
        double n = n1 + n2;
        double chi2 = 0;
        int categories = 0;
        for (int i = 0; i < reference.length; i++) {
            long total = reference[i] + compared[i];
            if (total == 0) {
                continue;
            }
            categories++;
            double e1 = total * (n1 / n);
            double e2 = total * (n2 / n);
            chi2 += sq(reference[i] - e1) / e1 + sq(compared[i] - e2) / e2;
        }
        int df = categories - 1;
        // the upper tail of the chi-square distribution (Apache Commons Statistics); at 0 it is 1
        double p = df == 0 || chi2 <= 0 ? 1 : ChiSquaredDistribution.of(df).survivalProbability(chi2);
        return new Result(chi2, df, p, Math.sqrt(chi2 / n));
    }

    private static double sq(double x) {
        return x * x;
    }
}
