package io.github.tenken.result;

import io.github.tenken.data.DatasetRole;

/**
 * One pass over one dataset, as the engine logged it: a proof that statistics were fused.
 *
 * @param role      the dataset's role
 * @param dataset   the dataset's name
 * @param rows      rows read
 * @param analyzers distinct statistics computed in the pass
 * @param reason    {@code fused} for the planned scan; {@code unplanned: <analyzer>} for a pass a check forced
 */
public record ScanRecord(DatasetRole role, String dataset, long rows, int analyzers, String reason) {
}
