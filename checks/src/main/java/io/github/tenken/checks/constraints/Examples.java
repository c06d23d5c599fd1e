package io.github.tenken.checks.constraints;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The first rows (by row index) that broke one rule, at most {@code limit}, each with the raw values of the rule's
 * columns: a number's bits, a category's code, an identifier's hash. Numbers and codes only, named at result time.
 */
final class Examples {

    final int width;
    final int limit;
    long[] rows;
    long[] raws;
    int size;

    Examples(int width, int limit) {
        this.width = width;
        this.limit = limit;
        this.rows = new long[Math.min(limit, 4)];
        this.raws = new long[rows.length * width];
    }

    boolean isFull() {
        return size >= limit;
    }

    /** Appends a row after every row held, if there is room. */
    void add(long row, long[] values) {
        if (size >= limit) {
            return;
        }
        if (size == rows.length) {
            int grown = Math.min(limit, Math.max(4, rows.length * 2));
            rows = Arrays.copyOf(rows, grown);
            raws = Arrays.copyOf(raws, grown * width);
        }
        rows[size] = row;
        System.arraycopy(values, 0, raws, size * width, width);
        size++;
    }

    /** Appends the rows of the next row range (which all follow these rows) while there is room. */
    void append(Examples right) {
        long[] v = new long[width];
        for (int i = 0; i < right.size && !isFull(); i++) {
            System.arraycopy(right.raws, i * width, v, 0, width);
            add(right.rows[i], v);
        }
    }

    /** The first {@code limit} rows of both lists, in row order: for rows found out of order while merging. */
    static Examples union(Examples a, Examples b) {
        Examples out = new Examples(a.width, a.limit);
        int i = 0;
        int j = 0;
        long[] v = new long[a.width];
        while (!out.isFull() && (i < a.size || j < b.size)) {
            boolean fromA = j >= b.size || i < a.size && a.rows[i] <= b.rows[j];
            Examples from = fromA ? a : b;
            int k = fromA ? i++ : j++;
            System.arraycopy(from.raws, k * a.width, v, 0, a.width);
            out.add(from.rows[k], v);
        }
        return out;
    }

    /** The raw value of a row of a column: what {@link #add} keeps. */
    static long raw(Column column, int row) {
        if (column instanceof NumericColumn c) {
            return Double.doubleToRawLongBits(c.get(row));
        }
        if (column instanceof CategoricalColumn c) {
            return c.code(row);
        }
        return ((IdentifierColumn) column).valueHash(row);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(width);
        out.writeInt(limit);
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(rows[i]);
            for (int k = 0; k < width; k++) {
                out.writeLong(raws[i * width + k]);
            }
        }
    }

    static Examples read(DataInput in) throws IOException {
        int width = in.readInt();
        int limit = in.readInt();
        int size = in.readInt();
        if (width < 0 || width > 10_000 || limit < 0 || size < 0 || size > limit) {
            throw new IOException("violation list of width " + width + ", limit " + limit + ", size " + size);
        }
        Examples e = new Examples(width, limit);
        long[] v = new long[width];
        for (int i = 0; i < size; i++) {
            long row = in.readLong();
            for (int k = 0; k < width; k++) {
                v[k] = in.readLong();
            }
            e.add(row, v);
        }
        return e;
    }
}
