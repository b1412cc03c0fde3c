#!/usr/bin/env bash
#
# benchmark-yarn.sh - the yarn suite of scripts/benchmark.sh: WordCount on YARN (application mode,
# through `yarn jar`) against the same WordCount on the embedded runtime, both reading and writing
# HDFS, on the single-node HDFS + YARN of scripts/pseudo-cluster; and the time from submitting to YARN
# until the first task runs, with a breakdown taken from the daemons' and containers' logs.
#
#   scripts/benchmark.sh --suite yarn [--size-gb 1] [--runs 3] [--cluster-dir DIR]
#
# (benchmark.sh compiles the benchmarks' plain-Java classes and calls this script with
# --driver-classes; the text generator comes from there.)
#
# What it does:
#   1. Uses the pseudo-cluster in DIR (default $EDDY_PSEUDO_DIR, else ~/.eddy/pseudo-cluster) if it
#      runs; otherwise starts it there and stops it again at the end (keeping its data, so the input
#      stays in HDFS for the next time). The NodeManager must offer at least 4096 MB (the defaults of
#      run --target yarn: a 1024 MB ApplicationMaster and two 1536 MB TaskExecutors).
#   2. Generates the core suite's WordCount text (bench-data/text-<bytes>.txt, N GiB of Zipf words,
#      cached and shared with the core suite) and puts it into HDFS as /eddy-bench/text-<bytes>.txt
#      (unless a file of that size is there already).
#   3. Per run: (a) DIR/bin/yarn jar dist/target/eddy-dist.jar run --target yarn -p 2 --slots 1
#      wordcount --input hdfs://... --output hdfs://...  (2 TaskExecutor containers of 1 slot), the
#      client's wall time; (b) scripts/eddy run -p 2 wordcount with the same input and an output on
#      the same HDFS (HADOOP_CONF_DIR=DIR/conf; one JVM, 2 slots), its wall time; (c) from the
#      client's start time, the RM log (DIR/logs/resourcemanager.log) and `yarn logs` of the
#      application: when YARN accepted it, the ApplicationMaster registered, the program submitted its
#      job, the TaskExecutor containers were started and registered, the job was deployed and the first
#      task ran. Checks that each YARN run's output equals the embedded run's (sorted lines).
#   4. Prints the machine and Markdown tables of medians (and min/max).
#
# "First task ran": the first TaskExecutor's "Attempt ...: started N task(s) here", logged right
# after it started its task threads.
#
# Environment:
#   EDDY_BENCH_YARN_SKIP_UNJAR=1  run `yarn jar` with HADOOP_CLIENT_SKIP_UNJAR=true (RunJar then does
#                             not unpack the jar first). Needed for distribution jars built before
#                             the command line found its own jar under RunJar: those ship no jar from
#                             RunJar's unpacked copy, and the ApplicationMaster fails with
#                             "ClassNotFoundException: io.eddy.yarn.am.ApplicationMaster".
#   EDDY_JAVA_OPTS            JVM options of the embedded run (scripts/eddy's default: -Xmx2g -XX:+UseParallelGC -XX:InlineSmallCode=1000)
#   Both runs use one copy of dist/target/eddy-dist.jar and dist/target/lib, taken at the start
#   (with a copy of scripts/eddy beside it, run with EDDY_SKIP_BUILD=1), so a build of this checkout
#   during the benchmark changes nothing under it; this script never builds: build the jar first
#   with mvn -pl dist -am package -DskipTests.
#
# Outputs and logs of every run stay in benchmarks/target/bench/yarn/ (results.tsv: one line per run,
# report.md: the tables; run-N/: the clients' output, yarn logs, jobmanager.log, taskexecutor.log).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_GB=1
RUNS=3
CLUSTER_DIR="${EDDY_PSEUDO_DIR:-$HOME/.eddy/pseudo-cluster}"
DRIVER_CLASSES=
PARALLELISM=2
AM_MB=1024
TE_MB=1536

