package io.github.tenken.checks.types;

import io.github.tenken.data.Batch;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How many values of a numeric column are present, how many of them are whole numbers, and the smallest and largest:
 * a column of whole numbers only, all distinct, is a numbered identifier; one whose smallest value is its largest is
 * constant.
 *
 * @param column the numeric column
 */
public record NumericShape(String column) implements Analyzer<NumericShape.State, NumericShape.Shape> {

    /** Two counts and two extremes. */
    public static final class State {
        long present;
        long whole;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
    }

    /**
     * The shape of a column.
     *
     * @param present values present
     * @param whole   present values that are whole numbers
     * @param min     the smallest value ({@code Infinity} when none)
     * @param max     the largest value ({@code -Infinity} when none)
     */
    public record Shape(long present, long whole, double min, double max) {

        /** Whether every present value is a whole number (and one is present). */
        public boolean allWhole() {
            return present > 0 && whole == present;
        }

        /** Whether values are present and all equal. */
        public boolean isConstant() {
            return present > 0 && Double.compare(min, max) == 0;
        }
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        var c = batch.numeric(column);
        int n = c.size();
        double[] v = new double[n];
        c.copyTo(0, v, 0, n);
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s.present++;
                s.whole += isWhole(x) ? 1 : 0;
                s.min = Math.min(s.min, x);
                s.max = Math.max(s.max, x);
            }
        }
    }

    /** Whether a value is a finite whole number. */
    static boolean isWhole(double x) {
        return Double.isFinite(x) && x == Math.rint(x);
    }

    @Override
    public State merge(State a, State b) {
        a.present += b.present;
        a.whole += b.whole;
        a.min = Math.min(a.min, b.min);
        a.max = Math.max(a.max, b.max);
        return a;
    }

    @Override
    public Shape result(State s, ScanInfo info) {
        return new Shape(s.present, s.whole, s.min, s.max);
    }

    @Override
    public StateCodec<State> codec() {
        return CODEC;
    }

    private static final StateCodec<State> CODEC = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeLong(s.present);
            out.writeLong(s.whole);
            out.writeDouble(s.min);
            out.writeDouble(s.max);
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.present = in.readLong();
            s.whole = in.readLong();
            s.min = in.readDouble();
            s.max = in.readDouble();
            return s;
        }
    };
}
