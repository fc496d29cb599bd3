#!/usr/bin/env sh
# Renders N reports (default 1000) to docx in one JVM and prints the wall time.
# 用法：bench/render-bench.sh [N] [FORMAT]     （在项目根目录运行；需要 JDK 17 与 Maven）
# The inputs are the three bundled examples copied under N invented agency names.
set -e
n=${1:-1000}
format=${2:-docx}
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao-cli.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
i=0
while [ "$i" -lt "$n" ]; do
  for f in "$here"/examples/*.json; do
    [ "$i" -lt "$n" ] || break
    sed "s/\"meta.agency\": \"\([^\"]*\)\"/\"meta.agency\": \"第${i}号\1\"/" "$f" > "$work/in/report-$i.json"
    i=$((i + 1))
  done
done
echo "inputs: $n JSON reports, format $format, cores: $(nproc)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "cpu: user %U s, system %S s, max RSS %M KB" java -jar "$jar" render "$work/in" --format "$format" -o "$work/out" | tail -n 1
else
  java -jar "$jar" render "$work/in" --format "$format" -o "$work/out" | tail -n 1
fi
end=$(date +%s.%N)
echo "outputs: $(ls "$work/out" | wc -l) files, $(du -sh "$work/out" | cut -f1)"
echo "wall time: $(echo "$end - $start" | bc) s (one JVM, start-up included)"
