package io.github.tenken.checks.constraints;

import io.github.tenken.stats.Codecs;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The state of one {@link Constraint.Unique} rule over a range of rows: each distinct value (by its 64-bit value
 * hash, as distinct counts use) with the row it first occurs in, its raw value and whether that row broke no other
 * rule; the rows that repeat an earlier value (counted, the first ones listed); and, when other unique rules could
 * also claim a row, those repeating rows that broke nothing else, so that rows breaking any rule are counted once.
 * One open-addressing table of parallel arrays, no object per value.
 */
final class UniqueIndex {

    private long[] keys = new long[16];
    private long[] first = new long[16];
    private long[] raw = new long[16];
    private boolean[] clean = new boolean[16];
    private int size;

    /** Rows with a present value that repeat an earlier row's value. */
    long repeats;
    /** Of those, rows that break no rule decided row by row. */
    long cleanRepeats;
    /** Those rows' indices, kept only when {@code trackRows} (several unique rules). */
    long[] cleanRows = new long[0];
    int cleanRowCount;
    final boolean trackRows;
    Examples examples;

    UniqueIndex(int listRows, boolean trackRows) {
        this.examples = new Examples(1, listRows);
        this.trackRows = trackRows;
    }

    int size() {
        return size;
    }

    /** Adds a row's value, rows in increasing order. */
    void add(long hash, long row, long value, boolean rowClean) {
        int slot = find(hash);
        if (slot >= 0) {
            repeat(row, value, rowClean);
            examples.add(row, new long[]{value});
            return;
        }
        insert(hash, row, value, rowClean);
    }

    private void repeat(long row, long value, boolean rowClean) {
        repeats++;
        if (rowClean) {
            cleanRepeats++;
            if (trackRows) {
                if (cleanRowCount == cleanRows.length) {
                    cleanRows = Arrays.copyOf(cleanRows, Math.max(16, cleanRowCount * 2));
                }
                cleanRows[cleanRowCount++] = row;
            }
        }
    }

    /** Adds the next row range's index: its first occurrences of values seen here become repeats. */
    void merge(UniqueIndex right) {
        Examples found = new Examples(1, examples.limit);
        long[] foundRows = new long[16];
        long[] foundValues = new long[16];
        int nFound = 0;
        for (int s = 0; s < right.keys.length; s++) {
            long h = right.keys[s];
            if (h == 0) {
                continue;
            }
            if (find(h) >= 0) {
                repeat(right.first[s], right.raw[s], right.clean[s]);
                if (nFound == foundRows.length) {
                    foundRows = Arrays.copyOf(foundRows, nFound * 2);
                    foundValues = Arrays.copyOf(foundValues, nFound * 2);
                }
                foundRows[nFound] = right.first[s];
                foundValues[nFound++] = right.raw[s];
            } else {
                insert(h, right.first[s], right.raw[s], right.clean[s]);
            }
        }
        // the table is in hash order: sort what it found by row before listing the first ones
        Integer[] order = new Integer[nFound];
        for (int i = 0; i < nFound; i++) {
            order[i] = i;
        }
        long[] fr = foundRows;
        Arrays.sort(order, (a, b) -> Long.compare(fr[a], fr[b]));
        for (int i = 0; i < nFound && !found.isFull(); i++) {
            found.add(foundRows[order[i]], new long[]{foundValues[order[i]]});
        }
        examples.append(Examples.union(found, right.examples));
        repeats += right.repeats;
        cleanRepeats += right.cleanRepeats;
        if (trackRows) {
            cleanRows = Arrays.copyOf(cleanRows, cleanRowCount + right.cleanRowCount);
            System.arraycopy(right.cleanRows, 0, cleanRows, cleanRowCount, right.cleanRowCount);
            cleanRowCount += right.cleanRowCount;
        }
    }

    private int find(long hash) {
        int mask = keys.length - 1;
        int i = (int) (mix(hash) & mask);
        while (keys[i] != 0) {
            if (keys[i] == hash) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private void insert(long hash, long row, long value, boolean rowClean) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (mix(hash) & mask);
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = hash;
        first[i] = row;
        raw[i] = value;
        clean[i] = rowClean;
        size++;
    }

    private void grow() {
        long[] k = keys;
        long[] f = first;
        long[] r = raw;
        boolean[] c = clean;
        keys = new long[k.length * 2];
        first = new long[k.length * 2];
        raw = new long[k.length * 2];
        clean = new boolean[k.length * 2];
        size = 0;
        for (int s = 0; s < k.length; s++) {
            if (k[s] != 0) {
                insert(k[s], f[s], r[s], c[s]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        return x ^ (x >>> 33);
    }

    void write(DataOutput out) throws IOException {
        out.writeBoolean(trackRows);
        out.writeInt(size);
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0) {
                out.writeLong(keys[s]);
                out.writeLong(first[s]);
                out.writeLong(raw[s]);
                out.writeBoolean(clean[s]);
            }
        }
        out.writeLong(repeats);
        out.writeLong(cleanRepeats);
        Codecs.writeLongs(Arrays.copyOf(cleanRows, cleanRowCount), out);
        examples.write(out);
    }

    static UniqueIndex read(DataInput in) throws IOException {
        boolean track = in.readBoolean();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("unique index of " + n + " values");
        }
        UniqueIndex u = new UniqueIndex(0, track);
        for (int i = 0; i < n; i++) {
            long h = in.readLong();
            if (h == 0 || u.find(h) >= 0) {
                throw new IOException("unique index with an empty or repeated key");
            }
            u.insert(h, in.readLong(), in.readLong(), in.readBoolean());
        }
        u.repeats = in.readLong();
        u.cleanRepeats = in.readLong();
        u.cleanRows = Codecs.readLongs(in);
        u.cleanRowCount = u.cleanRows.length;
        u.examples = Examples.read(in);
        return u;
    }
}
