package io.github.tenken.data;

import java.util.Arrays;

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

    private CategoricalColumn(String name, CategoryDictionary dictionary, int[] codes) {
        this.name = name;
        this.dictionary = dictionary;
        this.codes = codes;
    }

    /** A column of these values ({@code null} = missing), coded with the given dictionary. */
    public static CategoricalColumn of(String name, CategoryDictionary dictionary, String... values) {
        Builder b = builder(name, dictionary, values.length);
        for (String v : values) {
            b.add(v);
        }
        return b.build();
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
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    /** The code in this row; {@link #MISSING} when missing. */
    public int code(int row) {
        return codes[row];
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c == MISSING ? null : dictionary.valueOf(c);
    }

    /** The shared dictionary that maps codes to values. */
    public CategoryDictionary dictionary() {
        return dictionary;
    }

    /** A copy of every code. */
    public int[] copyCodes() {
        return codes.clone();
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
            return new CategoricalColumn(name, dictionary, c);
        }
    }
}
