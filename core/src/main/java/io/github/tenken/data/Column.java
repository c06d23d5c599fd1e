package io.github.tenken.data;

/**
 * One immutable column of a {@link Table}: numeric or categorical, with missing values as a first-class state.
 *
 * <p>Columns never hand out their backing arrays; {@link NumericColumn#copyValues()} and
 * {@link CategoricalColumn#copyCodes()} return copies, so no check can change a dataset.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    /** The column's name. */
    String name();

    /** Numeric or categorical. */
    ColumnType type();

    /** Number of rows. */
    int size();

    /** Whether the value in this row is missing. */
    boolean isMissing(int row);

    /** The value in this row as text ({@code null} when missing), for messages, tables and hashing. */
    String text(int row);
}
