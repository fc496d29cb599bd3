#!/usr/bin/env bash
# Benchmark of `nianbao import` on the lossy layouts of issue 10: N generated reports written in turn as
# crawler text, column-major PDF text, shredded Markdown and Word-pasted HTML (the property test's
# writers), imported by one `./nianbao import` (workbooks, then JSON); then three 5 MB garbage files
# one by one. Targets: 1,000 reports in <= 10 s on 2 cores; a 5 MB garbage file in <= 2 s.
# Usage: bench/import-layouts.sh [N]      (default 1000; builds the jar and the test classes if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
[ -f target/nianbao-cli.jar ] || mvn -B -q -DskipTests package
[ -f target/test-classes/nianbao/legacy/layouts/BenchInputs.class ] || mvn -B -q test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > /dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" nianbao.legacy.layouts.BenchInputs \
  "$work/in" "$N" "$work/garbage"
bytes=$(du -sb "$work/in" | cut -f1)
echo "inputs: $N files ($(ls "$work/in" | sed 's/.*\.//' | sort | uniq -c | tr -s ' ' | tr '\n' ' ')), $((bytes / 1024)) KiB; cores: $(nproc)"
./nianbao --version > /dev/null   # the launcher makes its class-data archive after a build: not timed
TIMEFORMAT="%R s wall, %U s user + %S s sys CPU"
for mode in xlsx json; do
  extra=()
  [ "$mode" = json ] && extra=(--json)
  load=$(cut -d' ' -f1 /proc/loadavg)
  t=$( { time ./nianbao import "$work"/in/* -d "$work/out-$mode" "${extra[@]}" > "$work/log-$mode" 2>&1 || true; } 2>&1 )
  echo "$mode: $(grep "^输入" "$work/log-$mode" | tr -d "\n") — $t (JVM start included; load before: $load), $(ls "$work/out-$mode" | wc -l) files written"
done
for g in "$work"/garbage/*; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  t=$( { time ./nianbao import "$g" --json -o "$work/g.json" > "$work/g.log" 2>&1 || true; } 2>&1 )
  echo "garbage $(basename "$g") ($(($(stat -c %s "$g") / 1024)) KiB): $t (load before: $load); $(grep -m1 -E '^(数字|无法)' "$work/g.log" || true)"
done
