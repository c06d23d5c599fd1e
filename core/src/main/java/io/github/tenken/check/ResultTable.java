package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table a check reports, as data (never HTML): a title, stable column keys (rendered through the message key
 * {@code column.<key>}) and rows of cells. A cell is {@code null}, a number, a {@link Boolean}, a {@link Message}
 * (translated) or a string (a data value, shown as it is).
 *
 * @param name    a stable key, e.g. {@code per-column}
 * @param title   a caption
 * @param columns the column keys, e.g. {@code [column, dataset, missing, share]}
 * @param rows    the rows, each as long as the header
 */
public record ResultTable(String name, Message title, List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        Preconditions.notBlank(name, "table name");
        Preconditions.notNull(title, "title of table " + name);
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            Preconditions.check(r.size() == columns.size(), "table %s: a row has %d cells for %d columns",
                    name, r.size(), columns.size());
            for (Object cell : r) {
                Preconditions.check(cell == null || cell instanceof Number || cell instanceof String
                        || cell instanceof Boolean || cell instanceof Message,
                        "table %s: a cell of type %s", name, cell == null ? "" : cell.getClass().getName());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /** A builder that adds rows one by one. */
    public static Builder builder(String name, Message title, String... columns) {
        return new Builder(name, title, List.of(columns));
    }

    /** The index of a column key, or -1. */
    public int columnIndex(String key) {
        return columns.indexOf(key);
    }

    /** The cell of a row by column key. */
    public Object cell(int row, String column) {
        int c = columnIndex(column);
        Preconditions.check(c >= 0, "table %s has no column %s; its columns are %s", name, column, columns);
        return rows.get(row).get(c);
    }

    /** The first row whose cell in {@code column} equals {@code value}, if any. */
    public Optional<List<Object>> rowWhere(String column, Object value) {
        int c = columnIndex(column);
        Preconditions.check(c >= 0, "table %s has no column %s; its columns are %s", name, column, columns);
        return rows.stream().filter(r -> java.util.Objects.equals(r.get(c), value)).findFirst();
    }

    /** Adds rows to a {@link ResultTable}. */
    public static final class Builder {
        private final String name;
        private final Message title;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, Message title, List<String> columns) {
            this.name = name;
            this.title = title;
            this.columns = columns;
        }

        /** Adds a row of cells. */
        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** How many rows were added. */
        public int size() {
            return rows.size();
        }

        /** The table. */
        public ResultTable build() {
            return new ResultTable(name, title, columns, rows);
        }
    }
}
