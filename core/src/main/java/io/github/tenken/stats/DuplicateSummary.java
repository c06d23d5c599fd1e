package io.github.tenken.stats;

/**
 * Duplicates and label conflicts of a dataset.
 *
 * @param duplicateRows      rows equal, in features and label, to an earlier row
 * @param duplicateGroups    groups of two or more equal rows
 * @param conflictingGroups  groups of rows with equal features but more than one label
 * @param conflictingRows    rows in those groups
 */
public record DuplicateSummary(long duplicateRows, long duplicateGroups, long conflictingGroups,
                               long conflictingRows) {
}
