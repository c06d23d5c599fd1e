package io.github.tenken.checks.io;

import io.github.tenken.data.Table;

/**
 * A table read from a file together with the physical line of each row, so that a later check of its content can
 * report {@code predictions.csv, line 812, column "p_yes": ...} rather than a row index.
 */
public final class LocatedTable {

    private final String file;
    private final Table table;
    private final int[] lines;
    private final long blankLines;

    LocatedTable(String file, Table table, int[] lines, long blankLines) {
        this.file = file;
        this.table = table;
        this.lines = lines;
        this.blankLines = blankLines;
    }

    /** The file as named in messages: the path as the user gave it, e.g. {@code data/adult.test.gz}. */
    public String file() {
        return file;
    }

    /** The table. */
    public Table table() {
        return table;
    }

    /** How many blank lines (white space only) the read skipped: they are no rows. */
    public long blankLines() {
        return blankLines;
    }

    /** The 1-based physical line on which a row starts. */
    public int line(int row) {
        return lines[row];
    }
}
