package io.github.tenken.stats;

import io.github.tenken.data.Batch;

/**
 * A statistic computed by a mergeable accumulator, so that one scan of a dataset in parallel batches feeds every
 * analyzer at once (after Deequ's analyzers), on this machine or on a cluster.
 *
 * <p>The scan creates a state per batch, updates it with the batch's rows, merges the states of adjacent batches in a
 * fixed binary tree over the batch numbers, and asks for the result. The state depends on the rows only, never on
 * a live object (a dictionary, a table): categories are counted by code and named in {@link #result} from the
 * frozen {@link ScanInfo}. A state can be written and read back through {@link #codec()}, so another executor (a
 * Spark partition) can compute it and ship it.
 *
 * <p>Analyzers are records: two checks that ask for an equal analyzer share one computation.
 *
 * @param <S> the accumulator state
 * @param <R> the result
 */
public interface Analyzer<S, R> {

    /** A fresh state. */
    S newState();

    /** Adds every row of the batch to the state. */
    void update(S state, Batch batch);

    /** The state of two adjacent row ranges, {@code left} before {@code right}; may return {@code left} changed. */
    S merge(S left, S right);

    /** The statistic of the merged state, with the dataset's frozen category names and row count. */
    R result(S state, ScanInfo info);

    /** How the state is written and read (with a version), to move it between processes. */
    StateCodec<S> codec();
}
