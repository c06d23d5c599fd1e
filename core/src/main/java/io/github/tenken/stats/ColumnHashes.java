package io.github.tenken.stats;

import io.github.tenken.data.Column;

/** The value hash of every row of a column at once: what distinct counts and row identity are computed from. */
public final class ColumnHashes {

    private ColumnHashes() {
    }

    /** Every row's {@link Column#valueHash} into {@code out}, which must be at least as long as the column (0 = missing). */
    public static void of(Column column, long[] out) {
        RowHashes.valueHashes(column, out);
    }
}
