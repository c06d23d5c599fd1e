package io.github.tenken.stats;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

/**
 * Count, missing, mean, variance, min and max of a numeric column, merged with Chan's parallel update of Welford's
 * moments.
 *
 * @param column the numeric column
 */
public record NumericSummary(String column) implements Analyzer<NumericSummary.State, NumericStats> {

    /** Running moments. */
    public static final class State {
        long n;
        long missing;
        double mean;
        double m2;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
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
            if (Double.isNaN(v)) {
                s.missing++;
                continue;
            }
            s.n++;
            double delta = v - s.mean;
            s.mean += delta / s.n;
            s.m2 += delta * (v - s.mean);
            if (v < s.min) {
                s.min = v;
            }
            if (v > s.max) {
                s.max = v;
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        if (b.n > 0) {
            long n = a.n + b.n;
            double delta = b.mean - a.mean;
            a.mean = a.mean + delta * b.n / n;
            a.m2 = a.m2 + b.m2 + delta * delta * ((double) a.n * b.n / n);
            a.n = n;
            a.min = Math.min(a.min, b.min);
            a.max = Math.max(a.max, b.max);
        }
        a.missing += b.missing;
        return a;
    }

    @Override
    public NumericStats result(State s, Table table) {
        if (s.n == 0) {
            return new NumericStats(0, s.missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new NumericStats(s.n, s.missing, s.mean, s.n > 1 ? s.m2 / (s.n - 1) : Double.NaN, s.min, s.max);
    }
}
