package io.github.tenken.checks.fairness;

import io.github.tenken.message.Message;

/**
 * What the model did for one group of a sensitive attribute, on the labelled test rows.
 *
 * @param group         the group's value ({@code null} for rows whose value is missing)
 * @param rows          labelled rows in the group
 * @param selected      rows predicted as the positive class
 * @param positives     rows whose label is the positive class
 * @param truePositives rows both predicted and labelled positive
 * @param qualifies     whether the group is large enough to count in the verdict
 */
public record GroupRates(String group, long rows, long selected, long positives, long truePositives,
                         boolean qualifies) {

    /** Share of the group predicted positive. */
    public double selectionRate() {
        return rows == 0 ? Double.NaN : (double) selected / rows;
    }

    /** Share of the group actually positive. */
    public double baseRate() {
        return rows == 0 ? Double.NaN : (double) positives / rows;
    }

    /** Share of the group's positives the model found; {@code NaN} without positives. */
    public double truePositiveRate() {
        return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    /** Share of the group's negatives the model selected; {@code NaN} without negatives. */
    public double falsePositiveRate() {
        long negatives = rows - positives;
        return negatives == 0 ? Double.NaN : (double) (selected - truePositives) / negatives;
    }

    /** Share of the group's selected rows that are positive (precision); {@code NaN} when none is selected. */
    public double precision() {
        return selected == 0 ? Double.NaN : (double) truePositives / selected;
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
