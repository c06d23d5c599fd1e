package io.github.tenken.checks.integrity;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;

import java.util.List;

/**
 * Which columns make two rows "the same row" (every column but the ignored ones), and the proof that two tables can
 * be compared row by row on them: same columns, same types, one shared dictionary per categorical column.
 */
final class RowIdentity {

    private RowIdentity() {
    }

    /** Every column of the table that is not ignored: the features and the label, in the table's order. */
    static List<String> columns(Table table, ColumnRoles roles) {
        return table.columnNames().stream().filter(c -> !roles.ignored().contains(c)).toList();
    }

    /**
     * Fails with a message naming the column and both tables unless {@code other} holds every column of
     * {@code reference} with its type and, for categories, its dictionary.
     */
    static void requireComparable(Table reference, Table other, List<String> columns) {
        requireColumns(reference, other, columns);
        for (String name : columns) {
            if (reference.column(name) instanceof CategoricalColumn a
                    && a.dictionary() != other.categorical(name).dictionary()) {
                throw new IllegalArgumentException("column \"" + name + "\" of " + reference.name() + " and of "
                        + other.name() + " are coded with two different category dictionaries, so equal values "
                        + "would not compare equal; load the tables with one shared dictionary per column");
            }
        }
    }

    /** Fails with a message naming the column and both tables unless {@code other} holds the columns with their types. */
    static void requireColumns(Table reference, Table other, List<String> columns) {
        for (String name : columns) {
            Column mine = reference.column(name);
            Column theirs = other.find(name).orElseThrow(() -> new IllegalArgumentException("column \"" + name
                    + "\" of " + reference.name() + " not found in " + other.name() + "; its columns are "
                    + other.columnNames()));
            if (mine.type() != theirs.type()) {
                throw new IllegalArgumentException("column \"" + name + "\" is " + lower(mine) + " in "
                        + reference.name() + " but " + lower(theirs) + " in " + other.name());
            }
        }
    }

    private static String lower(Column c) {
        return c.type().name().toLowerCase(java.util.Locale.ROOT);
    }
}
