#!/usr/bin/env bash
# End-to-end benchmarks: plain-Java baseline vs Eddy vs Apache Flink 1.17.2, each in its own JVM.
#
#   scripts/benchmark.sh [--size-gb N] [--skip-flink] [--skip-eddy] [--runs N] [--xmx 1g]
#   scripts/benchmark.sh --suite memory [--scale 1] [--managed 256m] [--skip-flink] [--xmx 1g] [--runs 1]
#                        [--jobs sort,join,groupby,groupjoin]
#   scripts/benchmark.sh --suite joins [--scale 1] [--runs 2] [--skip-flink] [--xmx 1g]
#   scripts/benchmark.sh --suite cluster [--runs 3] [--scale 1]
#   scripts/benchmark.sh --suite iterations [--scale 1] [--log-vertices 20] [--points 1000000] [--runs 2]
#                        [--skip-flink] [--xmx 1g]
#   scripts/benchmark.sh --suite graphs [--log-vertices 20] [--runs 2] [--skip-flink] [--skip-eddy] [--xmx 1g]
#                        [--jobs gelly-pagerank,gelly-wcc,gelly-wcc-gsa,gelly-sssp,gelly-sssp-gsa]
#   scripts/benchmark.sh --suite yarn [--size-gb 1] [--runs 3] [--cluster-dir DIR]
#
# The default suite (core) is WordCount and a join + groupBy against the baseline and Flink; the
# memory suite is the out-of-core sort, hash join, groupBy and a spilling group+join (a group reduce over
# 5 M 100-byte records at scale 1, joined with a dimension table) on Eddy and Flink with managed memory
# far below the data (--managed, shared by the two slots; -Xmx from --xmx) against in-heap baselines,
# with the cores kept busy (CPU time over job time) and GC share.
# The plans suite (--suite plans) runs a 50 MB x 5-element join with the optimizer's plan and with
# both sides forced to repartition. The joins suite runs a TPC-H Q3-like query and a three-way join
# over TPC-H-like tables (scale 1: 1.5 M orders, 6 M line items, 150 K customers) on the baseline,
# on Eddy with the optimizer's plan and with the worst plan forced by hints, and on Flink; it reports
# the jobs' own time (around execute()). The iterations suite runs PageRank (10 supersteps of a bulk
# iteration) and connected components (a delta iteration) over an R-MAT graph (scale 1: 2^20 vertices,
# 16 edges per vertex) and k-means (k = 10, 10 supersteps, 1 M points at scale 1) on the baseline, Eddy
# and Flink, and reports Eddy's and the baseline's time per superstep. The graphs suite runs Gelly's
# library on the same R-MAT graph (2^20 vertices by default): linkanalysis.PageRank (10 iterations),
# ConnectedComponents and SingleSourceShortestPaths (from the vertex with the most out-edges, weights
# 1..100 hashed from the edge) and their gather-sum-apply variants, on the baseline, on Eddy's Gelly and
# on Flink Gelly 1.16.3 (benchmarks/flink-gelly-runner, the last Gelly on Maven Central). The
# cluster suite measures one exchange in memory and over loopback TCP (records/s, MB/s), and WordCount
# (256 MB of text at scale 1) and PageRank (R-MAT 2^18) on the embedded runtime vs. a JobManager with
# two TaskExecutor processes.
# The yarn suite (scripts/benchmark-yarn.sh, which says more) runs WordCount over N GiB of the same
# text from HDFS to HDFS on YARN (yarn jar ... run --target yarn -p 2, two TaskExecutor containers of
# one slot) and on the embedded runtime, on scripts/pseudo-cluster (started in DIR if it does not run,
# and then stopped again), and breaks down the time from submission to the first task. It uses the
# existing dist/target/eddy-dist.jar and never builds.
#
# Input data is generated once and cached under bench-data/ (git-ignored): N GiB of Zipf text for
# WordCount and round(10*N) M orders / round(N) M customers for the join + groupBy. Prints a Markdown
# table (best and median wall time per engine, records/s, MB/s, ratio to the baseline) and the
# start-to-end time of a three-element job. EDDY_SKIP_BUILD=1 runs the Eddy classes this checkout
# has already compiled instead of building them first.
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
LOG_VERTICES=
POINTS=
CLUSTER_DIR=
JOBS=
RUNS_GIVEN=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size-gb) SIZE_GB="$2"; shift 2 ;;
    --runs) RUNS="$2"; RUNS_GIVEN=true; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    --skip-flink) SKIP_FLINK=true; shift ;;
    --skip-eddy) SKIP_EDDY=true; shift ;;
    --suite) SUITE="$2"; shift 2 ;;
    --scale) SCALE="$2"; shift 2 ;;
    --managed) MANAGED="$2"; shift 2 ;;
    --log-vertices) LOG_VERTICES="$2"; shift 2 ;;
    --points) POINTS="$2"; shift 2 ;;
    --cluster-dir) CLUSTER_DIR="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    -h|--help) sed -n '2,45p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
