package io.github.tenken.checks.stats;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct rows of a dataset (as 128-bit keys) with their number of occurrences: the result of {@link RowKeys}.
 * Immutable.
 */
public final class RowKeySet {

    /** A row's 128-bit key. */
    record Key(long high, long low) {
    }

    private final Map<Key, Long> counts;
    private final long rows;

    RowKeySet(Map<Key, Long> counts) {
        this.counts = Collections.unmodifiableMap(new HashMap<>(counts));
        this.rows = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows counted. */
    public long rows() {
        return rows;
    }

    /** Distinct rows. */
    public long distinctRows() {
        return counts.size();
    }

    /** Rows equal to an earlier row: {@code rows - distinctRows}. */
    public long duplicateRows() {
        return rows - counts.size();
    }

    /** Distinct rows that occur more than once. */
    public long duplicateGroups() {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    /** Rows of this set (with their repetitions) whose row also occurs in {@code other}. */
    public long rowsAlsoIn(RowKeySet other) {
        long n = 0;
        for (Map.Entry<Key, Long> e : counts.entrySet()) {
            if (other.counts.containsKey(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** Distinct rows of this set that also occur in {@code other}. */
    public long distinctAlsoIn(RowKeySet other) {
        return counts.keySet().stream().filter(other.counts::containsKey).count();
    }
}
