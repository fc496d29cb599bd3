#!/usr/bin/env bash
# nianbao serve over loopback: concurrent uploads → findings page (p50/p95), the office page and the
# summary downloads for a collection of N submissions, heap after GC at N/5 and N submissions.
# Usage: bench/serve-bench.sh [AGENCIES=1000] [CONCURRENCY=20] [UPLOADS=400]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/nianbao-cli.jar ] || mvn -B -q -DskipTests package
# the server's own JVM settings for an office machine: default GC, 1 GB heap is plenty
/usr/bin/time -f "wall %e s, CPU %U+%S s, max RSS %M KB" \
  java -Xmx1g -cp target/nianbao-cli.jar bench/ServeBench.java "${1:-1000}" "${2:-20}" "${3:-400}"
