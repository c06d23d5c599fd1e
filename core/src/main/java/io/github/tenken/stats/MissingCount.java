package io.github.tenken.stats;

import io.github.tenken.data.Column;
import io.github.tenken.data.Table;

/**
 * Number of missing values in one column.
 *
 * @param column the column
 */
public record MissingCount(String column) implements RowCounter {

    @Override
    public long count(Table table, int from, int to) {
        Column c = table.column(column);
        long m = 0;
        for (int i = from; i < to; i++) {
            if (c.isMissing(i)) {
                m++;
            }
        }
        return m;
    }
}
