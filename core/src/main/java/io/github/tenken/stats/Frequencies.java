package io.github.tenken.stats;

import java.util.List;

/**
 * Counts of each category of a column.
 *
 * @param values  the category values, indexed by code (the shared dictionary at the time of the result)
 * @param counts  the count of each code; codes of other tables' values count 0
 * @param missing rows where the value is missing
 */
public record Frequencies(List<String> values, long[] counts, long missing) {

    public Frequencies {
        values = List.copyOf(values);
        counts = counts.clone();
    }

    /** The count of one value (0 when unknown). */
    public long count(String value) {
        int i = values.indexOf(value);
        return i < 0 || i >= counts.length ? 0 : counts[i];
    }

    /** Rows with a value present. */
    public long present() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** A copy of the counts. */
    @Override
    public long[] counts() {
        return counts.clone();
    }
}
