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
 * The open-addressing {@link GroupTable} behind {@link RowGroups}, fed one key at a time with no reservation (so it
 * grows from its first 16 slots by itself), against a {@link HashMap} of the same keys, labels and counts.
 */
class GroupTableTest {

    private record Key(long high, long low) {
    }

    @Test
    void growsByItselfAndKeepsEveryGroupAndLabel() throws IOException {
        SplittableRandom r = new SplittableRandom(109);
        GroupTable table = new GroupTable(0);
        assertThat(table.capacity()).isEqualTo(16);
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
        assertThat(table.capacity()).isGreaterThan(expected.size());
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
        assertThat(table.size).as("groups").isEqualTo(expected.size());
        assertThat(table.rows).as("rows").isEqualTo(rows);
        // every occupied slot, read back as a map, equals the expected one
        Map<Key, Map<Long, Long>> actual = new HashMap<>();
        for (int s = 0; s < table.capacity(); s++) {
            if (table.occupied(s)) {
                actual.put(new Key(table.high(s), table.low(s)), new HashMap<>(table.labels(s)));
            }
        }
        assertThat(actual).as("groups and their label counts").isEqualTo(expected);
        // and every key is found where it is, with its counts
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Key, Map<Long, Long>> e : expected.entrySet()) {
            int slot = table.find(e.getKey().high(), e.getKey().low());
            if (slot < 0 || table.high(slot) != e.getKey().high() || table.low(slot) != e.getKey().low()) {
                wrong.add(e.getKey() + " not found");
                continue;
            }
            e.getValue().forEach((label, count) -> {
                if (table.countOf(slot, label) != count) {
                    wrong.add(e.getKey() + " label " + label + ": " + table.countOf(slot, label) + " for " + count);
                }
            });
            if (table.countOf(slot, 99) != 0) {
                wrong.add(e.getKey() + " counts rows of a label it never had");
            }
        }
        assertThat(wrong).as("keys looked up").isEmpty();
        for (long missing : List.of(7L, 0L, -1L)) {
            assertThat(table.find(missing, 7)).isEqualTo(-1);
        }
    }
}
