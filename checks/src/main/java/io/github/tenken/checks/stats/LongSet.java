package io.github.tenken.checks.stats;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** A set of non-zero longs in one open-addressing array: 8 bytes a slot, no object per value. */
final class LongSet {

    private long[] slots = new long[16];
    private int size;

    int size() {
        return size;
    }

    void add(long v) {
        if (v == 0) {
            throw new IllegalArgumentException("0 is the empty slot");
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(v) & mask);
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    void forEach(LongConsumer action) {
        for (long v : slots) {
            if (v != 0) {
                action.accept(v);
            }
        }
    }

    long[] toArray() {
        long[] out = new long[size];
        int n = 0;
        for (long v : slots) {
            if (v != 0) {
                out[n++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        return x ^ (x >>> 33);
    }
}
