#!/usr/bin/env bash
# Benchmark of the legacy statistics parser (StatsParser) alone: N reports, single thread, after warm-up.
# Usage: bench/legacy-stats.sh [reports]   (run from the project root; default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
CP="target/test-classes:target/classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null || mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" nianbao.legacy.decode.StatsBench "${1:-1000}"
