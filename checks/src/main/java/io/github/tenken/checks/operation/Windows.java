package io.github.tenken.checks.operation;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * How operation data are cut into windows: by the values of a time column (one window per value, in ascending
 * order: numbers by value, text as text, which orders ISO dates and periods such as {@code 2024-03} in time), or,
 * without one, into consecutive windows of about {@code windowRows} rows in file order.
 *
 * @param labels   each window's name, e.g. {@code 2024-03} or {@code rows 1-1000}
 * @param ofRow    each table row's window, or -1 for a row without a time
 * @param byTime   whether the windows come from a time column
 */
record Windows(List<String> labels, int[] ofRow, boolean byTime) {

    /** At most this many windows from a time column: more means a timestamp, not a period. */
    static final int MAX_TIME_WINDOWS = 1_000;

    static Windows ofRows(int rows, int windowRows) {
        int k = Math.max(1, rows / windowRows);
        int[] ofRow = new int[rows];
        List<String> labels = new ArrayList<>();
        for (int w = 0; w < k; w++) {
            int from = (int) ((long) w * rows / k);
            int to = (int) ((long) (w + 1) * rows / k);
            for (int r = from; r < to; r++) {
                ofRow[r] = w;
            }
            labels.add("rows " + Formats.count(from + 1L) + "-" + Formats.count(to));
        }
        return new Windows(labels, ofRow, false);
    }

    static Windows ofTime(Table table, String timeColumn) {
        if (!table.hasColumn(timeColumn)) {
            throw new IllegalArgumentException("timeColumn \"" + timeColumn + "\" not found in " + table.name()
                    + "; columns are " + table.columnNames());
        }
        Column column = table.column(timeColumn);
        TreeMap<Object, Integer> windows = new TreeMap<>();
        Object[] keys = new Object[table.rowCount()];
        for (int r = 0; r < keys.length; r++) {
            if (column instanceof NumericColumn n) {
                keys[r] = n.isMissing(r) ? null : n.get(r);
            } else if (column instanceof CategoricalColumn c) {
                keys[r] = c.isMissing(r) ? null : c.text(r);
            } else {
                throw new IllegalArgumentException("timeColumn \"" + timeColumn + "\" is an identifier column; give "
                        + "a numeric or categorical column of periods (e.g. 2024-03)");
            }
            if (keys[r] != null) {
                windows.put(keys[r], 0);
            }
        }
        if (windows.size() > MAX_TIME_WINDOWS) {
            throw new IllegalArgumentException("timeColumn \"" + timeColumn + "\" has " + windows.size()
                    + " distinct values, more than " + MAX_TIME_WINDOWS + " windows; give a column of periods "
                    + "(a month, a week number) rather than timestamps");
        }
        List<String> labels = new ArrayList<>();
        for (var e : windows.entrySet()) {
            e.setValue(labels.size());
            labels.add(e.getKey() instanceof Double d ? Formats.number(d) : e.getKey().toString());
        }
        int[] ofRow = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
            ofRow[r] = keys[r] == null ? -1 : windows.get(keys[r]);
        }
        return new Windows(labels, ofRow, true);
    }

    int count() {
        return labels.size();
    }

    /** The positions {@code i} of labelled rows ({@code rows[i]} is a table row) in each window. */
    List<int[]> members(int[] rows) {
        int[] sizes = new int[count()];
        for (int row : rows) {
            if (ofRow[row] >= 0) {
                sizes[ofRow[row]]++;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int size : sizes) {
            out.add(new int[size]);
        }
        int[] fill = new int[count()];
        for (int i = 0; i < rows.length; i++) {
            int w = ofRow[rows[i]];
            if (w >= 0) {
                out.get(w)[fill[w]++] = i;
            }
        }
        return out;
    }
}
