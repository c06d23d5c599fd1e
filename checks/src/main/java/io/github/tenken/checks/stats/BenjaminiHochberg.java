package io.github.tenken.checks.stats;

/**
 * The Benjamini-Hochberg adjustment of p-values for the false discovery rate: with the m p-values sorted ascending,
 * the adjusted value of the i-th is {@code min over j >= i of (m / j) p_(j)}, capped at 1. A column is "drifted at FDR
 * alpha" when its adjusted p is below alpha.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * The adjusted p-values, in the order of the input; a {@code NaN} (a test that could not run) stays {@code NaN}
     * and does not count among the m tests. The input is not changed.
     */
    public static double[] adjust(double[] pValues) {
        int m = 0;
        for (double p : pValues) {
            if (!Double.isNaN(p)) {
                io.github.tenken.internal.Preconditions.check(p >= 0 && p <= 1, "p-value %s is outside [0, 1]", p);
                m++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0, k = 0; i < pValues.length; i++) {
            if (!Double.isNaN(pValues[i])) {
                order[k++] = i;
            }
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(pValues[x], pValues[y]));
        double[] adjusted = new double[pValues.length];
        java.util.Arrays.fill(adjusted, Double.NaN);
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * ((double) m / rank));
            adjusted[i] = Math.max(running, pValues[i]);   // never below the raw p, even after rounding
        }
        return adjusted;
    }
}
