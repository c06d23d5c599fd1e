package io.github.tenken.checks.model;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;

/**
 * A read-only view of one row of a {@link Table}, handed to the functions of a {@link FunctionModel}.
 *
 * <pre>{@code
 * Model rule = FunctionModel.classifier(List.of("<=50K", ">50K"),
 *         row -> row.number("capital-gain") > 5000 ? ">50K" : "<=50K");
 * }</pre>
 */
public final class TableRow {

    private final Table table;
    private final int index;

    private TableRow(Table table, int index) {
        this.table = table;
        this.index = index;
    }

    /** The view of row {@code index} of the table. */
    public static TableRow of(Table table, int index) {
        Preconditions.notNull(table, "table");
        Preconditions.check(index >= 0 && index < table.rowCount(), "row %d is outside %s, which has %d rows",
                index, table.name(), table.rowCount());
        return new TableRow(table, index);
    }

    /** The row's 0-based position in its table. */
    public int index() {
        return index;
    }

    /** The table the row belongs to. */
    public Table table() {
        return table;
    }

    /** The value of a numeric column; {@code NaN} when missing; an error for a categorical column. */
    public double number(String column) {
        return table.numeric(column).get(index);
    }

    /** The value of any column as text; {@code null} when missing. */
    public String text(String column) {
        return table.column(column).text(index);
    }

    /** Whether the value of a column is missing. */
    public boolean isMissing(String column) {
        return table.column(column).isMissing(index);
    }

    @Override
    public String toString() {
        return "row " + index + " of " + table.name();
    }
}