while [[ $# -gt 0 ]]; do
    case "$1" in
        --size-gb) SIZE_GB="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --cluster-dir) CLUSTER_DIR="$2"; shift 2 ;;
        --driver-classes) DRIVER_CLASSES="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1' "$0"; exit 0 ;;
        *) echo "benchmark-yarn: unknown option: $1" >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "benchmark-yarn: --runs needs a positive integer" >&2; exit 2; }
[[ "$SIZE_GB" =~ ^[0-9]*\.?[0-9]+$ ]] || { echo "benchmark-yarn: --size-gb needs a number" >&2; exit 2; }
[[ -n "$DRIVER_CLASSES" && -d "$DRIVER_CLASSES" ]] || {
    echo "benchmark-yarn: run me through scripts/benchmark.sh --suite yarn (needs --driver-classes)" >&2; exit 2; }

say() { echo "benchmark-yarn: $*" >&2; }
die() { say "$*"; exit 1; }

PSEUDO="$ROOT/scripts/pseudo-cluster"
WORK="$ROOT/benchmarks/target/bench/yarn"
rm -rf "$WORK"
mkdir -p "$WORK"

# Both runs use one copy of the distribution, taken now: a build of this checkout during the
# benchmark would otherwise swap the jar between (or under) the runs. The copy is a small Eddy home
# with scripts/eddy itself, so the embedded run is scripts/eddy as it is.
snapshot_distribution() {
    local jar="$ROOT/dist/target/eddy-dist.jar" deadline=$((SECONDS + 300)) home="$WORK/eddy-home"
    [[ -f "$jar" && -d "$ROOT/dist/target/lib" ]] \
        || die "$jar (and dist/target/lib) missing; build it with: mvn -pl dist -am package -DskipTests"
    # a jar still being written (or shaded) has no Main-Class yet, or changes while we copy it
    while true; do
        mkdir -p "$home/scripts" "$home/dist/target"
        cp "$jar" "$home/dist/target/eddy-dist.jar"
        if (( $(date +%s) - $(stat -c %Y "$jar") >= 5 )) && cmp -s "$jar" "$home/dist/target/eddy-dist.jar" \
                && unzip -p "$home/dist/target/eddy-dist.jar" META-INF/MANIFEST.MF 2>/dev/null | grep -q '^Main-Class:'; then
            break
        fi
        ((SECONDS < deadline)) || die "$jar keeps changing or has no Main-Class (a build running?)"
        say "waiting for $jar to be complete (a build running?) ..."
        sleep 10
    done
    rm -rf "$home/dist/target/lib"
    cp -r "$ROOT/dist/target/lib" "$home/dist/target/lib"
    cp "$ROOT/scripts/eddy" "$home/scripts/eddy"
    touch "$home/dist/target/eddy-dist.jar"
    DIST_JAR="$home/dist/target/eddy-dist.jar"
    EDDY="$home/scripts/eddy"
}
snapshot_distribution

now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------
# The cluster

STARTED_CLUSTER=0
cleanup() {
    local rc=$?
    if ((STARTED_CLUSTER)); then
        say "stopping the pseudo-cluster this benchmark started ..."
        "$PSEUDO" stop --dir "$CLUSTER_DIR" >&2 || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

status_rc=0
"$PSEUDO" status --dir "$CLUSTER_DIR" >/dev/null 2>&1 || status_rc=$?
case "$status_rc" in
    0) say "using the running pseudo-cluster in $CLUSTER_DIR" ;;
    3) say "starting the pseudo-cluster in $CLUSTER_DIR ..."
       STARTED_CLUSTER=1
       "$PSEUDO" start --dir "$CLUSTER_DIR" >"$WORK/pseudo-cluster-start.log" 2>&1 \
           || { cat "$WORK/pseudo-cluster-start.log" >&2; STARTED_CLUSTER=0; die "the pseudo-cluster did not start"; } ;;
    *) die "the pseudo-cluster in $CLUSTER_DIR runs only in part ($PSEUDO status --dir $CLUSTER_DIR); stop it first" ;;