WORK="$ROOT/benchmarks/target/bench"
mkdir -p "$WORK"

# The driver, the generators and the baselines are plain Java: compile them directly so they work
# whether or not Eddy builds. The joins suite's tables come from the examples' TpchData, plain Java too,
# and Eddy's JVM options from the runtime's JvmDefaults, which needs nothing else either.
DRIVER_CLASSES="$ROOT/benchmarks/target/driver-classes"
rm -rf "$DRIVER_CLASSES"
mkdir -p "$DRIVER_CLASSES"
javac -nowarn --release 17 -d "$DRIVER_CLASSES" $(grep -L 'io\.eddy\.api' \
  $(find "$ROOT/benchmarks/src/main/java" -name '*.java')) \
  "$ROOT/examples/src/main/java/io/eddy/examples/relational/util/TpchData.java" \
  "$ROOT/runtime/src/main/java/io/eddy/runtime/util/JvmDefaults.java"

# Builds Eddy and the benchmarks module (unless EDDY_SKIP_BUILD=1) and sets EDDY_CLASSPATH. Eddy's
# own modules come from this checkout's target/classes, not from the jars in ~/.m2: those are shared
# by every checkout, and a build elsewhere would replace them under a running benchmark.
build_eddy() {
  if [[ "${EDDY_SKIP_BUILD:-0}" != 1 ]]; then
    echo "Building Eddy..." >&2
    mvn -q -B -pl benchmarks -am install -DskipTests >&2
  fi
  mvn -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/eddy.classpath" >&2
  EDDY_CLASSPATH="$ROOT/benchmarks/target/classes:$(sed -E \
    "s#[^:]*/io/eddy/eddy-([a-z-]+)/[^/:]+/[^/:]+\.jar#$ROOT/\1/target/classes#g" "$WORK/eddy.classpath")"
}

# Builds the Flink runner benchmarks/$1 (flink-runner unless given; flink-gelly-runner also compiles
# flink-runner's FlinkJobs, flink-runner the benchmarks module's MemoryData) when its jar is missing or
# older than its sources, and sets FLINK_JAR.
build_flink_runner() {
  local runner="${1:-flink-runner}"
  local dir="$ROOT/benchmarks/$runner"
  FLINK_JAR="$dir/target/eddy-benchmarks-$runner.jar"
  if [[ ! -f "$FLINK_JAR" || -n "$(find "$dir/src" "$dir/pom.xml" "$ROOT/benchmarks/flink-runner/src" \
      "$ROOT/benchmarks/src/main/java/io/eddy/benchmarks/MemoryData.java" -newer "$FLINK_JAR" 2>/dev/null)" ]]; then
    echo "Building the Flink runner $runner..." >&2
    mvn -q -B -f "$dir/pom.xml" package >&2
  fi
}

