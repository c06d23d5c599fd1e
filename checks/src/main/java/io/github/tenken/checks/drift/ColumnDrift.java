package io.github.tenken.checks.drift;

import io.github.tenken.message.Message;

import java.util.List;

/**
 * The drift test of one column between the reference (training) and the compared data.
 *
 * @param column    the column
 * @param numeric   whether it was tested as numeric (Kolmogorov-Smirnov) or categorical (chi-square)
 * @param test      the test as reported, e.g. Kolmogorov-Smirnov or chi-square (df 3), with why it could not run
 * @param statistic the test statistic (D, or chi-square); {@code NaN} when the test could not run
 * @param pValue    the raw p-value; {@code NaN} when the test could not run
 * @param effect    the effect size: D for numeric columns, Cramér's V for categorical ones
 * @param error     how far D may be off when a sample was summarised by a sketch (0 when exact)
 * @param sketch    the sketch behind the error, or empty
 * @param unseen    categories present in the compared data but never in the reference, with their row counts
 * @param distance  whether the column was judged by a distance (Wasserstein or Jensen-Shannon, large samples)
 *                  rather than a p-value; the statistic is then the distance and the p-value {@code NaN}
 * @param psi       the population stability index, reported beside the test; {@code NaN} when not computed
 */
record ColumnDrift(String column, boolean numeric, Message test, double statistic, double pValue, double effect,
                   double error, String sketch, List<UnseenCategory> unseen, boolean distance, double psi) {

    ColumnDrift {
        unseen = List.copyOf(unseen);
    }

    /** A category of the compared data that the reference data never shows. */
    record UnseenCategory(String value, long rows) {
    }

    /**
     * Whether the column counts as drifted: for a small sample, significant after adjustment and material in size;
     * for a large one, a distance of at least the threshold.
     */
    boolean isDrifted(double adjustedP, double alpha, double minEffect, double threshold) {
        if (distance) {
            return statistic >= threshold;
        }
        return !Double.isNaN(adjustedP) && adjustedP < alpha && effect >= minEffect;
    }
}
