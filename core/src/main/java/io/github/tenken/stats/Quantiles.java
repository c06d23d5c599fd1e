package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Preconditions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The distribution of a numeric column's present values: exact (every value kept and sorted) up to
 * {@code exactUpTo} values, a KLL sketch of {@code k = 200} (1.33% rank error) beyond, so that a column of any
 * length costs a few kilobytes. The result says which it is ({@link QuantileSummary#rankError()}).
 *
 * <p>The sketch's coins are seeded from the row number where it started, so the same data cut the same way gives the
 * same summary.
 *
 * @param column    the numeric column
 * @param exactUpTo the most values kept exactly; beyond, a sketch
 */
public record Quantiles(String column, long exactUpTo) implements Analyzer<Quantiles.State, QuantileSummary> {

    /** The threshold unless the assessment sets another: 100,000 values. */
    public static final long DEFAULT_EXACT_UP_TO = 100_000;

    public Quantiles {
        Preconditions.check(exactUpTo >= 0, "exactUpTo must not be negative, was %d", exactUpTo);
    }

    /** Exact up to {@link #DEFAULT_EXACT_UP_TO} values. */
    public static Quantiles of(String column) {
        return new Quantiles(column, DEFAULT_EXACT_UP_TO);
    }

    /** Every value, or the sketch once there are too many. */
    public static final class State {
        double[] values = new double[64];
        int size;
        KllSketch sketch;
        long start = -1;

        void add(double v, long exactUpTo) {
            if (sketch != null) {
                sketch.update(v);
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            if (size > exactUpTo) {
                toSketch();
            }
        }

        void toSketch() {
            sketch = new KllSketch(KllSketch.DEFAULT_K, KllSketch.mix(Math.max(start, 0) ^ 0x6B6C6C));
            sketch.update(values, 0, size);
            values = null;
            size = 0;
        }
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        if (s.start < 0) {
            s.start = batch.firstRow();
        }
        NumericColumn c = batch.numeric(column);
        int n = c.size();
        if (s.sketch != null) {
            double[] buffer = SCRATCH.get();
            for (int from = 0; from < n; from += buffer.length) {
                int length = Math.min(buffer.length, n - from);
                c.copyTo(from, buffer, 0, length);
                s.sketch.update(buffer, 0, length);
            }
            return;
        }
        // exact: the batch's values go straight into the state's array, then the missing ones are squeezed out
        if (s.size + n > s.values.length) {
            s.values = java.util.Arrays.copyOf(s.values, Math.max(s.size + n, s.values.length * 2));
        }
        c.copyTo(0, s.values, s.size, n);
        int kept = s.size;
        for (int i = s.size, end = s.size + n; i < end; i++) {
            double v = s.values[i];
            if (!Double.isNaN(v)) {
                s.values[kept++] = v;
            }
        }
        s.size = kept;
        if (s.size > exactUpTo) {
            s.toSketch();
        }
    }

    /** A per-thread buffer for feeding a sketch from a column without a copy of the whole batch. */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[4096]);

    @Override
    public State merge(State a, State b) {
        if (a.start < 0) {
            a.start = b.start;
        }
        if (a.sketch == null && b.sketch == null) {
            for (int i = 0; i < b.size; i++) {
                a.add(b.values[i], exactUpTo);
                if (a.sketch != null) {
                    a.sketch.update(b.values, i + 1, b.size);
                    break;
                }
            }
            return a;
        }
        if (a.sketch == null) {
            a.toSketch();
        }
        if (b.sketch == null) {
            a.sketch.update(b.values, 0, b.size);
        } else {
            a.sketch.merge(b.sketch);
        }
        return a;
    }

    @Override
    public QuantileSummary result(State s, ScanInfo info) {
        if (s.sketch != null) {
            return s.sketch.summary();
        }
        double[] v = Arrays.copyOf(s.values, s.size);
        Arrays.sort(v);
        return SortedSample.ownedSorted(v);
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
            out.writeLong(s.start);
            out.writeBoolean(s.sketch != null);
            if (s.sketch != null) {
                s.sketch.write(out);
            } else {
                Codecs.writeDoubles(s.values, s.size, out);
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            s.start = in.readLong();
            if (in.readBoolean()) {
                s.sketch = KllSketch.read(in);
                s.values = null;
            } else {
                s.values = Codecs.readDoubles(in);
                s.size = s.values.length;
                if (s.values.length == 0) {
                    s.values = new double[64];
                }
            }
            return s;
        }
    };
}
