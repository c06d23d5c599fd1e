package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.NumericColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Count, missing, mean, standard deviation, minimum and maximum of a numeric column. The sums behind the mean and
 * the variance are {@link ExactSum}s, so the statistic is the same to the last bit however the scan was cut, and
 * the variance has no cancellation error; the standard deviation is taken before rounding to a double, so values
 * near +-1e308 give a finite one.
 *
 * @param column the numeric column
 */
public record NumericSummary(String column) implements Analyzer<NumericSummary.State, NumericStats> {

    private static final MathContext PRECISION = new MathContext(40);

    /** Exact sums and extremes. */
    public static final class State {
        long n;
        long missing;
        ExactSum sum = new ExactSum();
        ExactSum squares = new ExactSum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        NumericColumn c = batch.numeric(column);
        for (int i = 0, size = c.size(); i < size; i++) {
            double v = c.get(i);
            if (Double.isNaN(v)) {
                s.missing++;
                continue;
            }
            s.n++;
            s.sum.add(v);
            s.squares.addSquare(v);
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
        a.n += b.n;
        a.missing += b.missing;
        a.sum.add(b.sum);
        a.squares.add(b.squares);
        a.min = Math.min(a.min, b.min);
        a.max = Math.max(a.max, b.max);
        return a;
    }

    @Override
    public NumericStats result(State s, ScanInfo info) {
        if (s.n == 0) {
            return new NumericStats(0, s.missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = s.sum.divide(s.n);
        double variance = Double.NaN;
        double std = Double.NaN;
        BigDecimal sum = s.sum.exact();
        BigDecimal squares = s.squares.exact();
        if (s.n > 1 && sum != null && squares != null) {
            BigDecimal n = BigDecimal.valueOf(s.n);
            BigDecimal ss = squares.subtract(sum.multiply(sum).divide(n, PRECISION));
            if (ss.signum() < 0) {
                ss = BigDecimal.ZERO;    // impossible in exact arithmetic; guards the rounding of the division
            }
            BigDecimal var = ss.divide(n.subtract(BigDecimal.ONE), PRECISION);
            variance = var.doubleValue();
            std = var.sqrt(PRECISION).doubleValue();
        } else if (s.n > 1) {
            variance = Double.NaN;
        }
        return new NumericStats(s.n, s.missing, mean, variance, std, s.min, s.max);
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
            out.writeLong(s.n);
            out.writeLong(s.missing);
            s.sum.write(out);
            s.squares.write(out);
            out.writeDouble(s.min);
            out.writeDouble(s.max);
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.n = in.readLong();
            s.missing = in.readLong();
            s.sum = ExactSum.read(in);
            s.squares = ExactSum.read(in);
            s.min = in.readDouble();
            s.max = in.readDouble();
            return s;
        }
    };
}
