package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.Column;
import io.github.tenken.data.ValueHash;

import java.util.List;

/**
 * The values of chosen columns of a batch's rows hashed to 128-bit row keys (two independent 64-bit hashes), by
 * value: numbers by their bits, categories and identifiers by their text. Equal rows of any dataset of an
 * assessment get equal keys; two different rows share a key with a probability of about 2^-128. Computed column by
 * column over the batch, which is what keeps hashing a million rows fast.
 */
final class RowHashes {

    private static final long SEED_HIGH = 0x243F6A8885A308D3L;
    private static final long SEED_LOW = 0x13198A2E03707344L;

    final long[] high;
    final long[] low;

    private RowHashes(long[] high, long[] low) {
        this.high = high;
        this.low = low;
    }

    /** The keys of every row of the batch over the columns, in this order. */
    static RowHashes of(Batch batch, List<String> columns) {
        int n = batch.size();
        long[] high = new long[n];
        long[] low = new long[n];
        java.util.Arrays.fill(high, SEED_HIGH);
        java.util.Arrays.fill(low, SEED_LOW);
        long[] values = new long[n];
        for (String name : columns) {
            valueHashes(batch.column(name), values);
            for (int i = 0; i < n; i++) {
                long v = values[i];
                high[i] = ValueHash.mix(high[i] ^ v);
                low[i] = Long.rotateLeft(low[i], 27) * 0x9E3779B97F4A7C15L + ValueHash.mix(v ^ 0x452821E638D01377L);
            }
        }
        for (int i = 0; i < n; i++) {
            low[i] = ValueHash.mix(low[i]);
            if (high[i] == 0 && low[i] == 0) {
                low[i] = 1;     // (0, 0) marks an empty slot of a hash table
            }
        }
        return new RowHashes(high, low);
    }

    /** Every row's {@link Column#valueHash} of one column into {@code out} (0 = missing). */
    static void valueHashes(Column column, long[] out) {
        column.valueHashes(out);
    }
}
