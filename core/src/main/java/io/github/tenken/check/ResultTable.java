package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;

import java.util.ArrayList;
import java.util.List;

/**
 * A table a check reports, as data (never HTML): a header and rows of cells, each a string, a number or
 * {@code null}.
 *
 * @param name    a stable key, e.g. {@code per-column}
 * @param title   a caption
 * @param columns the header
 * @param rows    the rows, each as long as the header
 */
public record ResultTable(String name, String title, List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        Preconditions.notBlank(name, "table name");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            Preconditions.check(r.size() == columns.size(), "table %s: a row has %d cells for %d columns",
                    name, r.size(), columns.size());
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /** A builder that adds rows one by one. */
    public static Builder builder(String name, String title, String... columns) {
        return new Builder(name, title, List.of(columns));
    }

    /** Adds rows to a {@link ResultTable}. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, String title, List<String> columns) {
            this.name = name;
            this.title = title;
            this.columns = columns;
        }

        /** Adds a row of cells (strings, numbers or {@code null}). */
        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        /** The table. */
        public ResultTable build() {
            return new ResultTable(name, title, columns, rows);
        }
    }
}
