#!/usr/bin/env bash
# End-to-end benchmarks: plain-Java baseline vs Eddy vs Apache Flink 1.17.2, each in its own JVM.
#
#   scripts/benchmark.sh [--size-gb N] [--skip-flink] [--skip-eddy] [--runs N] [--xmx 1g]
#   scripts/benchmark.sh --suite memory [--scale 1] [--managed 256m]
#
# The default suite (core) is WordCount and a join + groupBy against the baseline and Flink; the
# memory suite is the out-of-core sort, hash join and groupBy against in-heap baselines, with GC share.
# The plans suite (--suite plans) runs a 50 MB x 5-element join with the optimizer's plan and with
# both sides forced to repartition.
#
# Input data is generated once and cached under bench-data/ (git-ignored): N GiB of Zipf text for
# WordCount and round(10*N) M orders / round(N) M customers for the join + groupBy. Prints a Markdown
# table (best and median wall time per engine, records/s, MB/s, ratio to the baseline) and the
# start-to-end time of a three-element job.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_GB=1
RUNS=2
XMX=1g
SKIP_FLINK=false
SKIP_EDDY=false
SUITE=core
SCALE=1
MANAGED=256m
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size-gb) SIZE_GB="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    --skip-flink) SKIP_FLINK=true; shift ;;
    --skip-eddy) SKIP_EDDY=true; shift ;;
    --suite) SUITE="$2"; shift 2 ;;
    --scale) SCALE="$2"; shift 2 ;;
    --managed) MANAGED="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
WORK="$ROOT/benchmarks/target/bench"
mkdir -p "$WORK"

# The driver, the generators and the baseline are plain Java: compile them directly so they work
# whether or not Eddy builds.
DRIVER_CLASSES="$ROOT/benchmarks/target/driver-classes"
rm -rf "$DRIVER_CLASSES"
mkdir -p "$DRIVER_CLASSES"
javac -nowarn --release 17 -d "$DRIVER_CLASSES" $(grep -L 'io\.eddy\.api' \
  $(find "$ROOT/benchmarks/src/main/java" -name '*.java'))

if [[ "$SUITE" == plans ]]; then
  echo "Building Eddy..." >&2
  mvn -q -B -pl benchmarks -am install -DskipTests >&2
  mvn -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/eddy.classpath" >&2
  exec java -Xmx1g -cp "$ROOT/benchmarks/target/classes:$(cat "$WORK/eddy.classpath")" \
    io.eddy.benchmarks.PlanBenchmarks "$RUNS"
fi

if [[ "$SUITE" == memory ]]; then
  echo "Building Eddy..." >&2
  mvn -q -B -pl benchmarks -am install -DskipTests >&2
  mvn -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/eddy.classpath" >&2
  exec java -Xmx256m -cp "$ROOT/benchmarks/target/classes:$(cat "$WORK/eddy.classpath")" \
    io.eddy.benchmarks.MemoryBenchmarks --classpath "$ROOT/benchmarks/target/classes:$(cat "$WORK/eddy.classpath")" \
    --scale "$SCALE" --managed "$MANAGED"
fi

ARGS=(--data-dir "$ROOT/bench-data" --work-dir "$WORK" --size-gb "$SIZE_GB" --runs "$RUNS" --xmx "$XMX"
      --baseline-classpath "$DRIVER_CLASSES")

if [[ "$SKIP_EDDY" == false ]]; then
  echo "Building Eddy..." >&2
  mvn -q -B -pl benchmarks -am install -DskipTests >&2
  mvn -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/eddy.classpath" >&2
  ARGS+=(--eddy-classpath "$ROOT/benchmarks/target/classes:$(cat "$WORK/eddy.classpath")")
fi

if [[ "$SKIP_FLINK" == false ]]; then
  FLINK_JAR="$ROOT/benchmarks/flink-runner/target/eddy-benchmarks-flink-runner.jar"
  if [[ ! -f "$FLINK_JAR" || -n "$(find "$ROOT/benchmarks/flink-runner/src" "$ROOT/benchmarks/flink-runner/pom.xml" -newer "$FLINK_JAR" 2>/dev/null)" ]]; then
    echo "Building the Flink runner..." >&2
    mvn -q -B -f "$ROOT/benchmarks/flink-runner/pom.xml" package >&2
  fi
  ARGS+=(--flink-jar "$FLINK_JAR")
fi

java -Xmx2g -cp "$DRIVER_CLASSES" io.eddy.benchmarks.BenchmarkMain "${ARGS[@]}"
