#!/usr/bin/env bash
# Benchmark of `nianbao merge` against two baselines on the same generated workbooks.
# 用法：bench/merge-bench.sh [N]        N = number of workbooks (default 10000)
# Environment: BASELINE_LIMIT=k  run the (slow) baselines on the first k files only and extrapolate
#              BENCH_DIR=dir     where inputs and outputs go (default target/bench/merge-N)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
DIR=${BENCH_DIR:-target/bench/merge-$N}
LIMIT=${BASELINE_LIMIT:-$N}
JAR=target/nianbao-cli.jar
PY=/usr/bin/python3

if [ ! -f "$JAR" ] || [ -n "$(find src/main templates pom.xml -newer "$JAR" -type f 2>/dev/null | head -n 1)" ]; then
  echo "building $JAR …" >&2
  mvn -B -q -DskipTests package >&2
fi
if [ "$(find "$DIR/in" -name '*.xlsx' 2>/dev/null | wc -l)" -ne "$N" ]; then
  echo "generating $N workbooks in $DIR/in (not timed) …" >&2
  rm -rf "$DIR/in"
  java -cp "$JAR" bench/GenerateInputs.java "$DIR/in" "$N"
fi
mkdir -p "$DIR/out"
cat $(find "$DIR/in" -name '*.xlsx') > /dev/null   # warm the page cache for every contender alike
size_kb=$(du -sk "$DIR/in" | cut -f1)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), inputs $N files, $((size_kb / N)) KB each on average"

rm -f "$DIR/out"/*
./nianbao --version > /dev/null   # the launcher makes its class-data archive after a build: not timed
echo "== nianbao merge (the ./nianbao launcher as users run it, JVM start included, -Xmx1g)"
NIANBAO_JAVA_OPTS="-Xmx1g -Dnianbao.timing=true" /usr/bin/time -f "merge wall=%e s user=%U s sys=%S s maxrss=%M KB" \
  ./nianbao merge "$DIR/in" -o "$DIR/out/汇总.xlsx" --quiet 2> "$DIR/merge.err" > "$DIR/merge.out" || true
cat "$DIR/merge.out" "$DIR/merge.err"
merge_wall=$(grep -o 'merge wall=[0-9.]*' "$DIR/merge.err" | cut -d= -f2)
merge_cpu=$(echo "$(grep -o 'user=[0-9.]*' "$DIR/merge.err" | cut -d= -f2) + $(grep -o 'sys=[0-9.]*' "$DIR/merge.err" | cut -d= -f2)" | bc -l)

echo "== baseline: POI usermodel loop (new XSSFWorkbook per file, same cells, $LIMIT files)"
mkdir -p target/bench/classes
javac -q -nowarn -cp "$JAR" -d target/bench/classes bench/PoiBaseline.java 2>/dev/null || javac -cp "$JAR" -d target/bench/classes bench/PoiBaseline.java
/usr/bin/time -f "cpu=%U+%S" -o "$DIR/poi.time" java -Xmx1g -cp "$JAR:target/bench/classes" PoiBaseline "$DIR/in" "$LIMIT" "$DIR/cells.tsv" | tee "$DIR/poi.out"
poi_ms=$(grep -o 'per_file_ms=[0-9.]*' "$DIR/poi.out" | cut -d= -f2)
poi_cpu=$(sed -n 's/^cpu=//p' "$DIR/poi.time" | bc -l)

py_ms=""
py_cpu=""
if [ -x "$PY" ] && "$PY" -c 'import openpyxl' 2>/dev/null; then
  echo "== baseline: Python openpyxl (load_workbook per file, same cells, $LIMIT files)"
  /usr/bin/time -f "cpu=%U+%S" -o "$DIR/openpyxl.time" "$PY" -W ignore bench/openpyxl_baseline.py "$DIR/in" "$LIMIT" "$DIR/cells.tsv" | tee "$DIR/openpyxl.out"
  py_ms=$(grep -o 'per_file_ms=[0-9.]*' "$DIR/openpyxl.out" | cut -d= -f2)
  py_cpu=$(sed -n 's/^cpu=//p' "$DIR/openpyxl.time" | bc -l)
else
  echo "== baseline: openpyxl skipped ($PY has no openpyxl; on Debian: apt-get install python3-openpyxl)"
fi

echo "== summary (wall: elapsed time; cpu: user+sys of the whole process — the fair figure on a busy machine)"
awk -v n="$N" -v l="$LIMIT" -v m="$merge_wall" -v mc="$merge_cpu" -v p="$poi_ms" -v pc="$poi_cpu" -v y="$py_ms" -v yc="$py_cpu" 'BEGIN {
  printf "nianbao merge   wall %8.2f s  cpu %8.2f s  for %d files\n", m, mc, n;
  printf "POI usermodel   wall %8.2f s  cpu %8.2f s  (%d files measured, scaled to %d)  -> merge %.1fx faster (wall), %.1fx less cpu\n", p*n/1000, pc*n/l, l, n, p*n/1000/m, pc*n/l/mc;
  if (y != "") printf "openpyxl        wall %8.2f s  cpu %8.2f s  (%d files measured, scaled to %d)  -> merge %.1fx faster (wall), %.1fx less cpu\n", y*n/1000, yc*n/l, l, n, y*n/1000/m, yc*n/l/mc;
}'
