package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.List;

/** An immutable column of real numbers; a missing value is stored as {@code NaN}. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;
    private final int offset;
    private final int size;

    private NumericColumn(String name, double[] values, int offset, int size) {
        this.name = Preconditions.notNull(name, "column name");
        this.values = values;
        this.offset = offset;
        this.size = size;
    }

    /** A column holding a copy of {@code values} ({@code NaN} = missing). */
    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, values.clone(), 0, values.length);
    }

    /**
     * A column of the first {@code size} values of an array the caller hands over: for loaders that fill an array
     * once. The caller must not change the array afterwards.
     */
    public static NumericColumn adopt(String name, double[] values, int size) {
        Preconditions.check(size >= 0 && size <= values.length, "size %d outside 0..%d", size, values.length);
        return new NumericColumn(name, values, 0, size);
    }

    /** The parts one after the other, as one column named after the first. */
    public static NumericColumn concat(List<NumericColumn> parts) {
        Preconditions.notEmpty(parts, "parts");
        long total = parts.stream().mapToLong(NumericColumn::size).sum();
        Preconditions.check(total <= Integer.MAX_VALUE - 8, "a column of %d rows does not fit in one array", total);
        double[] all = new double[(int) total];
        int at = 0;
        for (NumericColumn p : parts) {
            System.arraycopy(p.values, p.offset, all, at, p.size);
            at += p.size;
        }
        return new NumericColumn(parts.get(0).name, all, 0, all.length);
    }

    /** A builder that appends values and hands its array over without a copy. */
    public static Builder builder(String name, int expectedSize) {
        return new Builder(name, expectedSize);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(get(row));
    }

    /** The value in this row; {@code NaN} when missing. */
    public double get(int row) {
        Preconditions.checkIndex(row, size);
        return values[offset + row];
    }

    /** Copies rows {@code from} to {@code from + length} into {@code target} at {@code at}. */
    public void copyTo(int from, double[] target, int at, int length) {
        Preconditions.checkRange(from, length, size);
        System.arraycopy(values, offset + from, target, at, length);
    }

    @Override
    public String text(int row) {
        double v = get(row);
        if (Double.isNaN(v)) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public long valueHash(int row) {
        return hashOf(get(row));
    }

    /** The value hash of a number: equal numbers (0.0 and -0.0 too) hash alike; 0 for {@code NaN}. */
    public static long hashOf(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        long h = ValueHash.mix(Double.doubleToLongBits(v == 0.0 ? 0.0 : v) ^ 0x1B873593L);
        return h == 0 ? 1 : h;
    }

    @Override
    public int missingCount() {
        int m = 0;
        for (int i = offset, end = offset + size; i < end; i++) {
            if (Double.isNaN(values[i])) {
                m++;
            }
        }
        return m;
    }

    @Override
    public void markMissing(boolean[] flags) {
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(values[offset + i])) {
                flags[i] = true;
            }
        }
    }

    @Override
    public void valueHashes(long[] out) {
        for (int i = 0; i < size; i++) {
            out[i] = hashOf(values[offset + i]);
        }
    }

    @Override
    public NumericColumn slice(int from, int to) {
        Preconditions.checkRange(from, to - from, size);
        return new NumericColumn(name, values, offset + from, to - from);
    }

    /** A copy of every value, missing as {@code NaN}. */
    public double[] copyValues() {
        return Arrays.copyOfRange(values, offset, offset + size);
    }

    /** A copy of the values that are not missing, in row order. */
    public double[] presentValues() {
        double[] out = new double[size];
        int n = 0;
        for (int i = offset; i < offset + size; i++) {
            if (!Double.isNaN(values[i])) {
                out[n++] = values[i];
            }
        }
        return n == size ? out : Arrays.copyOf(out, n);
    }

    /** Appends values for a loader; {@link #build()} hands the array to the column. */
    public static final class Builder {
        private final String name;
        private double[] values;
        private int size;

        private Builder(String name, int expectedSize) {
            this.name = name;
            this.values = new double[Math.max(16, expectedSize)];
        }

        /** Appends a value ({@code NaN} = missing). */
        public Builder add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return this;
        }

        /** Appends a missing value. */
        public Builder addMissing() {
            return add(Double.NaN);
        }

        /** The column; the builder must not be used afterwards. */
        public NumericColumn build() {
            double[] v = size == values.length ? values : Arrays.copyOf(values, size);
            values = null;
            return new NumericColumn(name, v, 0, v.length);
        }
    }
}
