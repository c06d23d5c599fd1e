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

    /** Below this magnitude a square would lose bits to underflow: it is summed scaled up by 2^600. */
    private static final double SMALL = 0x1p-480;
    /** From this magnitude a square would not fit the accumulator: it is summed scaled down by 2^-600. */
    private static final double LARGE = 0x1p500;
    private static final BigDecimal TWO_TO_1200 = new BigDecimal(java.math.BigInteger.TWO.pow(1200));

    /** Exact sums and extremes. */
    public static final class State {
        long n;
        long missing;
        ExactSum sum = new ExactSum();
        /** Squares of values of magnitude 2^-480 to 2^500, exact. */
        ExactSum squares = new ExactSum();
        /** Squares of smaller values times 2^1200, exact. */
        ExactSum smallSquares = new ExactSum();
        /** Squares of larger values times 2^-1200, exact. */
        ExactSum largeSquares = new ExactSum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        /**
         * Adds the exact square of a value: {@link ExactSum#addSquare} is exact only while the square neither
         * underflows nor overflows, so very small and very large values are scaled by a power of two (exactly)
         * into a sum of their own.
         */
        void addSquare(double v) {
            double a = Math.abs(v);
            if (a < SMALL) {
                smallSquares.addSquare(v * 0x1p600);
            } else if (a >= LARGE && a != Double.POSITIVE_INFINITY) {
                largeSquares.addSquare(v * 0x1p-600);
            } else {
                squares.addSquare(v);
            }
        }

        /** The exact sum of squares; {@code null} when a value was not finite. */
        BigDecimal exactSquares() {
            BigDecimal mid = squares.exact();
            BigDecimal small = smallSquares.exact();
            BigDecimal large = largeSquares.exact();
            if (mid == null || small == null || large == null) {
                return null;
            }
            BigDecimal total = mid;
            if (small.signum() != 0) {
                total = total.add(small.divide(TWO_TO_1200));          // exact: a power of two divides exactly
            }
            if (large.signum() != 0) {
                total = total.add(large.multiply(TWO_TO_1200));
            }
            return total;
        }
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        NumericColumn c = batch.numeric(column);
        int size = c.size();
        double[] values = new double[size];
        c.copyTo(0, values, 0, size);
        for (int i = 0; i < size; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                s.missing++;
                continue;
            }
            s.n++;
            s.sum.add(v);
            s.addSquare(v);
            s.min = Math.min(s.min, v);      // as in merge: -0.0 below 0.0, whatever the order of the rows
            s.max = Math.max(s.max, v);
        }
    }

    @Override
    public State merge(State a, State b) {
        a.n += b.n;
        a.missing += b.missing;
        a.sum.add(b.sum);
        a.squares.add(b.squares);
        a.smallSquares.add(b.smallSquares);
        a.largeSquares.add(b.largeSquares);
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
        BigDecimal squares = s.exactSquares();
        if (s.n > 1 && sum != null && squares != null) {
            // variance = (n * sum of squares - sum^2) / (n (n - 1)): numerator and denominator exact, one rounding
            BigDecimal n = BigDecimal.valueOf(s.n);
            BigDecimal numerator = n.multiply(squares).subtract(sum.multiply(sum));
            if (numerator.signum() < 0) {
                numerator = BigDecimal.ZERO;    // impossible in exact arithmetic
            }
            BigDecimal denominator = n.multiply(n.subtract(BigDecimal.ONE));
            variance = ExactSum.nearest(numerator, denominator);
            std = numerator.divide(denominator, PRECISION).sqrt(PRECISION).doubleValue();
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
            return 2;       // 2: squares of very small and very large values summed apart
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeLong(s.n);
            out.writeLong(s.missing);
            s.sum.write(out);
            s.squares.write(out);
            s.smallSquares.write(out);
            s.largeSquares.write(out);
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
            s.smallSquares = ExactSum.read(in);
            s.largeSquares = ExactSum.read(in);
            s.min = in.readDouble();
            s.max = in.readDouble();
            return s;
        }
    };
}
