package io.github.tenken.stats;

import io.github.tenken.data.Batch;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * An analyzer whose statistic is a count of rows: only {@link #count(Batch)} differs between such analyzers; the
 * state, merge, result and codec are shared here.
 */
public interface RowCounter extends Analyzer<long[], Long> {

    /** How many rows of the batch count. */
    long count(Batch batch);

    @Override
    default long[] newState() {
        return new long[1];
    }

    @Override
    default void update(long[] state, Batch batch) {
        state[0] += count(batch);
    }

    @Override
    default long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    default Long result(long[] state, ScanInfo info) {
        return state[0];
    }

    @Override
    default StateCodec<long[]> codec() {
        return COUNT_CODEC;
    }

    /** The codec of a one-long state. */
    StateCodec<long[]> COUNT_CODEC = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(long[] state, DataOutput out) throws IOException {
            out.writeLong(state[0]);
        }

        @Override
        public long[] read(DataInput in) throws IOException {
            return new long[]{in.readLong()};
        }
    };
}
