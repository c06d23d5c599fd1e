package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names and types of a dataset's columns, known before its rows are read: what a check plans its statistics
 * from.
 *
 * @param fields the columns, in order
 */
public record Schema(List<Field> fields) {

    /**
     * One column of a schema.
     *
     * @param name the column's name
     * @param type its type
     */
    public record Field(String name, ColumnType type) {
        public Field {
            Preconditions.notNull(name, "column name");
            Preconditions.notNull(type, "type of column " + name);
        }
    }

    public Schema {
        fields = List.copyOf(fields);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Preconditions.check(seen.put(fields.get(i).name(), i) == null, "two columns are named \"%s\"",
                    fields.get(i).name());
        }
    }

    /** A schema of these fields. */
    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    /** The column names, in order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** Number of columns. */
    public int size() {
        return fields.size();
    }

    /** The index of a column, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a column of this name exists. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The field of this name, if any. */
    public Optional<Field> find(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** The type of a column; an error naming the columns when there is none. */
    public ColumnType type(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("column \"" + name + "\" not found; columns are " + names());
        }
        return fields.get(i).type();
    }

    /** Whether the column exists and has this type. */
    public boolean is(String name, ColumnType type) {
        return find(name).map(f -> f.type() == type).orElse(false);
    }

    /** This schema with one column's type replaced. */
    public Schema withType(String name, ColumnType type) {
        int i = indexOf(name);
        Preconditions.check(i >= 0, "column \"%s\" not found; columns are %s", name, names());
        java.util.ArrayList<Field> f = new java.util.ArrayList<>(fields);
        f.set(i, new Field(name, type));
        return new Schema(f);
    }
}
