package io.github.tenken.data;

/**
 * One immutable column of a {@link Table} or a {@link Batch}: numeric, categorical or identifier, with missing values
 * as a first-class state.
 *
 * <p>Columns never hand out their backing arrays; {@link NumericColumn#copyValues()} and
 * {@link CategoricalColumn#copyCodes()} return copies, so no check can change a dataset. A {@link #slice} shares the
 * data of its column without a copy.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, IdentifierColumn {

    /** The column's name. */
    String name();

    /** Numeric, categorical or identifier. */
    ColumnType type();

    /** Number of rows. */
    int size();

    /** Whether the value in this row is missing. */
    boolean isMissing(int row);

    /** The value in this row as text ({@code null} when missing), for messages and tables. */
    String text(int row);

    /**
     * A 64-bit hash of this row's value that is equal for equal values in any column of the same type in any
     * dataset of an assessment (numbers by value, categories and identifiers by their text); 0 when missing.
     */
    long valueHash(int row);

    /** How many values are missing: one pass over the column's own array, for analyzers that count. */
    int missingCount();

    /** Sets {@code flags[i]} for every missing row {@code i} (leaves the others as they are). */
    void markMissing(boolean[] flags);

    /** Every row's {@link #valueHash} into {@code out}, which must be at least as long as the column. */
    void valueHashes(long[] out);

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a column of their own, sharing the data. */
    Column slice(int from, int to);
}
