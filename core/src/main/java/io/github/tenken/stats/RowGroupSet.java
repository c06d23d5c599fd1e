package io.github.tenken.stats;

import io.github.tenken.internal.Preconditions;

import java.util.Map;

/**
 * The rows of a dataset grouped by feature values, each group with its labels: the result of {@link RowGroups}.
 * A "row" here is the features plus the label; rows whose label is missing count as rows (and as duplicates of
 * each other) but never as a conflicting label. A numeric label (regression) conflicts only beyond a tolerance:
 * {@link #conflictsBeyond}. Immutable once made.
 */
public final class RowGroupSet {

    private final GroupTable table;
    private final boolean numericLabel;
    private final long distinctRows;
    private final long duplicateGroups;
    private final long conflictingGroups;
    private final long conflictingRows;

    /** Groups with a numeric label and labels spreading wider than a tolerance, and their rows with a label. */
    public record Conflicts(long groups, long rows) {
    }

    RowGroupSet(GroupTable table, boolean numericLabel) {
        this.table = table;
        this.numericLabel = numericLabel;
        long distinct = 0;
        long dupGroups = 0;
        long conflicts = 0;
        long conflictRows = 0;
        for (GroupShard shard : table.shards()) {
          for (int s = 0; s < shard.capacity(); s++) {
            if (!shard.occupied(s)) {
                continue;
            }
            if (shard.label(s) != GroupTable.MULTI) {
                distinct++;
                dupGroups += shard.count(s) > 1 ? 1 : 0;
                continue;
            }
            int labelled = 0;
            long labelledRows = 0;
            for (Map.Entry<Long, Long> e : shard.labels(s).entrySet()) {
                distinct++;
                dupGroups += e.getValue() > 1 ? 1 : 0;
                if (e.getKey() != 0) {
                    labelled++;
                    labelledRows += e.getValue();
                }
            }
            if (labelled > 1) {
                conflicts++;
                conflictRows += labelledRows;
            }
          }
        }
        this.distinctRows = distinct;
        this.duplicateGroups = dupGroups;
        this.conflictingGroups = conflicts;
        this.conflictingRows = conflictRows;
    }

    /** Rows counted. */
    public long rows() {
        return table.rows();
    }

    /** Distinct rows (features and label). */
    public long distinctRows() {
        return distinctRows;
    }

    /** Rows equal to an earlier row: {@code rows - distinctRows}. */
    public long duplicateRows() {
        return table.rows() - distinctRows;
    }

    /** Distinct rows that occur more than once. */
    public long duplicateGroups() {
        return duplicateGroups;
    }

    /** Groups of equal features whose rows carry two or more different (present) labels. */
    public long conflictingGroups() {
        return conflictingGroups;
    }

    /** Rows with a present label in those groups. */
    public long conflictingRows() {
        return conflictingRows;
    }

    /** Whether the label is a number (regression), so that conflicts are measured with {@link #conflictsBeyond}. */
    public boolean isNumericLabel() {
        return numericLabel;
    }

    /**
     * Groups of equal features whose present numeric labels spread by more than {@code tolerance} (largest minus
     * smallest), and their rows with a label; exact, from the distinct labels each group keeps. Only a group with
     * two or more distinct labels can spread, and those are the only groups that keep more than one label.
     */
    public Conflicts conflictsBeyond(double tolerance) {
        Preconditions.check(numericLabel, "label conflicts with a tolerance need a numeric label");
        Preconditions.check(tolerance >= 0, "tolerance %s is negative", tolerance);
        long groups = 0;
        long rows = 0;
        for (GroupShard shard : table.shards()) {
            for (int s = 0; s < shard.capacity(); s++) {
                if (!shard.occupied(s) || shard.label(s) != GroupTable.MULTI) {
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                long labelled = 0;
                for (Map.Entry<Long, Long> e : shard.labels(s).entrySet()) {
                    if (e.getKey() != 0) {
                        double v = RowGroups.numericLabel(e.getKey());
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                        labelled += e.getValue();
                    }
                }
                if (labelled > 0 && max - min > tolerance) {
                    groups++;
                    rows += labelled;
                }
            }
        }
        return new Conflicts(groups, rows);
    }

    /** Distinct feature combinations. */
    public long featureGroups() {
        return table.size();
    }

    /** Rows of this set (with their repetitions) whose row (features and label) also occurs in {@code other}. */
    public long rowsAlsoIn(RowGroupSet other) {
        return shared(other, true);
    }

    /** Distinct rows of this set that also occur in {@code other}. */
    public long distinctAlsoIn(RowGroupSet other) {
        return shared(other, false);
    }

    private long shared(RowGroupSet other, boolean countRows) {
        GroupTable mine = table;
        GroupTable theirs = other.table;
        long n = 0;
        for (GroupShard shard : mine.shards()) {
            for (int s = 0; s < shard.capacity(); s++) {
                if (!shard.occupied(s)) {
                    continue;
                }
                GroupShard theirShard = theirs.shardFor(shard.high(s), shard.low(s));
                int t = theirShard.find(shard.high(s), shard.low(s));
                if (t < 0) {
                    continue;
                }
                for (Map.Entry<Long, Long> e : shard.labels(s).entrySet()) {
                    if (theirShard.countOf(t, e.getKey()) > 0) {
                        n += countRows ? e.getValue() : 1;
                    }
                }
            }
        }
        return n;
    }
}
