package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Preconditions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code k} rows with the smallest and the {@code k} rows with the largest values of a numeric column, with their
 * row indices: the rows an outlier report lists. Exact and independent of how the rows were cut, because ties are
 * broken by the row index (the earlier row first), which makes the order of all rows total.
 *
 * @param column the numeric column
 * @param k      how many rows to keep at each end, at least 1
 */
public record ExtremeRows(String column, int k) implements Analyzer<ExtremeRows.State, ExtremeRowList> {

    public ExtremeRows {
        Preconditions.check(k >= 1 && k <= 10_000, "k must be in [1, 10000], was %d", k);
    }

    /** The rows of one end, ordered from the edge inward. */
    static final class End {
        final double[] values;
        final long[] rows;
        /** +1 keeps the smallest values, -1 the largest. */
        final int direction;
        int size;

        End(int k, int direction) {
            values = new double[k];
            rows = new long[k];
            this.direction = direction;
        }

        /** Whether (a, rowA) comes before (b, rowB): closer to this end, or equal and earlier. */
        boolean before(double a, long rowA, double b, long rowB) {
            int c = Double.compare(a, b) * direction;
            return c < 0 || c == 0 && rowA < rowB;
        }

        void add(double v, long row) {
            int k = values.length;
            if (size == k && before(values[k - 1], rows[k - 1], v, row)) {
                return;
            }
            int i = size;
            while (i > 0 && before(v, row, values[i - 1], rows[i - 1])) {
                i--;
            }
            if (i == k) {
                return;
            }
            int moved = Math.min(size, k - 1) - i;
            System.arraycopy(values, i, values, i + 1, moved);
            System.arraycopy(rows, i, rows, i + 1, moved);
            values[i] = v;
            rows[i] = row;
            size = Math.min(size + 1, k);
        }

        List<RowValue> list() {
            List<RowValue> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new RowValue(rows[i], values[i]));
            }
            return out;
        }
    }

    /** Both ends. */
    public static final class State {
        final End low;
        final End high;

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
        long first = batch.firstRow();
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(v[i])) {
                s.low.add(v[i], first + i);
                s.high.add(v[i], first + i);
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        for (int i = 0; i < b.low.size; i++) {
            a.low.add(b.low.values[i], b.low.rows[i]);
        }
        for (int i = 0; i < b.high.size; i++) {
            a.high.add(b.high.values[i], b.high.rows[i]);
        }
        return a;
    }

    @Override
    public ExtremeRowList result(State s, ScanInfo info) {
        return new ExtremeRowList(s.low.list(), s.high.list());
    }

    @Override
    public StateCodec<State> codec() {
        return new Codec(k);
    }

    /** Version 1: each end as its values and row indices. */
    private record Codec(int k) implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            for (End e : List.of(s.low, s.high)) {
                Codecs.writeDoubles(e.values, e.size, out);
                Codecs.writeLongs(java.util.Arrays.copyOf(e.rows, e.size), out);
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State(k);
            for (End e : List.of(s.low, s.high)) {
                double[] values = Codecs.readDoubles(in);
                long[] rows = Codecs.readLongs(in);
                if (values.length != rows.length || values.length > k) {
                    throw new IOException("extreme rows state of " + values.length + " values and " + rows.length
                            + " rows for k = " + k);
                }
                for (int i = 0; i < values.length; i++) {
                    e.add(values[i], rows[i]);
                }
            }
            return s;
        }
    }
}
