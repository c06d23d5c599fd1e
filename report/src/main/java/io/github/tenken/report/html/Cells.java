package io.github.tenken.report.html;

import io.github.tenken.message.Message;
import io.github.tenken.report.i18n.Messages;

import io.github.tenken.check.ResultTable;
import io.github.tenken.internal.Formats;

import java.util.List;

/**
 * How the cells of a check's {@link ResultTable} are shown: numbers locale-neutral and right-aligned (the default for
 * cells, which keeps numeric tables small), text left-aligned, nulls as a dash.
 */
public final class Cells {

    /** The most rows a table shows; the JSON report holds every row. */
    public static final int MAX_ROWS = 60;

    /** Columns whose cells are dataset roles ({@code training}, {@code test}): shown translated. */
    private static final java.util.Set<String> ROLE_COLUMNS = java.util.Set.of("dataset", "std_of");

    private final Messages messages;

    Cells(Messages messages) {
        this.messages = messages;
    }

    /** The text of a cell. */
    public String text(Object cell) {
        if (cell == null) {
            return "\u2013";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return Formats.number(((Number) cell).doubleValue());
        }
        if (cell instanceof Number n) {
            return Formats.count(n.longValue());
        }
        if (cell instanceof Message m) {
            return messages.render(m);
        }
        if (cell instanceof Boolean b) {
            return messages.get(b ? "yes" : "no");
        }
        return Formats.clip(cell.toString());
    }

    /** The CSS class of a cell: {@code na} for nulls, {@code t} for text, {@code null} (no attribute) for numbers. */
    public String css(Object cell) {
        if (cell == null) {
            return "na";
        }
        return cell instanceof Number ? null : "t";
    }

    /**
     * The text of the cell in column {@code column} of a table: a dataset role in a {@code dataset} column is shown
     * in the report's language (the JSON keeps the role's id, {@code training}).
     */
    public String text(ResultTable table, int column, Object cell) {
        if (cell instanceof String s && ROLE_COLUMNS.contains(table.columns().get(column))
                && messages.catalog().has("role." + s)) {
            return messages.catalog().text("role." + s);
        }
        return text(cell);
    }

    /** The header of a column, from its key. */
    public String header(ResultTable table, int column) {
        return messages.column(table.columns().get(column));
    }

    /** The CSS class of a column header: {@code num} when the column's first non-null cell is a number. */
    public String headerCss(ResultTable table, int column) {
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            if (cell != null) {
                return cell instanceof Number ? "num" : null;
            }
        }
        return null;
    }

    /** The rows shown: at most {@link #MAX_ROWS}. */
    public List<List<Object>> shown(ResultTable table) {
        return table.rows().size() <= MAX_ROWS ? table.rows() : table.rows().subList(0, MAX_ROWS);
    }

    /** Whether rows were left out. */
    public boolean isTruncated(ResultTable table) {
        return table.rows().size() > MAX_ROWS;
    }
}