if [[ "$SUITE" == yarn ]]; then
  if [[ "$RUNS_GIVEN" == false ]]; then RUNS=3; fi
  exec "$ROOT/scripts/benchmark-yarn.sh" --size-gb "$SIZE_GB" --runs "$RUNS" --driver-classes "$DRIVER_CLASSES" \
    ${CLUSTER_DIR:+--cluster-dir "$CLUSTER_DIR"}
fi

if [[ "$SUITE" == plans ]]; then
  build_eddy
  exec java -Xmx1g -cp "$EDDY_CLASSPATH" io.eddy.benchmarks.PlanBenchmarks "$RUNS"
fi

if [[ "$SUITE" == cluster ]]; then
  build_eddy
  exec java -Xmx2g -XX:+UseParallelGC -cp "$EDDY_CLASSPATH" io.eddy.benchmarks.ClusterBenchmarks \
    --data-dir "$ROOT/bench-data" --work-dir "$WORK" --runs "$RUNS" --scale "$SCALE"
fi

if [[ "$SUITE" == memory ]]; then
  build_eddy
  ARGS=(--classpath "$EDDY_CLASSPATH" --scale "$SCALE" --managed "$MANAGED" --eddy-xmx "$XMX")
  if [[ -n "$JOBS" ]]; then ARGS+=(--jobs "$JOBS"); fi
  # one run each unless asked: the suite takes about 18 minutes per run at scale 1
  if [[ "$RUNS_GIVEN" == true ]]; then ARGS+=(--runs "$RUNS"); fi
  if [[ "$SKIP_FLINK" == false ]]; then
    build_flink_runner
    ARGS+=(--flink-jar "$FLINK_JAR")
  fi
  exec java -Xmx256m -cp "$EDDY_CLASSPATH" io.eddy.benchmarks.MemoryBenchmarks "${ARGS[@]}"
fi

if [[ "$SUITE" == joins || "$SUITE" == iterations || "$SUITE" == graphs ]]; then
  ARGS=(--data-dir "$ROOT/bench-data" --work-dir "$WORK" --scale "$SCALE" --runs "$RUNS" --xmx "$XMX"
        --baseline-classpath "$DRIVER_CLASSES")
  if [[ -n "$LOG_VERTICES" ]]; then ARGS+=(--log-vertices "$LOG_VERTICES"); fi
  if [[ -n "$POINTS" ]]; then ARGS+=(--points "$POINTS"); fi
  if [[ -n "$JOBS" ]]; then ARGS+=(--jobs "$JOBS"); fi
else
  ARGS=(--data-dir "$ROOT/bench-data" --work-dir "$WORK" --size-gb "$SIZE_GB" --runs "$RUNS" --xmx "$XMX"
        --baseline-classpath "$DRIVER_CLASSES")
fi

if [[ "$SKIP_EDDY" == false ]]; then
  build_eddy
  ARGS+=(--eddy-classpath "$EDDY_CLASSPATH")
fi

if [[ "$SKIP_FLINK" == false ]]; then
  if [[ "$SUITE" == graphs ]]; then build_flink_runner flink-gelly-runner; else build_flink_runner; fi
  ARGS+=(--flink-jar "$FLINK_JAR")
fi

case "$SUITE" in
  joins) exec java -Xmx2g -cp "$DRIVER_CLASSES" io.eddy.benchmarks.JoinBenchmarks "${ARGS[@]}" ;;
  iterations) exec java -Xmx2g -cp "$DRIVER_CLASSES" io.eddy.benchmarks.IterationBenchmarks "${ARGS[@]}" ;;
  graphs) exec java -Xmx2g -cp "$DRIVER_CLASSES" io.eddy.benchmarks.GraphBenchmarks "${ARGS[@]}" ;;
  core) exec java -Xmx2g -cp "$DRIVER_CLASSES" io.eddy.benchmarks.BenchmarkMain "${ARGS[@]}" ;;
  *) echo "unknown suite: $SUITE (core, memory, plans, joins, iterations, graphs, cluster or yarn)" >&2; exit 2 ;;
esac
