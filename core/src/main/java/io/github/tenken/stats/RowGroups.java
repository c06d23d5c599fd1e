package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Preconditions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a dataset grouped by their feature values, with the label of each: one table (about 30 bytes per
 * distinct row, no object per row) from which exact duplicates, label conflicts and rows shared with another dataset
 * (leakage) are all counted, so a dataset is grouped once whichever of those checks run.
 *
 * <p>Rows are keyed by a 128-bit hash of their feature values (two rows collide with a probability of about
 * 2^-128), categorical labels by their value hash, numeric labels by their value itself (an invertible code of the
 * double, see {@link #numericLabelKey}), so that the spread of a group's numeric labels can be measured without a
 * byte more per row. Values are hashed by value, not by dictionary code, so the groups of two
 * datasets compare whatever dictionaries they were coded with.
 *
 * @param features the columns that make up a row's identity, besides the label
 * @param label    the label column, or {@code null} for none
 */
public record RowGroups(List<String> features, String label) implements KeyedAnalyzer<GroupTable, RowGroupSet> {

    public RowGroups {
        features = List.copyOf(Preconditions.notEmpty(features, "feature columns of row groups"));
        Preconditions.check(label == null || !features.contains(label), "the label %s is also a feature", label);
    }

    @Override
    public GroupTable newState() {
        return new GroupTable(0);
    }

    @Override
    public void update(GroupTable table, Batch batch) {
        int n = batch.size();
        RowHashes keys = RowHashes.of(batch, features);
        long[] labels = new long[n];
        if (label != null) {
            Column c = batch.column(label);
            if (c instanceof NumericColumn numbers) {
                for (int i = 0; i < n; i++) {
                    labels[i] = numericLabelKey(numbers.get(i));
                }
            } else {
                RowHashes.valueHashes(c, labels);
            }
        }
        table.reserveMore(n);
        for (int i = 0; i < n; i++) {
            long lab = labels[i] == GroupTable.MULTI ? GroupTable.MULTI + 1 : labels[i];
            table.add(keys.high[i], keys.low[i], lab, 1);
        }
    }

    @Override
    public GroupTable merge(GroupTable left, GroupTable right) {
        if (right.size() > left.size()) {
            right.addAll(left);
            return right;
        }
        left.addAll(right);
        return left;
    }

    @Override
    public RowGroupSet result(GroupTable table, ScanInfo info) {
        return new GroupTableSet(table, label != null && info.schema().type(label) == ColumnType.NUMERIC);
    }

    /** Splits by the low bits of the key's high half (the slot within a table uses its top bits). */
    @Override
    public byte[][] splitToBytes(GroupTable table, int buckets) {
        Preconditions.check(buckets > 0 && Integer.bitCount(buckets) == 1, "buckets must be a power of two, was %d",
                buckets);
        return table.toBucketBytes(buckets, StateCodec.MAGIC, CODEC.version());
    }

    @Override
    public long groups(GroupTable table) {
        return table.size();
    }

    /**
     * XORed with a number's bits: the result is never 0 (a missing label) nor {@link GroupTable#MULTI}, since only
     * two NaN bit patterns would map there, and NaN is missing.
     */
    private static final long NUMBER_FLIP = 0x7FF8_0000_0000_0001L;

    /** The label key of a number: 0 for {@code NaN} (missing), -0.0 as 0.0, otherwise its bits, invertibly. */
    static long numericLabelKey(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Double.doubleToRawLongBits(v == 0.0 ? 0.0 : v) ^ NUMBER_FLIP;
    }

    /** The number a {@link #numericLabelKey} stands for. */
    static double numericLabel(long key) {
        return Double.longBitsToDouble(key ^ NUMBER_FLIP);
    }

    @Override
    public StateCodec<GroupTable> codec() {
        return CODEC;
    }

    private static final StateCodec<GroupTable> CODEC = new StateCodec<>() {
        @Override
        public int version() {
            return 2;       // 2: numeric labels keyed by value, not by hash
        }

        @Override
        public void write(GroupTable state, DataOutput out) throws IOException {
            state.write(out);
        }

        @Override
        public GroupTable read(DataInput in) throws IOException {
            return GroupTable.read(in);
        }
    };
}
