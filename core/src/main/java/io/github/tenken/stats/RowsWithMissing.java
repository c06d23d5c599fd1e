package io.github.tenken.stats;

import io.github.tenken.data.Batch;

import java.util.List;

/**
 * Number of rows with at least one missing value among the given columns (all columns when the list is empty).
 *
 * @param columns the columns to look at; empty for all
 */
public record RowsWithMissing(List<String> columns) implements RowCounter {

    public RowsWithMissing {
        columns = List.copyOf(columns);
    }

    /** Over every column of the dataset. */
    public static RowsWithMissing allColumns() {
        return new RowsWithMissing(List.of());
    }

    @Override
    public long count(Batch batch) {
        int n = batch.size();
        boolean[] missing = new boolean[n];
        List<String> names = columns.isEmpty() ? batch.schema().names() : columns;
        for (String name : names) {
            batch.column(name).markMissing(missing);
        }
        long m = 0;
        for (boolean b : missing) {
            if (b) {
                m++;
            }
        }
        return m;
    }
}
