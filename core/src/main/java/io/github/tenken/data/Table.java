package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, column-oriented dataset: what checks read, free of any backend.
 *
 * <pre>{@code
 * Table t = Table.of("fixture", List.of(
 *         NumericColumn.of("age", 25, 38, Double.NaN),
 *         CategoricalColumn.of("sex", dictionary, "Male", "Female", "Male")));
 * }</pre>
 */
public final class Table {

    private final String name;
    private final String source;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;

    private Table(String name, String source, List<Column> columns) {
        this.name = Preconditions.notBlank(name, "table name");
        this.source = source == null ? name : source;
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            Preconditions.check(seen.add(c.name()), "table \"%s\" has two columns named \"%s\"", name, c.name());
            Preconditions.check(c.size() == rows, "table \"%s\": column \"%s\" has %d rows, column \"%s\" has %d",
                    name, c.name(), c.size(), columns.get(0).name(), rows);
            byName.put(c.name(), c);
        }
        this.rowCount = rows;
    }

    /** A table named {@code name} from these columns, which must have equal lengths and distinct names. */
    public static Table of(String name, List<? extends Column> columns) {
        return new Table(name, name, List.copyOf(columns));
    }

    /** A table read from {@code source} (a file name or URI, for messages and provenance). */
    public static Table of(String name, String source, List<? extends Column> columns) {
        return new Table(name, source, List.copyOf(columns));
    }

    /** The table's name, e.g. {@code adult.data}. */
    public String name() {
        return name;
    }

    /** Where the table came from (a path or a description). */
    public String source() {
        return source;
    }

    /** Number of rows. */
    public int rowCount() {
        return rowCount;
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Whether a column of this name exists. */
    public boolean hasColumn(String column) {
        return byName.containsKey(column);
    }

    /** The column of this name, if any. */
    public Optional<Column> find(String column) {
        return Optional.ofNullable(byName.get(column));
    }

    /** The column of this name; an error naming the table and its columns when there is none. */
    public Column column(String column) {
        Column c = byName.get(column);
        if (c == null) {
            throw new IllegalArgumentException("column \"" + column + "\" not found in " + name + "; columns are "
                    + columnNames());
        }
        return c;
    }

    /** The numeric column of this name; an error when it is missing or categorical. */
    public NumericColumn numeric(String column) {
        Column c = column(column);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new IllegalArgumentException("column \"" + column + "\" of " + name + " is categorical, not numeric");
    }

    /** The categorical column of this name; an error when it is missing or numeric. */
    public CategoricalColumn categorical(String column) {
        Column c = column(column);
        if (c instanceof CategoricalColumn k) {
            return k;
        }
        throw new IllegalArgumentException("column \"" + column + "\" of " + name + " is numeric, not categorical");
    }

    /** A new table with the same columns but another name (no data is copied). */
    public Table named(String newName) {
        return new Table(newName, source, columns);
    }

    @Override
    public String toString() {
        return name + " (" + rowCount + " rows x " + columns.size() + " columns)";
    }
}
