package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.ValueHash;

/**
 * A 64-bit hash of a dataset's content: column names and types and every value in its row. Each row's hash is mixed
 * with its row number and the results are added, so the hash does not depend on how the scan was cut.
 */
public record ContentHash() implements Analyzer<long[], String> {

    @Override
    public long[] newState() {
        return new long[1];
    }

    @Override
    public void update(long[] state, Batch batch) {
        int n = batch.size();
        long[] rows = new long[n];
        java.util.Arrays.fill(rows, 31L);
        long[] values = new long[n];
        for (int j = 0, width = batch.schema().size(); j < width; j++) {
            batch.column(j).valueHashes(values);
            for (int i = 0; i < n; i++) {
                rows[i] = ValueHash.mix(rows[i] ^ values[i]);
            }
        }
        long sum = 0;
        long first = batch.firstRow();
        for (int i = 0; i < n; i++) {
            sum += ValueHash.mix(rows[i] ^ ValueHash.mix(first + i));
        }
        state[0] += sum;
    }

    @Override
    public long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    public String result(long[] state, ScanInfo info) {
        long h = ValueHash.mix(state[0] ^ info.rows());
        for (var f : info.schema().fields()) {
            h = ValueHash.mix(h ^ f.name().hashCode() ^ ((long) f.type().ordinal() << 32));
        }
        return String.format("%016x", h);
    }

    @Override
    public StateCodec<long[]> codec() {
        return RowCounter.COUNT_CODEC;
    }
}
