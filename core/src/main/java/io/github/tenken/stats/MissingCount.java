package io.github.tenken.stats;

import io.github.tenken.data.Column;
import io.github.tenken.data.Table;

/**
 * Number of missing values in one column.
 *
 * @param column the column
 */
public record MissingCount(String column) implements Analyzer<long[], Long> {

    @Override
    public long[] newState(Table table) {
        return new long[1];
    }

    @Override
    public void update(long[] state, Table table, int from, int to) {
        Column c = table.column(column);
        long m = 0;
        for (int i = from; i < to; i++) {
            if (c.isMissing(i)) {
                m++;
            }
        }
        state[0] += m;
    }

    @Override
    public long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    public Long result(long[] state, Table table) {
        return state[0];
    }
}