esac
CLUSTER_DIR="$(cd -P "$CLUSTER_DIR" && pwd)"
HDFS_URI="$(sed -n 's/^hdfs=//p' "$CLUSTER_DIR/cluster.env")"
RM_UI="$(sed -n 's/^resourcemanager_ui=//p' "$CLUSTER_DIR/cluster.env")"
export HADOOP_CONF_DIR="$CLUSTER_DIR/conf"
HDFS="$CLUSTER_DIR/bin/hdfs"
YARN="$CLUSTER_DIR/bin/yarn"

# The NodeManager must hold the ApplicationMaster and both TaskExecutors at once.
if command -v curl >/dev/null 2>&1; then
    metrics="$(curl -sS -f --max-time 10 -H 'Accept: application/json' "$RM_UI/ws/v1/cluster/metrics" || true)"
    total_mb="$(grep -o '"totalMB":[0-9]*' <<<"$metrics" | head -1 | cut -d: -f2)"
    running_apps="$(grep -o '"appsRunning":[0-9]*' <<<"$metrics" | head -1 | cut -d: -f2)"
    needed=$((AM_MB + PARALLELISM * TE_MB))
    if [[ -n "$total_mb" ]] && ((total_mb < needed)); then
        die "the NodeManager offers $total_mb MB, the application needs $needed MB; restart the pseudo-cluster with EDDY_PSEUDO_NM_MEMORY_MB=$needed or more"
    fi
    if [[ -n "$running_apps" ]] && ((running_apps > 0)); then
        say "warning: $running_apps other application(s) run on this YARN; the numbers will suffer"
    fi
fi

# ---------------------------------------------------------------------------------------------
# Input

say "generating ${SIZE_GB} GiB of text (cached in bench-data/) ..."
read -r LOCAL_TEXT TEXT_BYTES TEXT_LINES < <(java -Xmx256m -cp "$DRIVER_CLASSES" \
    "$ROOT/scripts/lib/BenchText.java" "$ROOT/bench-data" "$SIZE_GB")
[[ -n "${TEXT_LINES:-}" ]] || die "generating the text failed"
HDFS_TEXT="/eddy-bench/$(basename "$LOCAL_TEXT")"
in_hdfs="$("$HDFS" dfs -stat %b "$HDFS_TEXT" 2>/dev/null || true)"
if [[ "$in_hdfs" != "$TEXT_BYTES" ]]; then
    say "putting $LOCAL_TEXT ($TEXT_BYTES bytes) into HDFS as $HDFS_TEXT ..."
    "$HDFS" dfs -mkdir -p /eddy-bench
    "$HDFS" dfs -put -f "$LOCAL_TEXT" "$HDFS_TEXT"
fi
INPUT="$HDFS_URI$HDFS_TEXT"
OUT_YARN="$HDFS_URI/eddy-bench/out-yarn"
OUT_EMBEDDED="$HDFS_URI/eddy-bench/out-embedded"

# ---------------------------------------------------------------------------------------------
# Log parsing

# Epoch milliseconds of a log timestamp "YYYY-MM-DD HH:MM:SS.mmm" or "...,mmm" (same host, same time zone).
ts_ms() { date -d "${1/,/.}" +%s%3N; }

# The timestamp (epoch ms) of the first line of FILE that matches the extended regex, or empty.
first_ts() {
    local line
    line="$(grep -E -m1 -- "$2" "$1" || true)"
    if [[ -n "$line" ]]; then ts_ms "${line:0:23}"; fi
}
# ... of the last such line.
last_ts() {
    local line
    line="$(grep -E -- "$2" "$1" | tail -1 || true)"
    if [[ -n "$line" ]]; then ts_ms "${line:0:23}"; fi
}

