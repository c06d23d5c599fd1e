/**
 * The check contract and its results: a {@link io.github.tenken.check.Check} declares a
 * {@link io.github.tenken.check.CheckDescriptor}, requests statistics, and returns an
 * {@link io.github.tenken.check.Outcome} of {@link io.github.tenken.check.Measure}s judged by
 * {@link io.github.tenken.check.Criterion}s; the engine wraps it into a {@link io.github.tenken.check.CheckResult}
 * with provenance.
 */
package io.github.tenken.check;
