package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Counts of each category of a categorical column, by code; named from the frozen dictionary in the result.
 *
 * @param column the categorical column
 */
public record CategoryCounts(String column) implements Analyzer<CategoryCounts.State, Frequencies> {

    /** Counts by code, grown as codes appear. */
    public static final class State {
        long[] counts = new long[8];
        long missing;
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
        long[] counts = s.counts;
        for (int i = 0; i < n; i++) {
            int code = codes[i];
            if (code == CategoricalColumn.MISSING) {
                s.missing++;
            } else {
                if (code >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
                    s.counts = counts;
                }
                counts[code]++;
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        if (b.counts.length > a.counts.length) {
            a.counts = Arrays.copyOf(a.counts, b.counts.length);
        }
        for (int i = 0; i < b.counts.length; i++) {
            a.counts[i] += b.counts[i];
        }
        a.missing += b.missing;
        return a;
    }

    @Override
    public Frequencies result(State s, ScanInfo info) {
        var values = info.categories(column);
        return new Frequencies(values, Arrays.copyOf(s.counts, values.size()), s.missing);
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
            out.writeLong(s.missing);
            Codecs.writeLongs(s.counts, out);
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.missing = in.readLong();
            s.counts = Codecs.readLongs(in);
            return s;
        }
    };
}
