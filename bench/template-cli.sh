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
  # the launcher's JVM flags (C1 only, serial GC), without its class-data archive; CPU time (user+sys)
  # too, which a busy machine distorts far less than wall time
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$@" >/dev/null
  read -r wall user sys < "$tmp/time"
  printf '%-36s wall %5s s   cpu %5s s\n' "$label" "$wall" "$(echo "$user + $sys" | bc -l)"
}
run "template -o 年报模板.xlsx" template -o "$tmp/t.xlsx"
run "fill example -o 填好的.xlsx" fill "$here/examples/临江市自然资源和规划局-2025.json" -o "$tmp/f.xlsx"
run "export --format json" export "$tmp/f.xlsx" --format json -o "$tmp/f.json"
run "export --format csv --header zh" export "$tmp/f.xlsx" --format csv --header zh -o "$tmp/f.csv"
run "import 旧年报.txt -o 导入.xlsx" import "$here/src/test/resources/legacy/import/utf8bom-tabs/input.txt" -o "$tmp/i.xlsx"
run "validate example (for comparison)" validate "$here/examples/临江市自然资源和规划局-2025.xlsx"
