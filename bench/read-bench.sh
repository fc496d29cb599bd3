#!/usr/bin/env bash
# Benchmark of the workbook reader: generates N filled workbooks with the project's writer and
# reads them all in one JVM with 2 threads and a 1 GB heap (the merge command's budget).
# 用法：bench/read-bench.sh [N=10000] [目录=target/bench-workbooks] [线程=2]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
dir=${2:-target/bench-workbooks}
threads=${3:-2}
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
exec java -Xmx1g -XX:ActiveProcessorCount="$threads" -cp "$cp" nianbao.xlsx.read.ReadBench "$n" "$dir" "$threads"
