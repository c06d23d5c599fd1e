package io.github.tenken.checks.io;

import io.github.tenken.data.ValueHash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The local category codes of one column in one batch: an open-addressing hash map from byte slices of the batch
 * to codes, so that a value is decoded (and normalised) once per batch instead of once per row. Codes are numbered
 * in order of first appearance in the batch, one per distinct value after normalisation (two spellings that
 * normalise alike share a code), which is the order the shared dictionary must see them in.
 *
 * <p>A slice of up to 7 bytes (most categories: {@code yes}, {@code S31}, {@code m08493}) is packed with its length
 * into one {@code long} key: a lookup compares that key and reads the code next to it, no bytes. A longer slice's key
 * is its {@link ValueHash} (with a low byte no packed key has), and its bytes are compared on a match.
 */
final class SliceCodes {

    private static final int SHORT = 7;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final UnaryOperator<String> normaliser;
    private final byte[] bytes;
    private long[] table;       // per slot: the key, then the local code + 1 (0: empty slot)
    private int[] starts;       // where a long slice's bytes are, for the comparison
    private int[] lengths;
    private int used;
    private final Map<String, Integer> localByValue = new HashMap<>();
    private final List<String> levels = new ArrayList<>();

    /**
     * Codes for values that are slices of {@code batchBytes}, normalised by {@code normaliser} if not null, sized
     * for about {@code expectedDistinct} values (the previous batch's count: columns keep their cardinality).
     */
    SliceCodes(byte[] batchBytes, UnaryOperator<String> normaliser, int expectedDistinct) {
        this.bytes = batchBytes;
        this.normaliser = normaliser;
        // a table at most 70% full, and at least half full when the guess is right: small enough to stay in cache
        int wanted = Math.max(32, Math.min(expectedDistinct, 1 << 20) * 10 / 7 + 1);
        int slots = Integer.highestOneBit(wanted * 2 - 1);
        this.table = new long[2 * slots];
        this.starts = new int[slots];
        this.lengths = new int[slots];
    }

    /** The local code of the value {@code [from, to)} of the batch's bytes. */
    int codeOf(int from, int to) {
        int length = to - from;
        long key = length <= SHORT ? pack(from, length) : (ValueHash.of(bytes, from, length) & ~0xFFL) | 0x80;
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int slot = slotOf(key, mask);
        while (true) {
            long code = t[2 * slot + 1];
            if (code == 0) {
                return add(slot, key, from, length);
            }
            if (t[2 * slot] == key && (length <= SHORT || lengths[slot] == length
                    && Arrays.equals(bytes, starts[slot], starts[slot] + length, bytes, from, to))) {
                return (int) code - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The distinct values, indexed by local code. */
    List<String> levels() {
        return levels;
    }

    /** The slice's bytes above its length in the low byte: equal keys, equal slices. */
    private long pack(int from, int length) {
        long word;
        if (from + 8 <= bytes.length) {
            word = length == 0 ? 0 : (long) LONGS.get(bytes, from) & (-1L >>> (64 - 8 * length));
        } else {
            word = 0;
            for (int i = 0; i < length; i++) {
                word |= (bytes[from + i] & 0xFFL) << (8 * i);
            }
        }
        return word << 8 | length;
    }

    /** The first slot of a key: mixed so that every byte of a packed value reaches the low bits. */
    private static int slotOf(long key, int mask) {
        long h = ValueHash.mix(key);
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private int add(int slot, long key, int from, int length) {
        String value = Utf8.decode(bytes, from, from + length);
        int local;
        if (normaliser == null && Utf8.isAscii(bytes, from, from + length)) {
            // distinct ASCII slices decode to distinct texts, and no other slice decodes to an ASCII-only text
            local = levels.size();
            levels.add(value);
        } else {
            if (normaliser != null) {
                value = normaliser.apply(value);
            }
            Integer known = localByValue.putIfAbsent(value, levels.size());
            local = known != null ? known : levels.size();
            if (known == null) {
                levels.add(value);
            }
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = local + 1;
        starts[slot] = from;
        lengths[slot] = length;
        if (++used * 10 > starts.length * 7) {
            grow();
        }
        return local;
    }

    private void grow() {
        long[] oldTable = table;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int n = oldStarts.length * 2;
        table = new long[2 * n];
        starts = new int[n];
        lengths = new int[n];
        int mask = n - 1;
        for (int i = 0; i < oldStarts.length; i++) {
            if (oldTable[2 * i + 1] != 0) {
                int slot = slotOf(oldTable[2 * i], mask);
                while (table[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = oldTable[2 * i];
                table[2 * slot + 1] = oldTable[2 * i + 1];
                starts[slot] = oldStarts[i];
                lengths[slot] = oldLengths[i];
            }
        }
    }
}
