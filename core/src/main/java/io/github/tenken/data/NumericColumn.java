package io.github.tenken.data;

import java.util.Arrays;

/** An immutable column of real numbers; a missing value is stored as {@code NaN}. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;

    private NumericColumn(String name, double[] values) {
        this.name = name;
        this.values = values;
    }

    /** A column holding a copy of {@code values} ({@code NaN} = missing). */
    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, values.clone());
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
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    /** The value in this row; {@code NaN} when missing. */
    public double get(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A copy of every value, missing as {@code NaN}. */
    public double[] copyValues() {
        return values.clone();
    }

    /** A copy of the values that are not missing, in row order. */
    public double[] presentValues() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
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
            return new NumericColumn(name, v);
        }
    }
}
