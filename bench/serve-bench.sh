#!/usr/bin/env bash
# nianbao serve over loopback: concurrent uploads → findings page (p50/p95), the office page and the
# summary downloads for a collection of N submissions, heap after GC at N/5 and N submissions.
# Usage: bench/serve-bench.sh [AGENCIES=1000] [CONCURRENCY=20] [UPLOADS=400]; then every page with
# PAGES_USERS (20) users at once, PAGES_ROUNDS (10) times each (bench/ServeBench.java pages)
# The JVM runs with the settings ./nianbao starts `nianbao serve` with (C1 only, serial GC) and a
# 1 GB heap; SERVE_BENCH_JVM replaces them, e.g. SERVE_BENCH_JVM=-Xmx1g for the JVM's defaults
# (tiered C2 compilation, G1), which is what the figures before 2026-12-05 were taken with.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/nianbao-cli.jar ] || mvn -B -q -DskipTests package
jvm=${SERVE_BENCH_JVM:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
echo "JVM: $jvm; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
/usr/bin/time -f "wall %e s, CPU %U+%S s, max RSS %M KB" \
  java $jvm -cp target/nianbao-cli.jar bench/ServeBench.java "${1:-1000}" "${2:-20}" "${3:-400}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# every page with USERS users at once (the goal: each ≤ 300 ms p95 with 20 users)
echo "load average before the pages: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $jvm -cp target/nianbao-cli.jar bench/ServeBench.java pages "${PAGES_USERS:-20}" "${PAGES_ROUNDS:-10}" 200
echo "load average after the pages: $(cut -d' ' -f1-3 /proc/loadavg)"
