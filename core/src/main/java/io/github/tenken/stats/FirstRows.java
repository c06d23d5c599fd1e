package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The first row (0-based, in the whole dataset) where each category of a categorical column occurs, by code; named
 * from the frozen dictionary in the result. Rows are placed by {@link Batch#firstRow()}, and a merge keeps the
 * smaller index, so the answer does not depend on how the scan was cut.
 *
 * @param column the categorical column
 */
public record FirstRows(String column) implements Analyzer<FirstRows.State, FirstRows.Result> {

    /** No row yet. */
    static final long NONE = Long.MAX_VALUE;

    /** The first row of each code, {@link #NONE} for a code not seen. */
    public static final class State {
        long[] first = new long[0];

        void grow(int codes) {
            if (codes > first.length) {
                int old = first.length;
                first = Arrays.copyOf(first, Math.max(codes, old * 2));
                Arrays.fill(first, old, first.length, NONE);
            }
        }
    }

    /**
     * The first row of each category.
     *
     * @param values the category values, by code
     * @param rows   the first row of each code (0-based), {@code -1} when the column never holds it
     */
    public record Result(List<String> values, long[] rows) {

        public Result {
            values = List.copyOf(values);
            rows = rows.clone();
        }

        /** The first row of a code (0-based), or {@code -1}. */
        public long firstRow(int code) {
            return code < rows.length ? rows[code] : -1;
        }

        /** A copy of the rows. */
        @Override
        public long[] rows() {
            return rows.clone();
        }
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        CategoricalColumn c = batch.categorical(column);
        int n = c.size();
        int[] codes = new int[n];
        c.copyTo(0, codes, 0, n);
        long base = batch.firstRow();
        for (int i = 0; i < n; i++) {
            int code = codes[i];
            if (code == CategoricalColumn.MISSING) {
                continue;
            }
            if (code >= s.first.length) {
                s.grow(code + 1);
            }
            if (s.first[code] == NONE) {
                s.first[code] = base + i;
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        a.grow(b.first.length);
        for (int i = 0; i < b.first.length; i++) {
            a.first[i] = Math.min(a.first[i], b.first[i]);
        }
        return a;
    }

    @Override
    public Result result(State s, ScanInfo info) {
        List<String> values = info.categories(column);
        long[] rows = new long[values.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i < s.first.length && s.first[i] != NONE ? s.first[i] : -1;
        }
        return new Result(values, rows);
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
            Codecs.writeLongs(s.first, out);
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.first = Codecs.readLongs(in);
            return s;
        }
    };
}
