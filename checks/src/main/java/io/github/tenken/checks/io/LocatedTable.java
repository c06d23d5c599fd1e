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

    LocatedTable(String file, Table table, int[] lines) {
        this.file = file;
        this.table = table;
        this.lines = lines;
    }

    /** The file's name as used in messages, e.g. {@code adult.test}. */
    public String file() {
        return file;
    }

    /** The table. */
    public Table table() {
        return table;
    }

    /** The 1-based physical line on which a row starts. */
    public int line(int row) {
        return lines[row];
    }
}
