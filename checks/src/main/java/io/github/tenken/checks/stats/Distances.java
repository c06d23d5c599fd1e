package io.github.tenken.checks.stats;

import io.github.tenken.stats.QuantileSummary;

import java.util.Arrays;

/**
 * Distances between two distributions, as drift monitors report them for large samples where every p-value is
 * tiny (after Evidently): the Wasserstein (earth mover's) distance of two numeric distributions, the Jensen-Shannon
 * distance of two categorical ones, and the population stability index (PSI) of either.
 */
public final class Distances {

    /** The share a bin or category with no rows takes in a PSI, so that its logarithm is finite (as Evidently). */
    public static final double PSI_FLOOR = 1e-4;

    private Distances() {
    }

    /**
     * The first Wasserstein distance {@code integral |F(x) - G(x)| dx} of two non-empty distributions: exact for
     * exact summaries (both distribution functions are steps at their breakpoints), from the sketches' steps
     * otherwise. Widths are halved before subtracting so that values near +-1e308 do not overflow.
     */
    public static double wasserstein(QuantileSummary a, QuantileSummary b) {
        double[] xs = union(a.breakpoints(), b.breakpoints());
        double sum = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            double gap = Math.abs(a.cdf(xs[i]) - b.cdf(xs[i]));
            if (gap > 0) {
                sum += gap * (xs[i + 1] / 2 - xs[i] / 2) * 2;
            }
        }
        return sum;
    }

    private static double[] union(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /**
     * The Jensen-Shannon distance (the square root of the divergence, natural logarithm, as SciPy's
     * {@code jensenshannon}) of two distributions given as counts of the same categories; neither may be all zero.
     */
    public static double jensenShannon(long[] a, long[] b) {
        double na = Arrays.stream(a).sum();
        double nb = Arrays.stream(b).sum();
        double divergence = 0;
        for (int i = 0; i < a.length; i++) {
            double p = a[i] / na;
            double q = b[i] / nb;
            double m = (p + q) / 2;
            if (p > 0) {
                divergence += p * Math.log(p / m) / 2;
            }
            if (q > 0) {
                divergence += q * Math.log(q / m) / 2;
            }
        }
        return Math.sqrt(Math.max(0, divergence));
    }

    /** The PSI {@code sum (c - r) ln(c / r)} of two distributions given as counts of the same bins or categories. */
    public static double psi(long[] reference, long[] compared) {
        double nr = Arrays.stream(reference).sum();
        double nc = Arrays.stream(compared).sum();
        double[] r = new double[reference.length];
        double[] c = new double[compared.length];
        for (int i = 0; i < reference.length; i++) {
            r[i] = reference[i] / nr;
            c[i] = compared[i] / nc;
        }
        return psiOfShares(r, c);
    }

    private static double psiOfShares(double[] reference, double[] compared) {
        double psi = 0;
        for (int i = 0; i < reference.length; i++) {
            double r = Math.max(reference[i], PSI_FLOOR);
            double c = Math.max(compared[i], PSI_FLOOR);
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    /**
     * The PSI of two numeric distributions over {@code bins} bins cut at the reference's quantiles
     * {@code 1/bins ... (bins-1)/bins} (ties merged), each bin {@code (e_i, e_i+1]}: shares from both distribution
     * functions.
     */
    public static double psi(QuantileSummary reference, QuantileSummary compared, int bins) {
        double[] edges = new double[bins - 1];
        int k = 0;
        for (int i = 1; i < bins; i++) {
            double e = reference.quantile((double) i / bins);
            if (k == 0 || e > edges[k - 1]) {
                edges[k++] = e;
            }
        }
        double[] r = new double[k + 1];
        double[] c = new double[k + 1];
        double previousR = 0;
        double previousC = 0;
        for (int i = 0; i <= k; i++) {
            double fr = i == k ? 1 : reference.cdf(edges[i]);
            double fc = i == k ? 1 : compared.cdf(edges[i]);
            r[i] = fr - previousR;
            c[i] = fc - previousC;
            previousR = fr;
            previousC = fc;
        }
        return psiOfShares(r, c);
    }
}
