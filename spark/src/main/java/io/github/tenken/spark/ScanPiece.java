package io.github.tenken.spark;

import java.io.Serializable;

/**
 * What the merging tasks of a scan hold after the shuffle: the one task of plain states gives {@link MergedStates};
 * each bucket task gives a {@link BucketTable} per keyed analyzer. The pieces stay cached on the executors (the bucket
 * tables answer later questions such as rows shared with another dataset) and only their {@link #summary} goes to the
 * driver.
 */
sealed interface ScanPiece extends Serializable permits ScanPiece.MergedStates, ScanPiece.BucketTable {

    /** What the driver needs of this piece. */
    ScanPiece summary();

    /**
     * Every plain analyzer's state, merged in partition order.
     *
     * @param rows   the rows scanned
     * @param states per shipped analyzer, its merged state's bytes, or {@code null} (keyed, or failed)
     * @param errors per shipped analyzer, {@code null}, or what it failed with
     */
    record MergedStates(long rows, byte[][] states, String[] errors) implements ScanPiece {
        @Override
        public ScanPiece summary() {
            return this;
        }
    }

    /**
     * One bucket of a keyed analyzer, merged.
     *
     * @param analyzer the analyzer's index among the shipped ones
     * @param bucket   the bucket
     * @param bytes    the merged state's bytes ({@code null} in a summary)
     * @param counts   the bucket's result in numbers ({@link SparkRowGroups#counts})
     * @param error    {@code null}, or what merging the bucket failed with
     */
    record BucketTable(int analyzer, int bucket, byte[] bytes, long[] counts, String error) implements ScanPiece {
        @Override
        public ScanPiece summary() {
            return new BucketTable(analyzer, bucket, null, counts, error);
        }
    }
}
