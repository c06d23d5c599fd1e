package io.github.tenken.spark;

import java.io.Serializable;

/**
 * What one partition sends to the driver: per analyzer its merged state as {@code codec().toBytes} bytes, or the
 * error it failed with.
 *
 * @param partition the partition's index
 * @param rows      its rows
 * @param states    per analyzer, the state's bytes, or {@code null} when it failed or is keyed (its groups went
 *                  on as {@link BucketPiece}s)
 * @param errors    per analyzer, {@code null}, or the failure's description
 */
record PartitionStates(int partition, long rows, byte[][] states, String[] errors) implements Serializable {
}
