package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Preconditions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code k} smallest and the {@code k} largest distinct values of a numeric column with their counts, exact
 * whatever the column's length and however it was cut: a value among the {@code k} smallest of two merged row
 * ranges is among the {@code k} smallest of each range that holds it, so its counts add up exactly. {@code -0.0} is
 * counted as {@code 0.0}, so the result does not depend on which of the two a batch saw first.
 *
 * @param column the numeric column
 * @param k      how many distinct values to keep at each end, at least 1
 */
public record EdgeValues(String column, int k) implements Analyzer<EdgeValues.State, EdgeCounts> {

    public EdgeValues {
        Preconditions.check(k >= 1 && k <= 10_000, "k must be in [1, 10000], was %d", k);
    }

    /** One end of the column: distinct values ordered from the edge inward, with their counts. */
    static final class End {
        final double[] values;
        final long[] counts;
        /** +1 keeps the smallest values (ascending), -1 the largest (descending). */
        final int direction;
        int size;

        End(int k, int direction) {
            values = new double[k];
            counts = new long[k];
            this.direction = direction;
        }

        /** Whether {@code a} lies closer to this end than {@code b}. */
        boolean before(double a, double b) {
            return direction > 0 ? a < b : a > b;
        }

        void add(double v, long count) {
            int k = values.length;
            if (size == k && before(values[k - 1], v)) {
                return;                                     // beyond the k kept values: the common case, cheap
            }
            int i = 0;
            while (i < size && before(values[i], v)) {
                i++;
            }
            if (i < size && values[i] == v) {
                counts[i] += count;
                return;
            }
            if (i == k) {
                return;
            }
            int moved = Math.min(size, k - 1) - i;
            System.arraycopy(values, i, values, i + 1, moved);
            System.arraycopy(counts, i, counts, i + 1, moved);
            values[i] = v;
            counts[i] = count;
            size = Math.min(size + 1, k);
        }

        List<ValueCount> list() {
            List<ValueCount> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new ValueCount(values[i], counts[i]));
            }
            return out;
        }
    }

    /** Both ends and the count of present values. */
    public static final class State {
        final End low;
        final End high;
        long present;

        State(int k) {
            low = new End(k, 1);
            high = new End(k, -1);
        }
    }

    @Override
    public State newState() {
        return new State(k);
    }

    @Override
    public void update(State s, Batch batch) {
        NumericColumn c = batch.numeric(column);
        int n = c.size();
        double[] v = new double[n];
        c.copyTo(0, v, 0, n);
        for (double x : v) {
            if (Double.isNaN(x)) {
                continue;
            }
            x += 0.0;                                       // -0.0 becomes 0.0
            s.present++;
            s.low.add(x, 1);
            s.high.add(x, 1);
        }
    }

    @Override
    public State merge(State a, State b) {
        for (int i = 0; i < b.low.size; i++) {
            a.low.add(b.low.values[i], b.low.counts[i]);
        }
        for (int i = 0; i < b.high.size; i++) {
            a.high.add(b.high.values[i], b.high.counts[i]);
        }
        a.present += b.present;
        return a;
    }

    @Override
    public EdgeCounts result(State s, ScanInfo info) {
        return new EdgeCounts(s.present, s.low.list(), s.high.list());
    }

    @Override
    public StateCodec<State> codec() {
        return new Codec(k);
    }

    /** Version 1: present, then each end as its values and counts. */
    private record Codec(int k) implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeLong(s.present);
            for (End e : List.of(s.low, s.high)) {
                Codecs.writeDoubles(e.values, e.size, out);
                Codecs.writeLongs(Arrays.copyOf(e.counts, e.size), out);
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State(k);
            s.present = in.readLong();
            for (End e : List.of(s.low, s.high)) {
                double[] values = Codecs.readDoubles(in);
                long[] counts = Codecs.readLongs(in);
                if (values.length != counts.length || values.length > k) {
                    throw new IOException("edge values state of " + values.length + " values and " + counts.length
                            + " counts for k = " + k);
                }
                for (int i = 0; i < values.length; i++) {
                    e.add(values[i], counts[i]);
                }
            }
            return s;
        }
    }
}
