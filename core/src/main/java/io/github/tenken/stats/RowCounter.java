package io.github.tenken.stats;

import io.github.tenken.data.Table;

/**
 * An analyzer whose statistic is a count of rows: only {@link #count(Table, int, int)} differs between such
 * analyzers; the state, merge and result are shared here.
 */
public interface RowCounter extends Analyzer<long[], Long> {

    /** How many of rows {@code from} (inclusive) to {@code to} (exclusive) count. */
    long count(Table table, int from, int to);

    @Override
    default long[] newState(Table table) {
        return new long[1];
    }

    @Override
    default void update(long[] state, Table table, int from, int to) {
        state[0] += count(table, from, to);
    }

    @Override
    default long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    default Long result(long[] state, Table table) {
        return state[0];
    }
}
