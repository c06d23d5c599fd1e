package io.github.tenken.stats;

import io.github.tenken.data.Table;

/**
 * A 64-bit hash of a table's content: column names and every value in its row. Each row's hash is mixed with its
 * row number and the results are added, so the hash does not depend on how the scan was chunked or threaded.
 */
public record ContentHash() implements Analyzer<long[], String> {

    @Override
    public long[] newState(Table table) {
        return new long[1];
    }

    @Override
    public void update(long[] state, Table table, int from, int to) {
        RowHasher hasher = new RowHasher(table, table.columnNames());
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += RowHasher.mix(hasher.hash(i, 31L) ^ RowHasher.mix(i));
        }
        state[0] += sum;
    }

    @Override
    public long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    public String result(long[] state, Table table) {
        long h = RowHasher.mix(state[0] ^ table.rowCount());
        for (String name : table.columnNames()) {
            h = RowHasher.mix(h ^ name.hashCode());
        }
        return String.format("%016x", h);
    }
}
