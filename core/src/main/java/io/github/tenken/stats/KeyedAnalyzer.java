package io.github.tenken.stats;

/**
 * An analyzer whose state is groups keyed by a hash (rows by their feature values, say), which a distributed
 * backend splits by key and merges bucket by bucket after a shuffle keyed by that hash, so that no node ever holds
 * every group: a group always lands in the same bucket, whichever state it came from, so the buckets' results add up
 * to the result of the whole.
 *
 * @param <S> the accumulator state
 * @param <R> the result
 */
public interface KeyedAnalyzer<S, R> extends Analyzer<S, R> {

    /**
     * The state's groups in {@code buckets} parts by key, each part as {@link StateCodec#toBytes} writes a state
     * holding only those groups (so {@code codec().fromBytes} reads it back), or {@code null} for a part with no
     * group.
     *
     * @param buckets a power of two
     */
    byte[][] splitToBytes(S state, int buckets);

    /** The groups the state holds: what a backend watches to send them on before they outgrow its memory. */
    long groups(S state);
}
