package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable column of categories stored as codes of a {@link CategoryDictionary} shared across an assessment's
 * tables; code {@code -1} is missing.
 */
public final class CategoricalColumn implements Column {

    /** The code of a missing value. */
    public static final int MISSING = -1;

    private final String name;
    private final CategoryDictionary dictionary;
    private final int[] codes;
    private final int offset;
    private final int size;

    private CategoricalColumn(String name, CategoryDictionary dictionary, int[] codes, int offset, int size) {
        this.name = Preconditions.notNull(name, "column name");
        this.dictionary = Preconditions.notNull(dictionary, "dictionary of column " + name);
        this.codes = codes;
        this.offset = offset;
        this.size = size;
    }

    /** A column of these values ({@code null} = missing), coded with the given dictionary. */
    public static CategoricalColumn of(String name, CategoryDictionary dictionary, String... values) {
        Builder b = builder(name, dictionary, values.length);
        for (String v : values) {
            b.add(v);
        }
        return b.build();
    }

    /**
     * A column of the first {@code size} codes of an array the caller hands over (codes of {@code dictionary}, or
     * {@link #MISSING}): for loaders that fill an array once. The caller must not change the array afterwards.
     */
    public static CategoricalColumn adopt(String name, CategoryDictionary dictionary, int[] codes, int size) {
        Preconditions.check(size >= 0 && size <= codes.length, "size %d outside 0..%d", size, codes.length);
        return new CategoricalColumn(name, dictionary, codes, 0, size);
    }

    /** The parts one after the other, as one column; they must share one dictionary. */
    public static CategoricalColumn concat(List<CategoricalColumn> parts) {
        Preconditions.notEmpty(parts, "parts");
        CategoryDictionary d = parts.get(0).dictionary;
        long total = 0;
        for (CategoricalColumn p : parts) {
            Preconditions.check(p.dictionary == d, "column \"%s\": parts coded with different dictionaries", p.name);
            total += p.size;
        }
        Preconditions.check(total <= Integer.MAX_VALUE - 8, "a column of %d rows does not fit in one array", total);
        int[] all = new int[(int) total];
        int at = 0;
        for (CategoricalColumn p : parts) {
            System.arraycopy(p.codes, p.offset, all, at, p.size);
            at += p.size;
        }
        return new CategoricalColumn(parts.get(0).name, d, all, 0, all.length);
    }

    /** A builder that appends values and hands its array over without a copy. */
    public static Builder builder(String name, CategoryDictionary dictionary, int expectedSize) {
        return new Builder(name, dictionary, expectedSize);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isMissing(int row) {
        return code(row) == MISSING;
    }

    /** The code in this row; {@link #MISSING} when missing. */
    public int code(int row) {
        Preconditions.checkIndex(row, size);
        return codes[offset + row];
    }

    /** Copies rows {@code from} to {@code from + length} into {@code target} at {@code at}. */
    public void copyTo(int from, int[] target, int at, int length) {
        Preconditions.checkRange(from, length, size);
        System.arraycopy(codes, offset + from, target, at, length);
    }

    @Override
    public String text(int row) {
        int c = code(row);
        return c == MISSING ? null : dictionary.valueOf(c);
    }

    @Override
    public long valueHash(int row) {
        int c = code(row);
        return c == MISSING ? 0 : dictionary.valueHash(c);
    }

    @Override
    public int missingCount() {
        int m = 0;
        for (int i = offset, end = offset + size; i < end; i++) {
            if (codes[i] == MISSING) {
                m++;
            }
        }
        return m;
    }

    @Override
    public void markMissing(boolean[] flags) {
        for (int i = 0; i < size; i++) {
            if (codes[offset + i] == MISSING) {
                flags[i] = true;
            }
        }
    }

    @Override
    public void valueHashes(long[] out) {
        long[] byCode = dictionary.valueHashes();
        for (int i = 0; i < size; i++) {
            int code = codes[offset + i];
            out[i] = code == MISSING ? 0 : byCode[code];
        }
    }

    @Override
    public CategoricalColumn slice(int from, int to) {
        Preconditions.checkRange(from, to - from, size);
        return new CategoricalColumn(name, dictionary, codes, offset + from, to - from);
    }

    /** The shared dictionary that maps codes to values. */
    public CategoryDictionary dictionary() {
        return dictionary;
    }

    /** A copy of every code. */
    public int[] copyCodes() {
        return Arrays.copyOfRange(codes, offset, offset + size);
    }

    /** Appends values for a loader; {@link #build()} hands the array to the column. */
    public static final class Builder {
        private final String name;
        private final CategoryDictionary dictionary;
        private int[] codes;
        private int size;

        private Builder(String name, CategoryDictionary dictionary, int expectedSize) {
            this.name = name;
            this.dictionary = dictionary;
            this.codes = new int[Math.max(16, expectedSize)];
        }

        /** Appends a value; {@code null} is missing. */
        public Builder add(String value) {
            return addCode(value == null ? MISSING : dictionary.codeOf(value));
        }

        /** Appends a code of this builder's dictionary, or {@link #MISSING}. */
        public Builder addCode(int code) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
            return this;
        }

        /** The column; the builder must not be used afterwards. */
        public CategoricalColumn build() {
            int[] c = size == codes.length ? codes : Arrays.copyOf(codes, size);
            codes = null;
            return new CategoricalColumn(name, dictionary, c, 0, c.length);
        }
    }
}
