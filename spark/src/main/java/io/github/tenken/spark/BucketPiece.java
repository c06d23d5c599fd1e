package io.github.tenken.spark;

import java.io.Serializable;

/**
 * One partition's groups of a keyed analyzer that fall in one bucket, on their way through the shuffle to the task
 * that merges that bucket.
 *
 * @param analyzer  the analyzer's index among the shipped ones
 * @param partition the partition the groups come from (pieces are merged in partition order)
 * @param flush     which of the partition's flushes sent them (a large partition sends its groups on in several)
 * @param bytes     the groups as the analyzer's codec writes a state
 */
record BucketPiece(int analyzer, int partition, int flush, byte[] bytes) implements Serializable {
}
