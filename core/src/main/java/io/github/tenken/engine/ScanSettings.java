package io.github.tenken.engine;

import io.github.tenken.internal.Preconditions;

import java.util.concurrent.Executor;

/**
 * How a dataset is scanned: the executor the batches run on and the number of rows per batch. The batch size fixes
 * the merge tree, so it is part of what makes a result reproducible; the executor is not.
 *
 * @param executor  runs the batches; the caller owns it
 * @param batchRows rows per batch (the last batch may be shorter)
 */
public record ScanSettings(Executor executor, int batchRows) {

    /** Rows per batch unless set: 65,536. */
    public static final int DEFAULT_BATCH_ROWS = 1 << 16;

    public ScanSettings {
        Preconditions.notNull(executor, "executor");
        Preconditions.check(batchRows > 0, "batch rows must be positive, was %d", batchRows);
    }
}