# Splits `yarn logs` output into jobmanager.log and the taskexecutor.log files (all TaskExecutors'
# lines together): $2/jobmanager.log, $2/taskexecutor.log.
split_logs() {
    awk -v dir="$2" '
        /^LogType:/ { type = substr($0, 9); next }
        /^End of LogType:/ { type = ""; next }
        type == "jobmanager.log" { print > (dir "/jobmanager.log") }
        type == "taskexecutor.log" { print > (dir "/taskexecutor.log") }
    ' "$1"
    touch "$2/jobmanager.log" "$2/taskexecutor.log"
}

# Waits until `yarn logs` shows the ApplicationMaster's and every TaskExecutor's log (aggregation
# runs after the application ends); writes it to FILE.
fetch_logs() {
    local app="$1" file="$2" deadline=$((SECONDS + 120))
    while true; do
        "$YARN" logs -applicationId "$app" >"$file" 2>&1 || true
        if (($(grep -c '^LogType:taskexecutor.log' "$file" || true) >= PARALLELISM)) \
                && grep -q '^LogType:jobmanager.log' "$file" \
                && grep -q 'The session ended' "$file"; then
            return 0
        fi
        ((SECONDS < deadline)) || { say "warning: incomplete logs of $app after 120 s (see $file)"; return 0; }
        sleep 2
    done
}

# Milliseconds from the YARN client's start to an epoch-ms time; empty for an empty time.
rel() {
    if [[ -n "$1" ]]; then echo $(($1 - yarn_start)); fi
}

