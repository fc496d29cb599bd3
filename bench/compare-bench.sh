#!/usr/bin/env bash
# Benchmark of `nianbao compare`: ten years of one agency (2016–2020 in the 2019 format, 2021–2025 in the 2021
# format; five as workbooks, four as JSON, one as published text imported on the fly) into each output format,
# through the ./nianbao launcher as users run it, JVM start included.
# 用法：bench/compare-bench.sh [RUNS]     RUNS = timed runs per format (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
DIR=target/bench/compare
JAR=target/nianbao-cli.jar
AGENCY=柳溪市人力资源和社会保障局
./nianbao --version > /dev/null   # builds the jar and the class-data archive if needed: not timed
if [ ! -f "$DIR/in/.done" ]; then
  echo "generating ten years in $DIR/in (not timed) …" >&2
  rm -rf "$DIR/in"; mkdir -p "$DIR/in"
  for y in 2016 2017 2018 2019 2020; do
    sed -e "s/\"meta.year\": 2020/\"meta.year\": $y/" examples/柳溪市人力资源和社会保障局-2020.json > "$DIR/in/$y.json"
  done
  for y in 2021 2022 2023 2024 2025; do
    sed -e "s/\"meta.year\": 2025/\"meta.year\": $y/" -e "s/云溪区市场监督管理局/$AGENCY/g" \
      examples/云溪区市场监督管理局-2025.json > "$DIR/in/$y.json"
  done
  for y in 2016 2018 2021 2023 2025; do
    java -jar "$JAR" fill "$DIR/in/$y.json" -o "$DIR/in/$y.xlsx" > /dev/null && rm "$DIR/in/$y.json"
  done
  java -jar "$JAR" render "$DIR/in/2022.json" --format txt -o "$DIR/in/2022.txt" > /dev/null 2>&1 && rm "$DIR/in/2022.json"
  touch "$DIR/in/.done"
fi
ls "$DIR/in" | tr '\n' ' '; echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$DIR/out"
for fmt in html md docx xlsx; do
  best=""
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$DIR/time" ./nianbao compare "$DIR"/in/20* -o "$DIR/out/对比.$fmt" > "$DIR/out.txt"
    read -r wall user sys < "$DIR/time"
    echo "compare → $fmt  run $i: wall=${wall} s user=${user} s sys=${sys} s"
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc -l)" = 1 ]; then best=$wall; fi
  done
  echo "compare → $fmt  best of $RUNS: wall=${best} s   ($(cat "$DIR/out.txt"))"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
