package io.github.tenken.spark;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.ValueHash;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Spark rows into Tenken columns with the local reader's semantics: a field equal to one of its column's
 * missing markers (or {@code null}) is missing; a numeric column reads numbers or their text, an infinity or a text
 * that is no number being an error naming the column and value; a categorical column is coded with the
 * assessment's dictionary; an identifier column keeps the hash of each value's text.
 */
final class RowDecoder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String dataset;
    private final String[] names;
    private final ColumnType[] types;
    private final int[] positions;
    private final Set<String>[] markers;

    @SuppressWarnings("unchecked")
    RowDecoder(String dataset, Schema schema, List<String> rowColumns, Map<String, Set<String>> markers) {
        this.dataset = dataset;
        int n = schema.size();
        this.names = new String[n];
        this.types = new ColumnType[n];
        this.positions = new int[n];
        this.markers = new Set[n];
        for (int j = 0; j < n; j++) {
            Schema.Field f = schema.fields().get(j);
            names[j] = f.name();
            types[j] = f.type();
            positions[j] = rowColumns.indexOf(f.name());
            if (positions[j] < 0) {
                throw new IllegalArgumentException("column \"" + f.name() + "\" not found in " + dataset
                        + "; its columns are " + rowColumns);
            }
            this.markers[j] = Set.copyOf(markers.getOrDefault(f.name(), Set.of()));
        }
    }

    /** The name of the dataset the rows belong to, for messages. */
    String dataset() {
        return dataset;
    }

    /** The schema of the decoded batches. */
    Schema schema() {
        List<Schema.Field> fields = new ArrayList<>(names.length);
        for (int j = 0; j < names.length; j++) {
            fields.add(new Schema.Field(names[j], types[j]));
        }
        return new Schema(fields);
    }

    /** The missing markers by column. */
    Map<String, Set<String>> markers() {
        Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
        for (int j = 0; j < names.length; j++) {
            m.put(names[j], markers[j]);
        }
        return m;
    }

    /** Number of columns. */
    int size() {
        return names.length;
    }

    /** Whether column {@code j} is categorical. */
    boolean isCategorical(int j) {
        return types[j] == ColumnType.CATEGORICAL;
    }

    /** The name of column {@code j}. */
    String name(int j) {
        return names[j];
    }

    /** The text of a categorical field, or {@code null} when it is missing. */
    String category(Row row, int j) {
        Object v = row.get(positions[j]);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return markers[j].contains(s) ? null : s;
    }

    /** The rows as a batch starting at row {@code firstRow} of the dataset, coded with these dictionaries. */
    Batch decode(Schema schema, List<Row> rows, long firstRow, CategoryDictionary[] dictionaries) {
        int n = rows.size();
        List<Column> columns = new ArrayList<>(names.length);
        for (int j = 0; j < names.length; j++) {
            switch (types[j]) {
                case NUMERIC -> {
                    double[] v = new double[n];
                    for (int r = 0; r < n; r++) {
                        v[r] = number(rows.get(r), j, firstRow + r);
                    }
                    columns.add(NumericColumn.adopt(names[j], v, n));
                }
                case CATEGORICAL -> {
                    int[] codes = new int[n];
                    for (int r = 0; r < n; r++) {
                        String s = category(rows.get(r), j);
                        codes[r] = s == null ? CategoricalColumn.MISSING : code(dictionaries[j], s, j);
                    }
                    columns.add(CategoricalColumn.adopt(names[j], dictionaries[j], codes, n));
                }
                default -> {
                    long[] h = new long[n];
                    for (int r = 0; r < n; r++) {
                        String s = category(rows.get(r), j);
                        h[r] = s == null ? IdentifierColumn.MISSING : ValueHash.of(s);
                    }
                    columns.add(IdentifierColumn.adopt(names[j], h, n));
                }
            }
        }
        return Batch.of(schema, firstRow, columns);
    }

    private int code(CategoryDictionary dictionary, String value, int j) {
        int c = dictionary.find(value);
        if (c < 0) {
            throw new IllegalStateException("category \"" + value + "\" of column " + names[j] + " of " + dataset
                    + " is not in the broadcast dictionary (the data changed between two reads; cache it)");
        }
        return c;
    }

    private double number(Row row, int j, long index) {
        Object v = row.get(positions[j]);
        if (v == null) {
            return Double.NaN;
        }
        double d;
        if (v instanceof Number number) {
            d = number.doubleValue();
        } else {
            String s = v.toString();
            if (markers[j].contains(s)) {
                return Double.NaN;
            }
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(dataset + ", row " + (index + 1) + ", column " + names[j]
                        + ": \"" + s + "\" is not a number");
            }
        }
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException(dataset + ", row " + (index + 1) + ", column " + names[j] + ": "
                    + v + " is infinite");
        }
        return d;
    }
}
