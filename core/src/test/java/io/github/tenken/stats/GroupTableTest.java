package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sharded {@link GroupTable} behind {@link RowGroups}, fed one key at a time with no reservation (so each of its
 * open-addressing {@link GroupShard}s grows from its first 16 slots by itself), against a {@link HashMap} of the same
 * keys, labels and counts.
 */
class GroupTableTest {

    private record Key(long high, long low) {
    }

    @Test
    void growsByItselfAndKeepsEveryGroupAndLabel() throws IOException {
        SplittableRandom r = new SplittableRandom(109);
        GroupTable table = new GroupTable(0);
        for (GroupShard shard : table.shards()) {
            assertThat(shard.capacity()).isEqualTo(16);
        }
        Map<Key, Map<Long, Long>> expected = new HashMap<>();
        long rows = 0;
        // keys are hashes: uniform 128-bit values, drawn from a pool so that they repeat; a few have a zero half
        long[][] pool = new long[50_000][];
        for (int k = 0; k < pool.length; k++) {
            long h = r.nextLong();
            long l = r.nextLong();
            pool[k] = k % 1000 == 0 ? new long[]{0, l == 0 ? 1 : l} : k % 1000 == 1 ? new long[]{h == 0 ? 1 : h, 0}
                    : new long[]{h, l};
        }
        for (int i = 0; i < 100_000; i++) {
            long[] key = pool[r.nextInt(pool.length)];
            long high = key[0];
            long low = key[1];
            long label = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3);
            long count = 1 + r.nextInt(3);
            table.add(high, low, label, count);
            expected.computeIfAbsent(new Key(high, low), k -> new HashMap<>()).merge(label, count, Long::sum);
            rows += count;
        }
        long capacity = 0;
        for (GroupShard shard : table.shards()) {
            assertThat(shard.size).as("every shard holds some of 50,000 uniform keys").isPositive();
            capacity += shard.capacity();
        }
        assertThat(capacity).isGreaterThan(expected.size());
        assertSameGroups(table, expected, rows);
        // and after a trip through its bytes, and merged into an empty table
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            table.write(out);
        }
        GroupTable read = GroupTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertSameGroups(read, expected, rows);
        GroupTable merged = new GroupTable(0);
        merged.addAll(read);
        assertSameGroups(merged, expected, rows);
    }

    private static void assertSameGroups(GroupTable table, Map<Key, Map<Long, Long>> expected, long rows) {
        assertThat(table.size()).as("groups").isEqualTo(expected.size());
        assertThat(table.rows()).as("rows").isEqualTo(rows);
        // every occupied slot of every shard, read back as a map, equals the expected one
        Map<Key, Map<Long, Long>> actual = new HashMap<>();
        for (GroupShard shard : table.shards()) {
            for (int s = 0; s < shard.capacity(); s++) {
                if (shard.occupied(s)) {
                    Key key = new Key(shard.high(s), shard.low(s));
                    assertThat(actual.put(key, new HashMap<>(shard.labels(s)))).as("key in one shard only").isNull();
                }
            }
        }
        assertThat(actual).as("groups and their label counts").isEqualTo(expected);
        // and every key is found where it is, with its counts
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Key, Map<Long, Long>> e : expected.entrySet()) {
            GroupShard shard = table.shardFor(e.getKey().high(), e.getKey().low());
            int slot = shard.find(e.getKey().high(), e.getKey().low());
            if (slot < 0 || shard.high(slot) != e.getKey().high() || shard.low(slot) != e.getKey().low()) {
                wrong.add(e.getKey() + " not found");
                continue;
            }
            e.getValue().forEach((label, count) -> {
                if (shard.countOf(slot, label) != count) {
                    wrong.add(e.getKey() + " label " + label + ": " + shard.countOf(slot, label) + " for " + count);
                }
            });
            if (shard.countOf(slot, 99) != 0) {
                wrong.add(e.getKey() + " counts rows of a label it never had");
            }
        }
        assertThat(wrong).as("keys looked up").isEmpty();
        for (long missing : List.of(7L, 0L, -1L)) {
            assertThat(table.shardFor(missing, 7).find(missing, 7)).isEqualTo(-1);
        }
    }
}
