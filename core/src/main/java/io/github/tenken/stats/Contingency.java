package io.github.tenken.stats;

import java.util.List;

/**
 * A contingency table of two categorical columns: {@code counts[r][c]} rows have row value {@code r} and column
 * value {@code c}. Rows where either value is missing are counted in {@code missing} only.
 *
 * @param rowValues    the row column's values, by code
 * @param columnValues the column column's values, by code
 * @param counts       the counts
 * @param missing      rows left out because a value was missing
 */
public record Contingency(List<String> rowValues, List<String> columnValues, long[][] counts, long missing) {

    public Contingency {
        rowValues = List.copyOf(rowValues);
        columnValues = List.copyOf(columnValues);
        long[][] c = new long[counts.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i].clone();
        }
        counts = c;
    }

    /** The count of one cell. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** The total of one row. */
    public long rowTotal(int row) {
        long s = 0;
        for (long v : counts[row]) {
            s += v;
        }
        return s;
    }

    /** A copy of the counts. */
    @Override
    public long[][] counts() {
        long[][] c = new long[counts.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }
}
