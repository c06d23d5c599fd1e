#!/usr/bin/env bash
# Builds the benchmarks jar, runs ProfileBenchmark (a few minutes) and prints each benchmark's ratio to bareParse.
# Usage: benchmarks/run.sh [extra JMH options, e.g. -p rows=10000 -wi 1 -i 1 for a quick trial]
#        benchmarks/run.sh big [rows]   the data checks and drift on two generated files (10 M rows each), -Xmx2g
# TENKEN_TARGET names the build folder (default "target"), as -Dtenken.target does for Maven.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${TENKEN_TARGET:-target}"
cd "$ROOT"
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dtenken.target="$TARGET"
JAR="benchmarks/$TARGET/benchmarks.jar"
if [[ "${1:-}" == "big" ]]; then
  exec java -Xmx2g -XX:+UseSerialGC -cp "$JAR" io.github.tenken.benchmarks.BigRun "${2:-10000000}" \
      "$ROOT/benchmarks/$TARGET/bench-data"
fi
RESULTS="${TENKEN_BENCH_RESULTS:-benchmarks/results/profile.json}"
mkdir -p "$(dirname "$RESULTS")"
# The forked JVM inherits the -D option; the 1 M-row file is generated once and then reused.
java -Dtenken.bench.data="$ROOT/benchmarks/$TARGET/bench-data" -jar "$JAR" ProfileBenchmark \
    -rf json -rff "$RESULTS" "$@"
echo
java -cp "$JAR" io.github.tenken.benchmarks.RatioReport "$RESULTS"