# Sorted lines of an output directory in HDFS, into a local file.
sorted_output() {
    local uri="$1" file="$2" tmp
    tmp="$(mktemp -d "$WORK/get.XXXXXX")"
    "$HDFS" dfs -get "$uri" "$tmp/out"
    if [[ -d "$tmp/out" ]]; then
        find "$tmp/out" -type f ! -name '.*' ! -name '_*' -exec cat {} + | LC_ALL=C sort >"$file"
    else
        LC_ALL=C sort "$tmp/out" >"$file"
    fi
    rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------
# Runs

if [[ "${EDDY_BENCH_YARN_SKIP_UNJAR:-0}" == 1 ]]; then
    UNJAR_ENV=(HADOOP_CLIENT_SKIP_UNJAR=true)
    UNJAR_NOTE="yarn jar with HADOOP_CLIENT_SKIP_UNJAR=true (EDDY_BENCH_YARN_SKIP_UNJAR=1)"
else
    UNJAR_ENV=()
    UNJAR_NOTE="plain yarn jar (RunJar unpacks the jar first, Hadoop's default)"
fi

RESULTS="$WORK/results.tsv"
# The two wall times; ms from the YARN client's start: accepted, AM registered, job submitted,
# containers started, TaskExecutors registered, job deployed, first task line, job finished, AM
# unregistered; output the same?; the job's own run (deployed to finished) on YARN and embedded.
printf 'run\tapp\tyarn_ms\tembedded_ms\taccepted\tam_registered\tjob_submitted\tcontainers_started\tte_registered\tjob_deployed\tfirst_task\tjob_finished\tam_unregistered\tsame\tyarn_job_ms\tembedded_job_ms\n' >"$RESULTS"

for ((run = 1; run <= RUNS; run++)); do
    dir="$WORK/run-$run"
    mkdir -p "$dir"
    "$HDFS" dfs -rm -r -f -skipTrash "$OUT_YARN" "$OUT_EMBEDDED" >/dev/null 2>&1 || true

    say "run $run/$RUNS: WordCount on YARN (yarn jar ... run --target yarn -p $PARALLELISM --slots 1) ..."
    start=$(now_ms)
    yarn_start=$start
    rc=0
    env "${UNJAR_ENV[@]}" "$YARN" jar "$DIST_JAR" run --target yarn -p "$PARALLELISM" --slots 1 \
        --master-memory "$AM_MB" --taskexecutor-memory "$TE_MB" \
        wordcount --input "$INPUT" --output "$OUT_YARN" >"$dir/yarn-client.out" 2>"$dir/yarn-client.err" || rc=$?
    end=$(now_ms)
    yarn_ms=$((end - start))
    app="$(grep -o -m1 'application_[0-9]*_[0-9]*' "$dir/yarn-client.err" || true)"
    if ((rc != 0)); then
        cat "$dir/yarn-client.err" >&2
        if [[ -n "$app" ]] && "$YARN" logs -applicationId "$app" -log_files jobmanager.stderr 2>/dev/null \
                | grep -q 'ClassNotFoundException: io.eddy.yarn.am.ApplicationMaster'; then
            say "the ApplicationMaster found no Eddy classes: this jar does not ship itself when run by RunJar;"
            say "rebuild it, or run with EDDY_BENCH_YARN_SKIP_UNJAR=1"
        fi
        die "the YARN run failed (exit $rc)${app:+; logs: $YARN logs -applicationId $app}"
    fi
    say "  $app: ${yarn_ms} ms"

    say "run $run/$RUNS: WordCount embedded (scripts/eddy run -p $PARALLELISM) ..."
    start=$(now_ms)
    rc=0
    EDDY_SKIP_BUILD=1 EDDY_PROGRESS=off EDDY_LOG_FILE="$dir/embedded.log" "$EDDY" run -q -p "$PARALLELISM" \
        wordcount --input "$INPUT" --output "$OUT_EMBEDDED" >"$dir/embedded.out" 2>"$dir/embedded.err" || rc=$?
    end=$(now_ms)
    embedded_ms=$((end - start))
    if ((rc != 0)); then
        cat "$dir/embedded.err" >&2
        die "the embedded run failed (exit $rc)"
    fi
    say "  embedded: ${embedded_ms} ms"

    sorted_output "$OUT_YARN" "$dir/yarn.sorted"
    sorted_output "$OUT_EMBEDDED" "$dir/embedded.sorted"
    if [[ -s "$dir/yarn.sorted" ]] && cmp -s "$dir/yarn.sorted" "$dir/embedded.sorted"; then
        same=yes
    else
        same=NO
        say "  the outputs differ: $dir/yarn.sorted vs $dir/embedded.sorted"
    fi

    # (c) where the time to the first task went
    fetch_logs "$app" "$dir/yarn-logs.txt"
    split_logs "$dir/yarn-logs.txt" "$dir"
    rm_logs=("$CLUSTER_DIR"/logs/resourcemanager.log*)
    accepted="$(first_ts <(cat "${rm_logs[@]}") "$app State change from SUBMITTED to ACCEPTED")"
    am_registered="$(first_ts <(cat "${rm_logs[@]}") "$app State change from ACCEPTED to RUNNING")"
    job_submitted="$(first_ts "$dir/jobmanager.log" "JobManager - Job [0-9a-f]+ '.*' submitted from")"
    containers_started="$(last_ts "$dir/jobmanager.log" "TaskExecutorContainers - TaskExecutor container .* started")"
    # a TaskExecutor may register again later (one did while the application wound down): the
    # first registration of each, the last of those
    te_registered="$(grep -E "JobManager - TaskExecutor [^ ]+ registered from" "$dir/jobmanager.log" \
        | awk '{ for (i = 1; i <= NF; i++) if ($i == "TaskExecutor") { id = $(i + 1); break }
                 if (!(id in seen)) { seen[id] = 1; last = $1 " " $2 } } END { print last }' || true)"
    if [[ -n "$te_registered" ]]; then te_registered="$(ts_ms "$te_registered")"; fi
    job_deployed="$(first_ts "$dir/jobmanager.log" "JobCoordinator - Starting job '.*' attempt")"
    # the TaskExecutor's "Attempt ...: started N task(s) here", right after it started the task threads
    first_task="$(grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.,]{12} .*TaskExecutor - Attempt .*: started [0-9]+ task' \
        "$dir/taskexecutor.log" | cut -c1-23 | LC_ALL=C sort | head -1 || true)"
    if [[ -n "$first_task" ]]; then first_task="$(ts_ms "$first_task")"; fi
    job_finished="$(first_ts "$dir/jobmanager.log" "JobCoordinator - Job '.*' finished in")"
    am_unregistered="$(first_ts "$dir/jobmanager.log" "ResourceManagerService - Unregistered from the ResourceManager")"
    yarn_job_ms=
    if [[ -n "$job_deployed" && -n "$job_finished" ]]; then yarn_job_ms=$((job_finished - job_deployed)); fi
    embedded_job_ms=
    embedded_deployed="$(first_ts "$dir/embedded.log" "JobCoordinator - Starting job '.*' attempt")"
    embedded_finished="$(first_ts "$dir/embedded.log" "JobCoordinator - Job '.*' finished in")"
    if [[ -n "$embedded_deployed" && -n "$embedded_finished" ]]; then
        embedded_job_ms=$((embedded_finished - embedded_deployed))
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$app" "$yarn_ms" \
        "$embedded_ms" "$(rel "$accepted")" "$(rel "$am_registered")" "$(rel "$job_submitted")" \
        "$(rel "$containers_started")" "$(rel "$te_registered")" "$(rel "$job_deployed")" "$(rel "$first_task")" \
        "$(rel "$job_finished")" "$(rel "$am_unregistered")" "$same" "$yarn_job_ms" "$embedded_job_ms" >>"$RESULTS"
