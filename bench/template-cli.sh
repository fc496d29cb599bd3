#!/usr/bin/env sh
# End-to-end timings of the template/fill/export commands, JVM start-up included.
# 用法：sh bench/template-cli.sh   （在项目目录运行；先 mvn -B -q -DskipTests package）
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao-cli.jar"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
  label=$1; shift
  start=$(date +%s%N)
  java -jar "$jar" "$@" >/dev/null
  end=$(date +%s%N)
  printf '%-40s %6d ms\n' "$label" $(( (end - start) / 1000000 ))
}
run "template -o 年报模板.xlsx" template -o "$tmp/t.xlsx"
run "fill example -o 填好的.xlsx" fill "$here/examples/临江市自然资源和规划局-2025.json" -o "$tmp/f.xlsx"
run "export --format json" export "$tmp/f.xlsx" --format json -o "$tmp/f.json"
run "export --format csv --header zh" export "$tmp/f.xlsx" --format csv --header zh -o "$tmp/f.csv"
