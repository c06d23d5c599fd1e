package io.github.tenken.stats;

import io.github.tenken.data.Batch;

/**
 * Number of missing values in one column.
 *
 * @param column the column
 */
public record MissingCount(String column) implements RowCounter {

    @Override
    public long count(Batch batch) {
        return batch.column(column).missingCount();
    }
}
