package io.github.tenken.checks.fairness;

import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * How the labelled rows fall into the groups of one sensitive attribute, or of a pair of them: a group code per
 * labelled row ({@code -1} when the value is missing) and the name of each code.
 *
 * @param attribute the attribute, or {@code "a & b"} for a pair
 * @param labels    the name of each group code
 * @param codes     the group code of each labelled row, in the order of the labelled predictions
 * @param note      how a numeric attribute was cut into groups when no edges were declared, or {@code null}
 */
record Grouping(String attribute, List<String> labels, int[] codes, Message note) {

    /** The code of a row whose value is missing. */
    static final int MISSING = -1;

    Grouping {
        labels = List.copyOf(labels);
    }

    /** Number of group codes (the missing group not counted). */
    int size() {
        return labels.size();
    }

    /**
     * The groups of two attributes together: one per pair of values, named {@code "Female & Black"}; a row missing
     * either value is missing.
     */
    static Grouping cross(Grouping a, Grouping b) {
        List<String> labels = new ArrayList<>(a.size() * b.size());
        for (String x : a.labels) {
            for (String y : b.labels) {
                labels.add(x + " & " + y);
            }
        }
        int[] codes = new int[a.codes.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = a.codes[i] == MISSING || b.codes[i] == MISSING ? MISSING : a.codes[i] * b.size() + b.codes[i];
        }
        return new Grouping(a.attribute + " & " + b.attribute, labels, codes, null);
    }
}
