package io.github.tenken.spark;

import io.github.tenken.stats.Analyzer;

import java.util.List;

/**
 * Merges one analyzer's partition states in the task that receives them all, left to right in partition order (so in row order, as the
 * local scan merges adjacent batches); partitions without rows are skipped. A partition's failure becomes the
 * analyzer's failure, with the partition named.
 */
final class StateMerge {

    private StateMerge() {
    }

    /** The merged state of analyzer number {@code index} of the shipped ones, or the failure as a throwable. */
    static <S> Object merge(Analyzer<S, ?> analyzer, List<PartitionStates> parts, int index) {
        try {
            S merged = null;
            for (PartitionStates p : parts) {
                if (p.errors()[index] != null) {
                    return new IllegalStateException("partition " + p.partition() + ": " + p.errors()[index]);
                }
                if (p.rows() == 0 || p.states()[index] == null) {
                    continue;
                }
                S state = analyzer.codec().fromBytes(p.states()[index]);
                merged = merged == null ? state : analyzer.merge(merged, state);
            }
            return merged != null ? merged : analyzer.newState();
        } catch (RuntimeException | LinkageError e) {
            return e;
        }
    }
}
