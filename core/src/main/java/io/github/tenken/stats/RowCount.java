package io.github.tenken.stats;

import io.github.tenken.data.Batch;

/** Number of rows of a dataset. */
public record RowCount() implements RowCounter {

    @Override
    public long count(Batch batch) {
        return batch.size();
    }
}
