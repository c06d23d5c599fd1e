/**
 * JMH benchmarks of Tenken's one-pass data profile: {@link io.github.tenken.benchmarks.BenchmarkData} writes a
 * deterministic 1 M x 20 CSV resampled from Adult, {@link io.github.tenken.benchmarks.ProfileBenchmark} times a bare
 * Commons CSV parse, Tenken's table load, the fused profile scan and both together, and
 * {@link io.github.tenken.benchmarks.RatioReport} prints the ratios to the bare parse. Run {@code benchmarks/run.sh}.
 */
package io.github.tenken.benchmarks;
