package io.github.tenken.checks.fairness;

import io.github.tenken.message.Message;

/**
 * What a regression model did for one group of a sensitive attribute, on the labelled test rows.
 *
 * @param group          the group's value ({@code null} for rows whose value is missing)
 * @param rows           labelled rows in the group
 * @param meanPrediction mean predicted value ({@code NaN} without rows)
 * @param meanLabel      mean label ({@code NaN} without rows)
 * @param mae            mean absolute error ({@code NaN} without rows)
 * @param rmse           root mean squared error ({@code NaN} without rows)
 * @param qualifies      whether the group is large enough to count in the verdict
 */
public record GroupErrors(String group, long rows, double meanPrediction, double meanLabel, double mae, double rmse,
                          boolean qualifies) {

    /** The group from its sums {@code {n, sum prediction, sum label, sum |error|, sum error²}}. */
    static GroupErrors of(String group, double[] sums, boolean qualifies) {
        double n = sums[0];
        if (n == 0) {
            return new GroupErrors(group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, qualifies);
        }
        return new GroupErrors(group, (long) n, sums[1] / n, sums[2] / n, sums[3] / n, Math.sqrt(sums[4] / n),
                qualifies);
    }

    /** The group's name for charts: its value, or an em dash for the rows whose value is missing. */
    public String label() {
        return group == null ? "\u2014" : group;
    }

    /** The group's name for tables: its value, or a translated "(missing)". */
    public Object cell() {
        return group == null ? Message.of("fairness.missingGroup") : group;
    }
}
