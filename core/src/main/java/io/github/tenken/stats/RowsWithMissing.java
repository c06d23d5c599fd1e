package io.github.tenken.stats;

import io.github.tenken.data.Column;
import io.github.tenken.data.Table;

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

    /** Over every column of the table. */
    public static RowsWithMissing allColumns() {
        return new RowsWithMissing(List.of());
    }

    @Override
    public long count(Table table, int from, int to) {
        List<Column> cols = columns.isEmpty() ? table.columns() : columns.stream().map(table::column).toList();
        long m = 0;
        for (int i = from; i < to; i++) {
            for (Column c : cols) {
                if (c.isMissing(i)) {
                    m++;
                    break;
                }
            }
        }
        return m;
    }
}
