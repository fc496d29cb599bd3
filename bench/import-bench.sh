#!/usr/bin/env bash
# Benchmark of `nianbao import`: N legacy text reports (GBK web scrape, UTF-16 pipes, UTF-8 BOM tabs,
# Markdown, HTML — copies of the test corpus) imported by one JVM in parallel, written as workbooks
# (and again as JSON). Target: 1,000 reports in <= 10 s on 2 cores.
# Usage: bench/import-bench.sh [N]        (default 1000; builds target/nianbao-cli.jar if missing)
#        MODES=json bench/import-bench.sh  (only one output kind; default "xlsx json")
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
JAR=target/nianbao-cli.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
C=src/test/resources/legacy/import
srcs=("$C/gbk-web-cells/input.txt" "$C/utf16-pipes/input.txt" "$C/utf8bom-tabs/input.txt" "$C/markdown/input.md"
      "$C/html-table/input.html")
for i in $(seq 1 "$N"); do
  s=${srcs[$((i % ${#srcs[@]}))]}
  cp "$s" "$work/in/r$i.${s##*.}"
done
bytes=$(du -sb "$work/in" | cut -f1)
echo "inputs: $N files, $((bytes / 1024)) KiB; cores: $(nproc); java: $(java -version 2>&1 | head -1)"
./nianbao --version > /dev/null   # the launcher makes its class-data archive after a build: not timed
for mode in ${MODES:-xlsx json}; do
  extra=()
  [ "$mode" = json ] && extra=(--json)
  load=$(cut -d' ' -f1 /proc/loadavg)
  TIMEFORMAT="%R s wall, %U s user + %S s sys CPU"
  # the ./nianbao launcher as users run it (C1 only, serial GC, class-data archive)
  t=$( { time ./nianbao import "$work"/in/* -d "$work/out-$mode" "${extra[@]}" > "$work/log-$mode" 2>&1 || true; } 2>&1 )
  # on a shared machine the wall time depends on the load; CPU time / cores estimates an idle machine
  echo "$mode: $(grep '^输入' "$work/log-$mode" | tr -d '\n') — $t (JVM start included; load average before: $load), $(ls "$work/out-$mode" | wc -l) files written"
done
