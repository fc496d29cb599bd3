#!/usr/bin/env bash
# Benchmark of `nianbao validate`, end to end including JVM start:
#   1. one workbook: `java -jar target/nianbao-cli.jar validate <example>.xlsx`, R runs, plain JVM
#      flags and the launcher's flags (C1 only, serial GC, application class-data archive);
#   2. N workbooks in one call (copies of the three example workbooks in one directory).
# Prints wall and CPU seconds per run; load from other processes inflates wall time, so the
# load average is printed too.
# 用法：bench/validate-bench.sh [N=1000] [R=5]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
jar=target/nianbao-cli.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package >/dev/null
one="examples/青山县卫生健康委员会-2025.xlsx"
dir=target/bench-validate
jsa=target/bench-validate.jsa
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)

timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label	%e s wall	%U s user	%S s sys" "$@" >/dev/null 2>>target/bench-validate.times || true
}

rm -f target/bench-validate.times
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
java -XX:ArchiveClassesAtExit="$jsa" "${fast[@]}" -jar "$jar" validate "$one" >/dev/null 2>&1 || true
for i in $(seq "$runs"); do
  timed "one, java -jar" java -jar "$jar" validate "$one"
  timed "one, C1+SerialGC" java "${fast[@]}" -jar "$jar" validate "$one"
  timed "one, C1+SerialGC+AppCDS" java "${fast[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" validate "$one"
done

rm -rf "$dir" && mkdir -p "$dir"
i=0
while [ "$i" -lt "$n" ]; do
  for src in examples/*.xlsx; do
    [ "$i" -lt "$n" ] || break
    cp "$src" "$dir/$(printf '%05d' "$i").xlsx"
    i=$((i + 1))
  done
done
timed "$n workbooks, java -jar" java -jar "$jar" validate "$dir"
timed "$n workbooks, C1+SerialGC" java "${fast[@]}" -jar "$jar" validate "$dir"
timed "$n workbooks, java -jar --format json" java -jar "$jar" validate --format json "$dir"
sort -s -t'	' -k1,1 target/bench-validate.times
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
