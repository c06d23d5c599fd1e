package io.github.tenken.checks.types;

import java.util.Arrays;

/**
 * The distinct values of one column seen by a state, numbered 0, 1, ... in order of appearance, up to a limit: a
 * small open-addressing table from a value's key (a category code, or a number's bits) to its number. Past the
 * limit the column is {@link #isOut() out}, and stays out through every merge.
 */
final class Levels {

    private final int max;
    private final long[] table;
    private final int[] level;
    private final long[] keys;
    private int size;
    private boolean out;

    Levels(int max) {
        this.max = max;
        int capacity = Integer.highestOneBit(Math.max(4, 2 * (max + 1)) - 1) << 1;
        table = new long[capacity];
        level = new int[capacity];
        Arrays.fill(level, -1);
        keys = new long[max];
    }

    /** The level of a key, added when new; -1 once the column has more than {@code max} values. */
    int levelOf(long key) {
        if (out) {
            return -1;
        }
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (level[i] >= 0) {
            if (table[i] == key) {
                return level[i];
            }
            i = (i + 1) & mask;
        }
        if (size == max) {
            markOut();
            return -1;
        }
        table[i] = key;
        level[i] = size;
        keys[size] = key;
        return size++;
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    void markOut() {
        out = true;
    }

    boolean isOut() {
        return out;
    }

    int size() {
        return size;
    }

    long key(int level) {
        return keys[level];
    }
}
