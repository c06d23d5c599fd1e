package io.github.tenken.report.html;

import io.github.tenken.message.Message;
import io.github.tenken.report.i18n.Messages;

import io.github.tenken.check.ResultTable;
import io.github.tenken.internal.Formats;
import io.github.tenken.report.i18n.ReportNumbers;

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
    private final ReportNumbers numbers;

    Cells(Messages messages) {
        this(messages, ReportNumbers.of(messages.language()));
    }

    Cells(Messages messages, ReportNumbers numbers) {
        this.messages = messages;
        this.numbers = numbers;
    }

    /** The text of a cell. */
    public String text(Object cell) {
        if (cell == null) {
            return "\u2013";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return numbers.number(((Number) cell).doubleValue());
        }
        if (cell instanceof Number n) {
            return numbers.count(n.longValue());
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
        if (cell instanceof Double d && isShareColumn(table.columns().get(column)) && d >= 0 && d <= 1) {
            return numbers.percent(d);
        }
        return text(cell);
    }

    /**
     * Whether a column holds shares shown as percentages: its key is {@code share}, ends in {@code _share} or
     * {@code _rate}, or is such a key with {@code _lower} or {@code _upper} (an interval's bounds).
     */
    static boolean isShareColumn(String key) {
        String k = key.replaceAll("_(lower|upper)$", "");
        return k.equals("share") || k.endsWith("_share") || k.endsWith("_rate") || k.equals("rate");
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

    /** The most rows a folded table (one of more than {@link #FOLD_ROWS} rows) shows. */
    public static final int MAX_FOLDED_ROWS = 15;

    /** Tables with more rows than this are folded in a {@code <details>} below their title. */
    public static final int FOLD_ROWS = 12;

    /** Whether a table is folded. */
    public boolean isFolded(ResultTable table) {
        return table.rows().size() > FOLD_ROWS;
    }

    /** How many rows a table shows. */
    public int limit(ResultTable table) {
        return isFolded(table) ? MAX_FOLDED_ROWS : MAX_ROWS;
    }

    /** The rows shown: at most {@link #limit}. */
    public List<List<Object>> shown(ResultTable table) {
        int limit = limit(table);
        return table.rows().size() <= limit ? table.rows() : table.rows().subList(0, limit);
    }

    /** Whether rows were left out. */
    public boolean isTruncated(ResultTable table) {
        return table.rows().size() > limit(table);
    }
}
