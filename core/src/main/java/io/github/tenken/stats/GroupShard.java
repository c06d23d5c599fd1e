package io.github.tenken.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One shard of a {@link GroupTable}: rows grouped by a 128-bit feature key, with each group's row count and label,
 * in a primitive open-addressing table (linear probing; a slot is four longs in one array, key high, key low, label,
 * count, so a probe touches one cache line; at most three quarters full). A group whose rows carry more than one
 * label keeps its count per label in a side map; such groups are rare (they are the label conflicts), so the common
 * case costs no object per row.
 *
 * <p>Label hash 0 is a missing label; {@link #MULTI} marks a group whose labels live in the side map.
 */
final class GroupShard {

    static final long MULTI = Long.MIN_VALUE;
    private static final double MAX_LOAD = 0.75;
    private static final int MAX_SLOTS = (Integer.MAX_VALUE - 8) / 4;

    private long[] slots;
    private int capacity;
    int size;
    long rows;
    private final Map<Key, Map<Long, Long>> multi = new HashMap<>();

    /** A group's key in the side map. */
    record Key(long high, long low) {
    }

    GroupShard(long expectedGroups) {
        allocate(capacityFor(expectedGroups));
    }

    private static int capacityFor(long groups) {
        long c = (long) Math.ceil(groups / MAX_LOAD) + 16;
        if (c > MAX_SLOTS) {
            throw new IllegalStateException("more than " + (long) (MAX_SLOTS * MAX_LOAD)
                    + " distinct rows in one dataset");
        }
        return (int) c;
    }

    private void allocate(int slotCount) {
        slots = new long[slotCount * 4];
        capacity = slotCount;
    }

    int capacity() {
        return capacity;
    }

    long high(int slot) {
        return slots[slot * 4];
    }

    long low(int slot) {
        return slots[slot * 4 + 1];
    }

    long label(int slot) {
        return slots[slot * 4 + 2];
    }

    long count(int slot) {
        return slots[slot * 4 + 3];
    }

    /** The slot of a key: its own, or the empty one where it would go. */
    private int slot(long h, long l) {
        int i = (int) (((h >>> 32) * capacity) >>> 32);
        long[] s = slots;
        while (true) {
            int at = i * 4;
            long sh = s[at];
            long sl = s[at + 1];
            if ((sh == h && sl == l) || (sh == 0 && sl == 0)) {
                return i;
            }
            if (++i == capacity) {
                i = 0;
            }
        }
    }

    /** Whether the slot holds a group. */
    boolean occupied(int slot) {
        return slots[slot * 4] != 0 || slots[slot * 4 + 1] != 0;
    }

    /** Adds {@code n} rows of one key and label. */
    void add(long h, long l, long lab, long n) {
        if (size + 1 > capacity * MAX_LOAD) {
            rehash(capacityFor((long) (size * 1.5) + 1));
        }
        int i = slot(h, l);
        int at = i * 4;
        rows += n;
        if (slots[at] == 0 && slots[at + 1] == 0) {
            slots[at] = h;
            slots[at + 1] = l;
            slots[at + 2] = lab;
            slots[at + 3] = n;
            size++;
            return;
        }
        slots[at + 3] += n;
        long existing = slots[at + 2];
        if (existing == lab) {
            return;
        }
        Key key = new Key(h, l);
        if (existing == MULTI) {
            multi.get(key).merge(lab, n, Long::sum);
        } else {
            Map<Long, Long> labels = new TreeMap<>();
            labels.put(existing, slots[at + 3] - n);
            labels.merge(lab, n, Long::sum);
            multi.put(key, labels);
            slots[at + 2] = MULTI;
        }
    }

    /** Makes room for {@code groups} groups without growing again. */
    void reserve(long groups) {
        int needed = capacityFor(groups);
        if (needed > capacity) {
            rehash(needed);
        }
    }

    private void rehash(int slotCount) {
        long[] old = slots;
        allocate(slotCount);
        for (int at = 0; at < old.length; at += 4) {
            if (old[at] != 0 || old[at + 1] != 0) {
                int i = slot(old[at], old[at + 1]) * 4;
                System.arraycopy(old, at, slots, i, 4);
            }
        }
    }

    /** Adds every group of another table (which is not changed). */
    void addAll(GroupShard other) {
        reserve((long) size + other.size);
        for (int j = 0; j < other.capacity; j++) {
            if (!other.occupied(j)) {
                continue;
            }
            long h = other.high(j);
            long l = other.low(j);
            if (other.label(j) == MULTI) {
                for (Map.Entry<Long, Long> e : other.multi.get(new Key(h, l)).entrySet()) {
                    add(h, l, e.getKey(), e.getValue());
                }
            } else {
                add(h, l, other.label(j), other.count(j));
            }
        }
    }

    /** The slot holding this key, or -1. */
    int find(long h, long l) {
        int i = slot(h, l);
        return occupied(i) ? i : -1;
    }

    /** The rows of one label in a slot's group. */
    long countOf(int slot, long lab) {
        if (label(slot) == MULTI) {
            return multi.get(new Key(high(slot), low(slot))).getOrDefault(lab, 0L);
        }
        return label(slot) == lab ? count(slot) : 0;
    }

    /** The label counts of a slot's group (one entry unless it has several labels). */
    Map<Long, Long> labels(int slot) {
        if (label(slot) == MULTI) {
            return multi.get(new Key(high(slot), low(slot)));
        }
        return Map.of(label(slot), count(slot));
    }
}
