package io.github.tenken.data;

import io.github.tenken.internal.ParallelRun;
import io.github.tenken.internal.Preconditions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * An immutable, column-oriented dataset held in memory: what checks read row by row (predictions, perturbations),
 * free of any backend. As a {@link Dataset} it scans as zero-copy slices.
 *
 * <pre>{@code
 * Table t = Table.of("fixture", List.of(
 *         NumericColumn.of("age", 25, 38, Double.NaN),
 *         CategoricalColumn.of("sex", dictionary, "Male", "Female", "Male")));
 * }</pre>
 */
public final class Table implements Dataset {

    private final String name;
    private final String source;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final Schema schema;
    private final int rowCount;

    private Table(String name, String source, List<Column> columns) {
        this.name = Preconditions.notBlank(name, "table name");
        this.source = source == null ? name : source;
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        List<Schema.Field> fields = new ArrayList<>();
        for (Column c : columns) {
            Preconditions.check(seen.add(c.name()), "table \"%s\" has two columns named \"%s\"", name, c.name());
            Preconditions.check(c.size() == rows, "table \"%s\": column \"%s\" has %d rows, column \"%s\" has %d",
                    name, c.name(), c.size(), columns.get(0).name(), rows);
            byName.put(c.name(), c);
            fields.add(new Schema.Field(c.name(), c.type()));
        }
        this.schema = new Schema(fields);
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

    /** The batches of a scan, in row order, joined into one table (for sources that read while scanning). */
    public static Table concat(String name, String source, Schema schema, List<Batch> batches) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < schema.size(); j++) {
            int col = j;
            String column = schema.fields().get(j).name();
            switch (schema.fields().get(j).type()) {
                case NUMERIC -> columns.add(batches.isEmpty() ? NumericColumn.of(column)
                        : NumericColumn.concat(batches.stream().map(b -> (NumericColumn) b.column(col)).toList()));
                case CATEGORICAL -> {
                    Preconditions.check(!batches.isEmpty(), "categorical column \"%s\" of %s has no rows to take "
                            + "its dictionary from", column, name);
                    columns.add(CategoricalColumn.concat(
                            batches.stream().map(b -> (CategoricalColumn) b.column(col)).toList()));
                }
                case IDENTIFIER -> columns.add(batches.isEmpty() ? IdentifierColumn.of(column)
                        : IdentifierColumn.concat(batches.stream().map(b -> (IdentifierColumn) b.column(col)).toList()));
            }
        }
        return new Table(name, source, columns);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Schema schema() {
        return schema;
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
        return schema.names();
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

    /** The numeric column of this name; an error when it is missing or of another type. */
    public NumericColumn numeric(String column) {
        Column c = column(column);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new IllegalArgumentException("column \"" + column + "\" of " + name + " is " + c.type().key()
                + ", not numeric");
    }

    /** The categorical column of this name; an error when it is missing or of another type. */
    public CategoricalColumn categorical(String column) {
        Column c = column(column);
        if (c instanceof CategoricalColumn k) {
            return k;
        }
        throw new IllegalArgumentException("column \"" + column + "\" of " + name + " is " + c.type().key()
                + ", not categorical");
    }

    /** A new table with the same columns but another name (no data is copied). */
    public Table named(String newName) {
        return new Table(newName, source, columns);
    }

    /** Rows {@code from} to {@code to} as a batch sharing this table's data. */
    public Batch batch(int from, int to) {
        Preconditions.checkRange(from, to - from, rowCount);
        return Batch.of(schema, from, columns.stream().map(c -> c.slice(from, to)).toList());
    }

    /** Every row as one batch. */
    public Batch asBatch() {
        return batch(0, rowCount);
    }

    @Override
    public int scan(int batchRows, Executor executor, BatchSink sink) {
        Preconditions.check(batchRows > 0, "batch rows must be positive, was %d", batchRows);
        int batches = Math.max(1, (int) ((rowCount + (long) batchRows - 1) / batchRows));
        ParallelRun.forEach(batches, executor, k -> {
            int from = (int) Math.min(rowCount, (long) k * batchRows);
            int to = (int) Math.min(rowCount, (long) from + batchRows);
            sink.accept(k, batch(from, to));
        });
        return batches;
    }

    @Override
    public Table toTable() {
        return this;
    }

    @Override
    public String toString() {
        return name + " (" + rowCount + " rows x " + columns.size() + " columns)";
    }
}
