package io.github.tenken.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Rows grouped by a 128-bit feature key, with each group's row count and label: the state behind {@link RowGroups}.
 * The groups are spread over {@value #SHARDS} {@link GroupShard}s by six bits of the key, so that a table of tens of
 * millions of rows is many arrays of a few megabytes, not one array of hundreds: growing a shard copies one shard,
 * and no single allocation needs a large contiguous block of the heap.
 */
final class GroupTable {

    static final long MULTI = GroupShard.MULTI;
    static final int SHARDS = 64;

    private final GroupShard[] shards = new GroupShard[SHARDS];

    GroupTable(long expectedGroups) {
        for (int i = 0; i < SHARDS; i++) {
            shards[i] = new GroupShard(expectedGroups / SHARDS);
        }
    }

    /** The shard of a key: the top six bits of its low half (the slot within a shard comes from the high half). */
    private static int shardOf(long low) {
        return (int) (low >>> 58);
    }

    GroupShard[] shards() {
        return shards;
    }

    GroupShard shardFor(long high, long low) {
        return shards[shardOf(low)];
    }

    /** Distinct feature keys. */
    long size() {
        long n = 0;
        for (GroupShard s : shards) {
            n += s.size;
        }
        return n;
    }

    /** Rows added. */
    long rows() {
        long n = 0;
        for (GroupShard s : shards) {
            n += s.rows;
        }
        return n;
    }

    /** Adds {@code n} rows of one key and label. */
    void add(long high, long low, long label, long n) {
        shards[shardOf(low)].add(high, low, label, n);
    }

    /** Makes room for about {@code more} more groups, spread evenly over the shards. */
    void reserveMore(long more) {
        long perShard = more / SHARDS + (more / SHARDS) / 8 + 16;
        for (GroupShard s : shards) {
            s.reserve(s.size + perShard);
        }
    }

    /** Adds every group of another table (which is not changed). */
    void addAll(GroupTable other) {
        for (int i = 0; i < SHARDS; i++) {
            shards[i].addAll(other.shards[i]);
        }
    }

    /** The bucket of a key among {@code buckets} (a power of two): the low bits of its high half. */
    static int bucketOf(long high, int buckets) {
        return (int) (high & (buckets - 1));
    }

    /**
     * The table's groups split by {@link #bucketOf bucket}, each bucket as the bytes {@code header} then what
     * {@link #write} writes for the groups of that bucket alone, or {@code null} for a bucket without a group: every
     * array is allocated at its exact size, so a split costs the bytes it returns and nothing more.
     */
    byte[][] toBucketBytes(int buckets, int magic, int version) {
        long[] groups = new long[buckets];
        long[] rows = new long[buckets];
        long[] bytes = new long[buckets];
        for (GroupShard shard : shards) {
            for (int j = 0; j < shard.capacity(); j++) {
                if (shard.occupied(j)) {
                    int b = bucketOf(shard.high(j), buckets);
                    int labels = shard.label(j) == MULTI ? shard.labels(j).size() : 1;
                    groups[b]++;
                    rows[b] += shard.label(j) == MULTI ? sum(shard.labels(j)) : shard.count(j);
                    bytes[b] += 8 + 8 + 4 + 16L * labels;
                }
            }
        }
        ByteBuffer[] out = new ByteBuffer[buckets];
        for (int b = 0; b < buckets; b++) {
            if (groups[b] == 0) {
                continue;
            }
            long size = 4 + 4 + 8 + 8 + bytes[b];
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a bucket of " + groups[b] + " row groups does not fit in one array; "
                        + "use more buckets");
            }
            out[b] = ByteBuffer.allocate((int) size);
            out[b].putInt(magic).putInt(version).putLong(groups[b]).putLong(rows[b]);
        }
        for (GroupShard shard : shards) {
            for (int j = 0; j < shard.capacity(); j++) {
                if (!shard.occupied(j)) {
                    continue;
                }
                ByteBuffer o = out[bucketOf(shard.high(j), buckets)];
                o.putLong(shard.high(j)).putLong(shard.low(j));
                if (shard.label(j) == MULTI) {
                    Map<Long, Long> labels = shard.labels(j);
                    o.putInt(labels.size());
                    for (Map.Entry<Long, Long> e : labels.entrySet()) {
                        o.putLong(e.getKey()).putLong(e.getValue());
                    }
                } else {
                    o.putInt(1).putLong(shard.label(j)).putLong(shard.count(j));
                }
            }
        }
        byte[][] result = new byte[buckets][];
        for (int b = 0; b < buckets; b++) {
            result[b] = out[b] == null ? null : out[b].array();
        }
        return result;
    }

    private static long sum(Map<Long, Long> counts) {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        return n;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(size());
        out.writeLong(rows());
        for (GroupShard shard : shards) {
            for (int j = 0; j < shard.capacity(); j++) {
                if (!shard.occupied(j)) {
                    continue;
                }
                out.writeLong(shard.high(j));
                out.writeLong(shard.low(j));
                Map<Long, Long> labels = shard.labels(j);
                out.writeInt(labels.size());
                for (Map.Entry<Long, Long> e : labels.entrySet()) {
                    out.writeLong(e.getKey());
                    out.writeLong(e.getValue());
                }
            }
        }
    }

    static GroupTable read(DataInput in) throws IOException {
        long size = in.readLong();
        long rows = in.readLong();
        if (size < 0 || rows < size) {
            throw new IOException("row group table of " + size + " groups and " + rows + " rows");
        }
        GroupTable t = new GroupTable(size);
        for (long g = 0; g < size; g++) {
            long h = in.readLong();
            long l = in.readLong();
            int labels = in.readInt();
            for (int k = 0; k < labels; k++) {
                t.add(h, l, in.readLong(), in.readLong());
            }
        }
        if (t.rows() != rows) {
            throw new IOException("row group table says " + rows + " rows, holds " + t.rows());
        }
        return t;
    }
}
