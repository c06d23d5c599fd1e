package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable column of identifiers (values that nearly all differ, such as a row id) kept as the 64-bit
 * {@link ValueHash} of each value's text: 8 bytes a row instead of a dictionary entry per distinct value. Hash 0 is
 * missing. The text is not kept; {@link #text} gives the hash in hex, prefixed with {@code #}.
 */
public final class IdentifierColumn implements Column {

    /** The hash of a missing value. */
    public static final long MISSING = 0;

    private final String name;
    private final long[] hashes;
    private final int offset;
    private final int size;

    private IdentifierColumn(String name, long[] hashes, int offset, int size) {
        this.name = Preconditions.notNull(name, "column name");
        this.hashes = hashes;
        this.offset = offset;
        this.size = size;
    }

    /** A column of these values ({@code null} = missing), hashed. */
    public static IdentifierColumn of(String name, String... values) {
        long[] h = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            h[i] = values[i] == null ? MISSING : ValueHash.of(values[i]);
        }
        return new IdentifierColumn(name, h, 0, h.length);
    }

    /**
     * A column of the first {@code size} value hashes of an array the caller hands over ({@link #MISSING} = missing).
     * The caller must not change the array afterwards.
     */
    public static IdentifierColumn adopt(String name, long[] hashes, int size) {
        Preconditions.check(size >= 0 && size <= hashes.length, "size %d outside 0..%d", size, hashes.length);
        return new IdentifierColumn(name, hashes, 0, size);
    }

    /** The parts one after the other, as one column named after the first. */
    public static IdentifierColumn concat(List<IdentifierColumn> parts) {
        Preconditions.notEmpty(parts, "parts");
        long total = parts.stream().mapToLong(IdentifierColumn::size).sum();
        Preconditions.check(total <= Integer.MAX_VALUE - 8, "a column of %d rows does not fit in one array", total);
        long[] all = new long[(int) total];
        int at = 0;
        for (IdentifierColumn p : parts) {
            System.arraycopy(p.hashes, p.offset, all, at, p.size);
            at += p.size;
        }
        return new IdentifierColumn(parts.get(0).name, all, 0, all.length);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.IDENTIFIER;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isMissing(int row) {
        return valueHash(row) == MISSING;
    }

    @Override
    public String text(int row) {
        long h = valueHash(row);
        return h == MISSING ? null : String.format("#%016x", h);
    }

    @Override
    public long valueHash(int row) {
        Preconditions.checkIndex(row, size);
        return hashes[offset + row];
    }

    @Override
    public int missingCount() {
        int m = 0;
        for (int i = offset, end = offset + size; i < end; i++) {
            if (hashes[i] == MISSING) {
                m++;
            }
        }
        return m;
    }

    @Override
    public void markMissing(boolean[] flags) {
        for (int i = 0; i < size; i++) {
            if (hashes[offset + i] == MISSING) {
                flags[i] = true;
            }
        }
    }

    @Override
    public void valueHashes(long[] out) {
        System.arraycopy(hashes, offset, out, 0, size);
    }

    @Override
    public IdentifierColumn slice(int from, int to) {
        Preconditions.checkRange(from, to - from, size);
        return new IdentifierColumn(name, hashes, offset + from, to - from);
    }

    /** A copy of every hash. */
    public long[] copyHashes() {
        return Arrays.copyOfRange(hashes, offset, offset + size);
    }
}
