package io.github.tenken.stats;

import io.github.tenken.data.Table;

/**
 * A statistic computed by a mergeable accumulator, so that one scan of a dataset in parallel chunks feeds every
 * analyzer at once (after Deequ's analyzers).
 *
 * <p>The scanner creates a state per chunk, updates it with the chunk's rows, merges the states in row order and asks
 * for the result. Analyzers are records: two checks that ask for an equal analyzer share one computation. States are
 * plain mutable accumulators owned by the scanner; {@link #merge} may reuse its left argument. A further executor
 * (a Spark {@code Aggregator}) can drive the same four methods.
 *
 * @param <S> the accumulator state
 * @param <R> the result
 */
public interface Analyzer<S, R> {

    /** A fresh state for a chunk of the table. */
    S newState(Table table);

    /** Adds rows {@code from} (inclusive) to {@code to} (exclusive) of the table to the state. */
    void update(S state, Table table, int from, int to);

    /** The state of two adjacent chunks, {@code left} before {@code right}; may return {@code left} changed. */
    S merge(S left, S right);

    /** The statistic of the merged state. */
    R result(S state, Table table);
}
