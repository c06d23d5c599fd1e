/**
 * Mergeable statistics: the {@link io.github.tenken.stats.Analyzer} contract (new state, update with a row range,
 * merge, result) and the basic analyzers that one fused scan of a dataset computes for every check at once.
 */
package io.github.tenken.stats;
