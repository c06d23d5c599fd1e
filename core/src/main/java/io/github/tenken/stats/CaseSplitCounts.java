package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Counts of each category of a column inside a declared case and outside it, by code: what a test of whether the
 * column's distribution within the case is skewed needs (guideline B-1.2b).
 *
 * @param definition the case
 * @param column     the categorical column
 */
public record CaseSplitCounts(CaseDefinition definition, String column)
        implements Analyzer<CaseSplitCounts.State, CaseSplitCounts.Split> {

    /** The frequencies of the column among the rows inside the case and among the rows outside it. */
    public record Split(Frequencies inside, Frequencies outside) {
    }

    /** Counts by code inside and outside, grown as codes appear. */
    public static final class State {
        long[] inside = new long[8];
        long[] outside = new long[8];
        long missingInside;
        long missingOutside;
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        CategoricalColumn c = batch.categorical(column);
        IntPredicate in = definition.matcher(batch);
        int n = c.size();
        int[] codes = new int[n];
        c.copyTo(0, codes, 0, n);
        for (int i = 0; i < n; i++) {
            int code = codes[i];
            boolean inside = in.test(i);
            if (code == CategoricalColumn.MISSING) {
                if (inside) {
                    s.missingInside++;
                } else {
                    s.missingOutside++;
                }
                continue;
            }
            if (code >= s.inside.length) {
                int size = Math.max(code + 1, s.inside.length * 2);
                s.inside = Arrays.copyOf(s.inside, size);
                s.outside = Arrays.copyOf(s.outside, size);
            }
            (inside ? s.inside : s.outside)[code]++;
        }
    }

    @Override
    public State merge(State a, State b) {
        a.inside = add(a.inside, b.inside);
        a.outside = add(a.outside, b.outside);
        a.missingInside += b.missingInside;
        a.missingOutside += b.missingOutside;
        return a;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = b.length > a.length ? Arrays.copyOf(a, b.length) : a;
        for (int i = 0; i < b.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    @Override
    public Split result(State s, ScanInfo info) {
        var values = info.categories(column);
        return new Split(new Frequencies(values, Arrays.copyOf(s.inside, values.size()), s.missingInside),
                new Frequencies(values, Arrays.copyOf(s.outside, values.size()), s.missingOutside));
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
            out.writeLong(s.missingInside);
            out.writeLong(s.missingOutside);
            Codecs.writeLongs(s.inside, out);
            Codecs.writeLongs(s.outside, out);
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.missingInside = in.readLong();
            s.missingOutside = in.readLong();
            s.inside = Codecs.readLongs(in);
            s.outside = Codecs.readLongs(in);
            return s;
        }
    };
}
