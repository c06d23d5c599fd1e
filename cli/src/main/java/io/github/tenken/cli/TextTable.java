package io.github.tenken.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns for terminal output; a cell may hold several lines, and its row then
 * takes as many lines as its tallest cell.
 *
 * <pre>{@code
 * TextTable t = new TextTable("characteristic", "required", "achieved");
 * t.row("A-1", "1", "-");
 * String text = t.render();
 * }</pre>
 */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private boolean blankLineBetweenRows;

    /** A table with these column headers. */
    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Puts an empty line between rows, which keeps rows of several lines apart. */
    public TextTable blankLineBetweenRows() {
        this.blankLineBetweenRows = true;
        return this;
    }

    /** Adds a row; a cell containing {@code '\n'} spans several lines. */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + headers.size()
                    + " columns " + headers);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        return this;
    }

    /** The table as text: a header line, a rule, then the rows, each line ending in a line break. */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], width(line));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        appendLine(out, rules, widths);
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && blankLineBetweenRows) {
                out.append('\n');
            }
            List<String> row = rows.get(r);
            List<String[]> split = row.stream().map(c -> c.split("\n", -1)).toList();
            int height = split.stream().mapToInt(s -> s.length).max().orElse(1);
            for (int l = 0; l < height; l++) {
                List<String> line = new ArrayList<>();
                for (String[] cell : split) {
                    line.add(l < cell.length ? cell[l] : "");
                }
                appendLine(out, line, widths);
            }
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - width(cell))).append(GAP);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * The number of terminal columns a text takes: East Asian wide characters (the Japanese names) take two.
     */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
