package io.github.tenken.stats;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.Arrays;

/**
 * The present values of a numeric column, sorted: what exact quantiles, histograms and the Kolmogorov-Smirnov test
 * need, as an immutable {@link SortedSample}. (A quantile sketch can replace it for data that does not fit
 * in memory.)
 *
 * @param column the numeric column
 */
public record SortedValues(String column) implements Analyzer<SortedValues.State, SortedSample> {

    /** The values gathered so far. */
    public static final class State {
        double[] values = new double[64];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    @Override
    public State newState(Table table) {
        return new State();
    }

    @Override
    public void update(State s, Table table, int from, int to) {
        NumericColumn c = table.numeric(column);
        for (int i = from; i < to; i++) {
            double v = c.get(i);
            if (!Double.isNaN(v)) {
                s.add(v);
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        if (a.size + b.size > a.values.length) {
            a.values = Arrays.copyOf(a.values, a.size + b.size);
        }
        System.arraycopy(b.values, 0, a.values, a.size, b.size);
        a.size += b.size;
        return a;
    }

    @Override
    public SortedSample result(State s, Table table) {
        double[] v = Arrays.copyOf(s.values, s.size);
        Arrays.sort(v);
        return SortedSample.ownedSorted(v);
    }
}
