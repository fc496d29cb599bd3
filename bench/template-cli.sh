#!/usr/bin/env sh
# End-to-end timings of single-file commands, JVM start-up included.
# 用法：sh bench/template-cli.sh [runs]   （在项目目录运行；先 mvn -B -q -DskipTests package）
#   runs   how many times each command runs through ./nianbao (default 5); the load average is printed
#          before each round, since on a busy machine wall time means little (CPU time far less so)
# NIANBAO_BENCH_JAVA_ONLY=1 also times plain `java -jar` with the launcher's flags but no class-data archive.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao-cli.jar"
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ex="$here/examples/临江市自然资源和规划局-2025"
old="$here/src/test/resources/legacy/import/utf8bom-tabs/input.txt"
time_it() {
  label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >/dev/null 2>&1
  read -r wall user sys < "$tmp/time"
  printf '%-40s wall %5s s   cpu %5s s\n' "$label" "$wall" "$(echo "$user + $sys" | bc -l)"
}
"$here/nianbao" --version >/dev/null 2>&1   # builds the class-data archive when the jar is new
i=1
while [ "$i" -le "$runs" ]; do
  echo "== ./nianbao, round $i; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  time_it "template -o 年报模板.xlsx" "$here/nianbao" template -o "$tmp/t.xlsx"
  time_it "template --agency --year --previous" "$here/nianbao" template -o "$tmp/p.xlsx" --agency 某某局 --year 2026 \
    --previous "$ex.json"
  time_it "fill example -o 填好的.xlsx" "$here/nianbao" fill "$ex.json" -o "$tmp/f.xlsx"
  time_it "import 旧年报.txt -o 导入.xlsx" "$here/nianbao" import "$old" -o "$tmp/i.xlsx"
  time_it "validate example" "$here/nianbao" validate "$ex.xlsx"
  i=$((i + 1))
done
if [ -n "${NIANBAO_BENCH_JAVA_ONLY:-}" ]; then
  echo "== java -jar (C1 only, serial GC, no class-data archive); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  j="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar"
  time_it "template -o 年报模板.xlsx" $j template -o "$tmp/t.xlsx"
  time_it "fill example -o 填好的.xlsx" $j fill "$ex.json" -o "$tmp/f.xlsx"
  time_it "export --format json" $j export "$tmp/f.xlsx" --format json -o "$tmp/f.json"
  time_it "export --format csv --header zh" $j export "$tmp/f.xlsx" --format csv --header zh -o "$tmp/f.csv"
  time_it "import 旧年报.txt -o 导入.xlsx" $j import "$old" -o "$tmp/i.xlsx"
  time_it "validate example" $j validate "$ex.xlsx"
fi
