package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Table;

import java.util.Arrays;

/**
 * Counts of each category of a categorical column.
 *
 * @param column the categorical column
 */
public record CategoryCounts(String column) implements Analyzer<CategoryCounts.State, Frequencies> {

    /** Counts by code, grown as codes appear. */
    public static final class State {
        long[] counts = new long[8];
        long missing;
    }

    @Override
    public State newState(Table table) {
        return new State();
    }

    @Override
    public void update(State s, Table table, int from, int to) {
        CategoricalColumn c = table.categorical(column);
        for (int i = from; i < to; i++) {
            int code = c.code(i);
            if (code == CategoricalColumn.MISSING) {
                s.missing++;
            } else {
                if (code >= s.counts.length) {
                    s.counts = Arrays.copyOf(s.counts, Math.max(code + 1, s.counts.length * 2));
                }
                s.counts[code]++;
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        if (b.counts.length > a.counts.length) {
            a.counts = Arrays.copyOf(a.counts, b.counts.length);
        }
        for (int i = 0; i < b.counts.length; i++) {
            a.counts[i] += b.counts[i];
        }
        a.missing += b.missing;
        return a;
    }

    @Override
    public Frequencies result(State s, Table table) {
        var values = table.categorical(column).dictionary().values();
        return new Frequencies(values, Arrays.copyOf(s.counts, values.size()), s.missing);
    }
}
