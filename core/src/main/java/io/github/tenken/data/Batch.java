package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;

/**
 * A window of consecutive rows of a dataset, column by column: what analyzers consume. A batch of an in-memory
 * {@link Table} shares its data; a batch read from a file or a Spark partition holds its own. {@link #firstRow()}
 * places the batch in its dataset, so a per-row statistic (a content hash, a bootstrap weight) does not depend on
 * how the rows were cut into batches.
 */
public final class Batch {

    private final Schema schema;
    private final long firstRow;
    private final Column[] columns;
    private final int size;

    private Batch(Schema schema, long firstRow, Column[] columns, int size) {
        this.schema = schema;
        this.firstRow = firstRow;
        this.columns = columns;
        this.size = size;
    }

    /** A batch of these columns (in schema order, equal lengths) starting at row {@code firstRow} of its dataset. */
    public static Batch of(Schema schema, long firstRow, List<? extends Column> columns) {
        Preconditions.check(columns.size() == schema.size(), "%d columns for a schema of %d", columns.size(),
                schema.size());
        Preconditions.check(firstRow >= 0, "first row %d is negative", firstRow);
        Column[] cs = columns.toArray(Column[]::new);
        int size = cs.length == 0 ? 0 : cs[0].size();
        for (int i = 0; i < cs.length; i++) {
            Schema.Field f = schema.fields().get(i);
            Preconditions.check(cs[i].name().equals(f.name()) && cs[i].type() == f.type(),
                    "column %d is %s (%s), the schema says %s (%s)", i, cs[i].name(), cs[i].type().key(), f.name(),
                    f.type().key());
            Preconditions.check(cs[i].size() == size, "column %s has %d rows, column %s has %d", cs[i].name(),
                    cs[i].size(), cs[0].name(), size);
        }
        return new Batch(schema, firstRow, cs, size);
    }

    /** The columns' names and types. */
    public Schema schema() {
        return schema;
    }

    /** The index in the dataset of this batch's first row. */
    public long firstRow() {
        return firstRow;
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** The column at this index of the schema. */
    public Column column(int index) {
        return columns[index];
    }

    /** The column of this name; an error naming the columns when there is none. */
    public Column column(String name) {
        int i = schema.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("column \"" + name + "\" not found; columns are " + schema.names());
        }
        return columns[i];
    }

    /** The numeric column of this name; an error when it is missing or of another type. */
    public NumericColumn numeric(String name) {
        return as(name, NumericColumn.class, ColumnType.NUMERIC);
    }

    /** The categorical column of this name; an error when it is missing or of another type. */
    public CategoricalColumn categorical(String name) {
        return as(name, CategoricalColumn.class, ColumnType.CATEGORICAL);
    }

    private <C extends Column> C as(String name, Class<C> kind, ColumnType type) {
        Column c = column(name);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("column \"" + name + "\" is " + c.type().key() + ", not " + type.key());
        }
        return kind.cast(c);
    }
}