done

# ---------------------------------------------------------------------------------------------
# Report

cpu="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -1)"
mem_gib="$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
java_version="$(java -version 2>&1 | head -1)"
nm_mb="${total_mb:-?}"
hadoop_version="$(grep -o 'hadoop-common/[^/]*/' "$CLUSTER_DIR/classpath.txt" | head -1 | cut -d/ -f2)"

{
    echo
    echo "Machine: ${cpu:-$(uname -m)}, $(nproc) cores, ${mem_gib:-?} GiB RAM; $java_version"
    echo "Cluster: scripts/pseudo-cluster in $CLUSTER_DIR (Hadoop ${hadoop_version:-?}: NameNode, DataNode,"
    echo "  ResourceManager, NodeManager with ${nm_mb} MB), all on this machine"
    printf 'Input: %s, %.0f MB, %d lines (the core suite'"'"'s WordCount text); output to the same HDFS\n' \
        "$INPUT" "$(awk -v b="$TEXT_BYTES" 'BEGIN { print b / 1e6 }')" "$TEXT_LINES"
    echo "YARN: $UNJAR_NOTE; run --target yarn -p $PARALLELISM --slots 1: a $AM_MB MB ApplicationMaster"
    echo "  (the JobManager and the program) and $PARALLELISM TaskExecutor containers of $TE_MB MB, 1 slot each"
    echo "Embedded: scripts/eddy run -p $PARALLELISM (one JVM, ${EDDY_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC -XX:InlineSmallCode=1000}), HADOOP_CONF_DIR=$HADOOP_CONF_DIR"
    echo "Medians of $RUNS run(s); wall times of the client processes. Per-run numbers: $RESULTS"
    echo
    awk -F'\t' -v bytes="$TEXT_BYTES" '
        function median(values, n,    sorted, i, j, t) {
            for (i = 1; i <= n; i++) sorted[i] = values[i]
            for (i = 2; i <= n; i++) { t = sorted[i]; for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]; sorted[j + 1] = t }
            return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
        }
        function minimum(values, n,    i, m) { m = values[1]; for (i = 2; i <= n; i++) if (values[i] < m) m = values[i]; return m }
        function maximum(values, n,    i, m) { m = values[1]; for (i = 2; i <= n; i++) if (values[i] > m) m = values[i]; return m }
        # the values of column c over all runs into out[]; returns how many runs have one
        function column(c, out,    r, n) { n = 0; for (r = 1; r <= runs; r++) if (cell[r, c] != "") out[++n] = cell[r, c]; return n }
        function seconds(ms,    text) { text = sprintf("%.2f", ms / 1000); return text == "-0.00" ? "0.00" : text }
        NR == 1 { next }
        { runs++; for (c = 1; c <= NF; c++) cell[runs, c] = $c; if ($14 == "yes") same++ }
        END {
            split("", y); split("", e)
            ny = column(3, y); ne = column(4, e)
            for (r = 1; r <= runs; r++) ratio[r] = cell[r, 3] / cell[r, 4]
            print "| WordCount, parallelism 2, HDFS to HDFS | median s | min s | max s | MB/s (median) |"
            print "|---|---|---|---|---|"
            printf "| on YARN (yarn jar client: submission to exit) | %s | %s | %s | %.1f |\n", seconds(median(y, ny)), seconds(minimum(y, ny)), seconds(maximum(y, ny)), bytes / 1e6 / (median(y, ny) / 1000)
            printf "| embedded (scripts/eddy run, one JVM) | %s | %s | %s | %.1f |\n", seconds(median(e, ne)), seconds(minimum(e, ne)), seconds(maximum(e, ne)), bytes / 1e6 / (median(e, ne) / 1000)
            printf "| YARN / embedded | %.2fx | | | |\n", median(ratio, runs)
            split("", yj); split("", ej)
            nyj = column(15, yj); nej = column(16, ej)
            if (nyj > 0) printf "| the job alone on YARN (JobManager: deployed to finished) | %s | %s | %s | %.1f |\n", seconds(median(yj, nyj)), seconds(minimum(yj, nyj)), seconds(maximum(yj, nyj)), bytes / 1e6 / (median(yj, nyj) / 1000)
            if (nej > 0) printf "| the job alone embedded (deployed to finished) | %s | %s | %s | %.1f |\n", seconds(median(ej, nej)), seconds(minimum(ej, nej)), seconds(maximum(ej, nej)), bytes / 1e6 / (median(ej, nej) / 1000)
            printf "\nYARN output equals the embedded output (sorted lines): %s in %d of %d run(s)\n\n", same == runs ? "yes" : "NO", same, runs
            print "| YARN run: from the client'"'"'s start until ... | median s | step (median s) | min s | max s |"
            print "|---|---|---|---|---|"
            names[5] = "the ResourceManager accepted the application"
            names[6] = "the ApplicationMaster registered with the ResourceManager"
            names[7] = "the program submitted its job to the JobManager"
            names[8] = "the TaskExecutor containers were started (the last of them)"
            names[9] = "the TaskExecutors registered with the JobManager (the last)"
            names[10] = "the job was deployed (JobManager: Starting job ... attempt)"
            names[11] = "**the first task ran** (a TaskExecutor: started N task(s) here)"
            names[12] = "the job finished (JobCoordinator: finished in)"
            names[13] = "the ApplicationMaster unregistered (TaskExecutors stopped)"
            names[14] = "the client exited (YARN reported the application FINISHED)"
            for (c = 5; c <= 14; c++) {
                split("", v); split("", d)
                n = 0
                for (r = 1; r <= runs; r++) {
                    now = (c == 14) ? cell[r, 3] : cell[r, c]
                    if (now == "") continue
                    before = 0
                    for (p = c - 1; p >= 5; p--) if (cell[r, p] != "") { before = cell[r, p]; break }
                    v[++n] = now; d[n] = now - before
                }
                if (n == 0) { printf "| %s | n/a | | | |\n", names[c]; continue }
                printf "| %s | %s | %s | %s | %s |\n", names[c], seconds(median(v, n)), seconds(median(d, n)), seconds(minimum(v, n)), seconds(maximum(v, n))
            }
        }' "$RESULTS"
} | tee "$WORK/report.md"
