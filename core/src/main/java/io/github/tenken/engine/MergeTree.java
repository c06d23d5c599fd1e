package io.github.tenken.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Merges the states of numbered batches in a fixed binary tree over the batch numbers, as the batches arrive in any
 * order from any thread: batches {@code 2j} and {@code 2j+1} merge as soon as both are there, then their parent with
 * its sibling, and so on, so a state is freed as soon as it is merged and at most a few are alive at once. Which
 * states merge with which depends only on the number of batches, never on timing: the merged result is the same on
 * every run.
 *
 * @param <T> the state
 */
final class MergeTree<T> {

    private final BinaryOperator<T> merge;
    private final Map<Long, T> pending = new HashMap<>();

    MergeTree(BinaryOperator<T> merge) {
        this.merge = merge;
    }

    private static long key(int level, long index) {
        return ((long) level << 40) | index;
    }

    /** Adds the state of batch {@code index}, merging it up the tree as far as its siblings allow. */
    void add(int index, T state) {
        int level = 0;
        long i = index;
        T value = state;
        while (true) {
            T sibling;
            synchronized (pending) {
                sibling = pending.remove(key(level, i ^ 1));
                if (sibling == null) {
                    pending.put(key(level, i), value);
                    return;
                }
            }
            value = (i & 1) == 0 ? merge.apply(value, sibling) : merge.apply(sibling, value);
            i >>= 1;
            level++;
        }
    }

    /** The merge of every state, once all {@code batches} have been added: the incomplete subtrees left to right. */
    T finish(int batches) {
        List<long[]> roots = new ArrayList<>();
        synchronized (pending) {
            for (long key : pending.keySet()) {
                int level = (int) (key >>> 40);
                long index = key & ((1L << 40) - 1);
                roots.add(new long[]{index << level, key});
            }
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("no batch was merged (" + batches + " expected)");
        }
        roots.sort((a, b) -> Long.compare(a[0], b[0]));
        T result = null;
        for (long[] r : roots) {
            T v = pending.remove(r[1]);
            result = result == null ? v : merge.apply(result, v);
        }
        return result;
    }
}
