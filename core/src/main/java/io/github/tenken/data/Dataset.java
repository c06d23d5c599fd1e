package io.github.tenken.data;

import java.util.concurrent.Executor;

/**
 * A dataset an assessment reads: a name, a schema known before any row is read, and its rows as {@link Batch}es of
 * fixed size. An in-memory {@link Table} is one; a CSV file read while it is scanned (never held whole in memory)
 * is another; a Spark {@code Dataset<Row>} can be a third.
 *
 * <p>{@link #scan} cuts the rows into batches of exactly {@code batchRows} rows (the last may be shorter), batch
 * {@code k} holding rows {@code k * batchRows} up to {@code (k + 1) * batchRows}: the same cut whatever the source,
 * so the same analyzers give the same results on a file and on its table.
 */
public interface Dataset {

    /** The dataset's name, e.g. {@code adult.data}. */
    String name();

    /** Where it came from (a path or a description), for messages and provenance. */
    String source();

    /**
     * The columns' names and types. A source that infers types from a sample may find, while scanning, that a type
     * was wrong: it then throws {@link SchemaChangedException} from {@link #scan} and reports the corrected schema
     * from this method afterwards.
     */
    Schema schema();

    /**
     * Hands every batch of {@code batchRows} rows to {@code sink}, possibly from several threads of
     * {@code executor} at once, and returns the number of batches once every call to the sink has returned.
     * Stops at the first exception of the sink or the source and rethrows it (for a source, the error of the
     * earliest row).
     */
    int scan(int batchRows, Executor executor, BatchSink sink);

    /** The whole dataset in memory (a {@link Table} returns itself; a file is read). */
    Table toTable();

    /** Receives the batches of a scan. */
    @FunctionalInterface
    interface BatchSink {
        /** Takes batch number {@code index}; called once per batch, from any thread. */
        void accept(int index, Batch batch);
    }
}
