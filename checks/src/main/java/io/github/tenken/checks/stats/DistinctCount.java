package io.github.tenken.checks.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.Column;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ColumnHashes;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The number of distinct present values of a column: exact (a set of 64-bit value hashes) up to {@code exactUpTo}
 * distinct values, an Apache DataSketches HLL sketch ({@code lgK = 12}, HLL_8, about 1.6% standard error) beyond,
 * with its bounds at three standard errors in the result. HLL unions are independent of the order of merges, so the
 * count does not depend on the batching either.
 *
 * @param column    the column (any type: numbers by value, categories and identifiers by their text)
 * @param exactUpTo the most distinct values counted exactly
 */
public record DistinctCount(String column, long exactUpTo) implements Analyzer<DistinctCount.State, DistinctSummary> {

    static final int LG_K = 12;

    public DistinctCount {
        Preconditions.check(exactUpTo >= 0, "exactUpTo must not be negative, was %d", exactUpTo);
    }

    /** The exact set, or the sketch once the set would grow past {@code exactUpTo}. */
    public static final class State {
        LongSet set = new LongSet();
        HllSketch sketch;

        void add(long hash, long exactUpTo) {
            if (sketch != null) {
                sketch.update(hash);
                return;
            }
            set.add(hash);
            if (set.size() > exactUpTo) {
                toSketch();
            }
        }

        void toSketch() {
            sketch = new HllSketch(LG_K, TgtHllType.HLL_8);
            set.forEach(sketch::update);
            set = null;
        }
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        Column c = batch.column(column);
        long[] hashes = new long[c.size()];
        ColumnHashes.of(c, hashes);
        for (long h : hashes) {
            if (h != 0) {
                s.add(h, exactUpTo);
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        if (a.sketch == null && b.sketch == null) {
            LongSet big = a.set.size() >= b.set.size() ? a.set : b.set;
            LongSet small = big == a.set ? b.set : a.set;
            a.set = big;
            small.forEach(h -> a.add(h, exactUpTo));
            return a;
        }
        if (a.sketch == null) {
            a.toSketch();
        }
        if (b.sketch == null) {
            b.set.forEach(a.sketch::update);
        } else {
            Union union = new Union(LG_K);
            union.update(a.sketch);
            union.update(b.sketch);
            a.sketch = union.getResult(TgtHllType.HLL_8);
        }
        return a;
    }

    @Override
    public DistinctSummary result(State s, ScanInfo info) {
        if (s.sketch == null) {
            return DistinctSummary.exact(s.set.size());
        }
        // through a union, so that one sketch and a merge of many use the same (composite) estimator: a union of one
        // sketch keeps its in-order flag (and so its HIP estimator), the second, idempotent update marks it out of
        // order like every merge of two sketches, whatever the batching was
        Union union = new Union(LG_K);
        union.update(s.sketch);
        union.update(s.sketch);
        HllSketch h = union.getResult(TgtHllType.HLL_8);
        return DistinctSummary.estimated(Math.round(h.getEstimate()), h.getLowerBound(3), h.getUpperBound(3),
                "HLL lgK=" + LG_K);
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
            out.writeBoolean(s.sketch != null);
            if (s.sketch != null) {
                byte[] bytes = s.sketch.toCompactByteArray();
                out.writeInt(bytes.length);
                out.write(bytes);
            } else {
                out.writeInt(s.set.size());
                for (long h : s.set.toArray()) {
                    out.writeLong(h);
                }
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            State s = new State();
            boolean sketched = in.readBoolean();
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("distinct-count state of length " + n);
            }
            if (sketched) {
                byte[] bytes = new byte[n];
                in.readFully(bytes);
                s.sketch = HllSketch.heapify(bytes);
                s.set = null;
            } else {
                for (int i = 0; i < n; i++) {
                    s.set.add(in.readLong());
                }
            }
            return s;
        }
    };
}
