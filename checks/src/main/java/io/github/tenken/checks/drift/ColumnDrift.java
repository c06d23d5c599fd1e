package io.github.tenken.checks.drift;

import java.util.List;

/**
 * The drift test of one column between the reference (training) and the compared data.
 *
 * @param column     the column
 * @param numeric    whether it was tested as numeric (Kolmogorov-Smirnov) or categorical (chi-square)
 * @param test       the test's name as reported, e.g. {@code Kolmogorov-Smirnov} or {@code chi-square (df 3)}
 * @param statistic  the test statistic (D, or chi-square); {@code NaN} when the test could not run
 * @param pValue     the raw p-value; {@code NaN} when the test could not run
 * @param effect     the effect size: D for numeric columns, Cramér's V for categorical ones
 * @param unseen     categories present in the compared data but never in the reference, with their row counts
 * @param note       why the test could not run, or empty
 */
record ColumnDrift(String column, boolean numeric, String test, double statistic, double pValue, double effect,
                   List<UnseenCategory> unseen, String note) {

    ColumnDrift {
        unseen = List.copyOf(unseen);
    }

    /** A category of the compared data that the reference data never shows. */
    record UnseenCategory(String value, long rows) {
    }

    /** Whether the column counts as drifted: significant after adjustment and material in size. */
    boolean isDrifted(double adjustedP, double alpha, double minEffect) {
        return !Double.isNaN(adjustedP) && adjustedP < alpha && effect >= minEffect;
    }
}
