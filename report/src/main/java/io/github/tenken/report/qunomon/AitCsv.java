package io.github.tenken.report.qunomon;

import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;

import java.util.List;

/**
 * A result table as RFC 4180 CSV: a header of the column keys, then one line per row, {@code \r\n} line ends, a field
 * quoted when it holds a comma, quote, or line break. Numbers are written exactly ({@link AitValues}), messages in
 * English, booleans as {@code true}/{@code false}, an absent cell as an empty field.
 */
final class AitCsv {

    private AitCsv() {
    }

    /** The table as CSV text. */
    static String of(ResultTable table) {
        Messages en = Messages.of(ReportLanguage.EN);
        StringBuilder sb = new StringBuilder();
        line(sb, table.columns().stream().map(c -> (Object) c).toList(), en);
        for (List<Object> row : table.rows()) {
            line(sb, row, en);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Object> cells, Messages en) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(text(cells.get(i), en)));
        }
        sb.append("\r\n");
    }

    private static String text(Object cell, Messages en) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return AitValues.number(((Number) cell).doubleValue());
        }
        if (cell instanceof Message m) {
            return en.render(m);
        }
        return cell.toString();
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
