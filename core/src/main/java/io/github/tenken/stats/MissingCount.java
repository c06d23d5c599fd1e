package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.Column;

/**
 * Number of missing values in one column.
 *
 * @param column the column
 */
public record MissingCount(String column) implements RowCounter {

    @Override
    public long count(Batch batch) {
        Column c = batch.column(column);
        long m = 0;
        for (int i = 0, n = batch.size(); i < n; i++) {
            if (c.isMissing(i)) {
                m++;
            }
        }
        return m;
    }
}
