package io.github.tenken.data;

/**
 * Thrown by {@link Dataset#scan} when a source that inferred its column types from a sample finds a value that
 * contradicts them (a text value in a column taken for numeric). The dataset's {@link Dataset#schema()} already
 * gives the corrected types; the engine plans again and rescans.
 */
public final class SchemaChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exception, naming the dataset, the column and why its type changed. */
    public SchemaChangedException(String message) {
        super(message);
    }
}
