package io.github.tenken.spark;

import java.io.Serializable;

/**
 * One partition's groups of a keyed analyzer that fall in one bucket, on their way through the shuffle to the task
 * that merges that bucket.
 *
 * @param analyzer  the analyzer's index among the shipped ones
 * @param partition the partition the groups come from (pieces are merged in partition order)
 * @param bytes     the groups as the analyzer's codec writes a state
 */
record BucketPiece(int analyzer, int partition, byte[] bytes) implements Serializable {
}
