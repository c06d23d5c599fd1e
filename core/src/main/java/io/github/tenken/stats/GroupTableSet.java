package io.github.tenken.stats;

import io.github.tenken.internal.Preconditions;

import java.util.Map;

/** The {@link RowGroupSet} of one table of groups held in this JVM: what {@link RowGroups} gives a local scan. */
final class GroupTableSet implements RowGroupSet {

    private final GroupTable table;
    private final boolean numericLabel;
    private final long distinctRows;
    private final long duplicateGroups;
    private final long conflictingGroups;
    private final long conflictingRows;

    GroupTableSet(GroupTable table, boolean numericLabel) {
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

    @Override
    public String toString() {
        return "row groups of " + table.rows() + " rows held in this JVM";
    }

    @Override
    public long rows() {
        return table.rows();
    }

    @Override
    public long distinctRows() {
        return distinctRows;
    }

    @Override
    public long duplicateGroups() {
        return duplicateGroups;
    }

    @Override
    public long conflictingGroups() {
        return conflictingGroups;
    }

    @Override
    public long conflictingRows() {
        return conflictingRows;
    }

    @Override
    public boolean isNumericLabel() {
        return numericLabel;
    }

    @Override
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

    @Override
    public long featureGroups() {
        return table.size();
    }

    @Override
    public long rowsAlsoIn(RowGroupSet other) {
        return shared(local(other), true);
    }

    @Override
    public long distinctAlsoIn(RowGroupSet other) {
        return shared(local(other), false);
    }

    private static GroupTableSet local(RowGroupSet other) {
        if (other instanceof GroupTableSet set) {
            return set;
        }
        throw new IllegalArgumentException("rows held in this JVM cannot be compared with " + other
                + "; scan both datasets on the same backend");
    }

    private long shared(GroupTableSet other, boolean countRows) {
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
