package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the managed-memory benchmarks (issue: managed memory and out-of-core operators) and prints a
 * Markdown report: each job on the plain-Java baseline ({@link MemoryBaselines}, all in the heap), on
 * Eddy ({@code EddyMemoryJobs}) and on Apache Flink 1.17.2 ({@code FlinkMemoryJobs} in
 * {@code benchmarks/flink-runner}, of which the Eddy program is the port), both engines with the same
 * heap, parallelism 2 and managed memory far smaller than the data, each run in a fresh JVM. It
 * reports the job's time, throughput, the ratios to the baseline and (for Eddy) to Flink, the cores
 * kept busy (the JVM's CPU time during the job over the job's time), GC time as a share of the job's
 * time, and whether the result equals the baseline's.
 *
 * <p>Sizes at {@code --scale 1}: sort of 20 M 100-byte records (2 GB); join of 10 M build rows with
 * 100 M probe rows; groupBy of 100 M rows over 50 M distinct keys; group+join of 5 M 100-byte records
 * (500 MB) over 100 K keys, joined with 80 K dimension rows (see {@code FlinkMemoryJobs} for what each
 * job computes). Usage (normally through {@code scripts/benchmark.sh --suite memory}):
 * <pre>
 * MemoryBenchmarks --classpath CP [--flink-jar JAR] [--skip-flink] [--scale 1] [--managed 256m]
 *                  [--eddy-xmx 1g] [--baseline-xmx 8g] [--jobs sort,join,groupby,groupjoin] [--runs 1]
 * </pre>
 * With {@code --runs N} each engine runs every job N times, Eddy and Flink taking turns (so a slow
 * spell of the machine hits both), and the report shows the run of median job time (the lower of the
 * middle two for an even N) beside all N times; the baseline runs once.
 * {@code CP} holds Eddy, the Eddy programs and the baselines; Flink runs from the flink-runner's jar
 * {@code JAR} with {@code --eddy-xmx} too, and is skipped without a jar or with {@code --skip-flink}.
 */
public final class MemoryBenchmarks {

    private static final String BASELINE = "plain-Java baseline";
    private static final String EDDY = "Eddy";
    private static final String FLINK = "Flink 1.17.2";

    private MemoryBenchmarks() {
    }

    /** One job: its arguments and how to express its throughput. */
    record Job(String name, List<String> args, long records, long bytes, String description) {
    }

    /** What one engine's JVM reported. */
    record Run(String result, long jobMillis, long gcMillis, long cpuMillis, long wallMillis) {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        double scale = arguments.getDouble("scale", 1.0);
        String classpath = arguments.get("classpath");
        String flinkJar = arguments.has("skip-flink") ? null : arguments.get("flink-jar", null);
        String managed = arguments.get("managed", "256m");
        String eddyXmx = arguments.get("eddy-xmx", "1g");
        String baselineXmx = arguments.get("baseline-xmx", "8g");
        List<String> selected = List.of(arguments.get("jobs", "sort,join,groupby,groupjoin").split(","));
        int runs = arguments.getInt("runs", 1);
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1: " + runs);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        long sortRecords = Math.round(20_000_000 * scale);
        long buildRows = Math.round(10_000_000 * scale);
        long probeRows = Math.round(100_000_000 * scale);
        long groupRows = Math.round(100_000_000 * scale);
        long groupKeys = Math.round(50_000_000 * scale);
        long factRecords = Math.round(5_000_000 * scale);
        long factKeys = Math.max(1, Math.round(100_000 * scale));
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("sort", List.of("--records", Long.toString(sortRecords)), sortRecords,
                sortRecords * MemoryData.RECORD_LENGTH,
                String.format(Locale.ROOT, "%,d records of 100 bytes (%,d MB), 10-byte keys", sortRecords,
                        sortRecords * MemoryData.RECORD_LENGTH >> 20)));
        jobs.add(new Job("join", List.of("--records", Long.toString(probeRows), "--build-rows", Long.toString(buildRows)),
                buildRows + probeRows, (buildRows + probeRows) * 16,
                String.format(Locale.ROOT, "%,d build x %,d probe rows of (long, long)", buildRows, probeRows)));
        jobs.add(new Job("groupby", List.of("--records", Long.toString(groupRows), "--keys", Long.toString(groupKeys)),
                groupRows, groupRows * 16,
                String.format(Locale.ROOT, "%,d rows of (long, long) over %,d distinct keys", groupRows, groupKeys)));
        jobs.add(new Job("groupjoin", List.of("--records", Long.toString(factRecords), "--keys", Long.toString(factKeys)),
                factRecords, factRecords * (8 + MemoryData.PAYLOAD_LENGTH),
                String.format(Locale.ROOT, "%,d records of 100 bytes (%,d MB) grouped over %,d keys, "
                                + "joined with %,d dimension rows", factRecords,
                        factRecords * (8 + MemoryData.PAYLOAD_LENGTH) >> 20, factKeys,
                        MemoryData.dimensionRows(factKeys))));
        for (String name : selected) {
            if (jobs.stream().noneMatch(job -> job.name().equals(name))) {
                throw new IllegalArgumentException("unknown job " + name + " (sort, join, groupby or groupjoin)");
            }
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Machine: %d cores, JVM %s %s; Eddy%s with -Xmx%s, %s of managed memory "
                        + "and parallelism 2, baseline with -Xmx%s, each run in a fresh JVM; times are the jobs' own, "
                        + "cores busy is the JVM's CPU time during the job over the job's time; %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), flinkJar == null ? "" : " and " + FLINK, eddyXmx, managed,
                baselineXmx, runs == 1 ? "one run each"
                        : "engines ran each job " + runs + " times taking turns, the row is the run of median time"));
        report.append("| job | input | engine | job s | records/s | MB/s | time vs baseline | time vs Flink "
                + "| cores busy | GC share | same result | all runs s |\n");
        report.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Job job : jobs) {
            if (!selected.contains(job.name())) {
                continue;
            }
            List<String> baselineCommand = new ArrayList<>(List.of(java, "-Xmx" + baselineXmx, "-cp", classpath,
                    MemoryBaselines.class.getName(), job.name()));
            baselineCommand.addAll(job.args());
            System.err.println("running " + job.name() + " on the " + BASELINE);
            Run baseline = run(baselineCommand);
            List<Run> eddyRuns = new ArrayList<>();
            List<Run> flinkRuns = new ArrayList<>();
            for (int round = 0; round < runs; round++) {
                eddyRuns.add(runEngine(EDDY, job, engineCommand(java, eddyXmx, JvmDefaults.OPTIONS, classpath,
                        "io.eddy.benchmarks.EddyMemoryJobs", job, managed)));
                if (flinkJar != null) {
                    flinkRuns.add(runEngine(FLINK, job, engineCommand(java, eddyXmx, BenchmarkMain.FLINK_JVM_OPTIONS,
                            flinkJar, "io.eddy.benchmarks.FlinkMemoryJobs", job, managed)));
                }
            }
            Run eddy = medianRun(eddyRuns);
            Run flink = flinkJar == null ? null : medianRun(flinkRuns);
            report.append(row(job, BASELINE, baseline, baseline, null, List.of(baseline)));
            report.append(row(job, EDDY, eddy, baseline, flink, eddyRuns));
            if (flinkJar != null) {
                report.append(row(job, FLINK, flink, baseline, null, flinkRuns));
            }
            System.err.println("finished " + job.name());
        }
        System.out.print(report);
    }

    /**
     * The command line of an engine's JVM: a fixed heap, as much direct memory (Flink's network buffers
     * live there), the job as {@code --job} and the managed memory.
     */
    private static List<String> engineCommand(String java, String xmx, List<String> jvmOptions, String classpath,
                                              String mainClass, Job job, String managed) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xms" + xmx, "-XX:MaxDirectMemorySize=" + xmx));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass, "--job", job.name(), "--managed", managed));
        command.addAll(job.args());
        return command;
    }

    /** Runs an engine; a failure is reported (as a null run) rather than costing the other measurements. */
    private static Run runEngine(String engine, Job job, List<String> command) throws InterruptedException {
        System.err.println("running " + job.name() + " on " + engine);
        try {
            return run(command);
        } catch (IllegalStateException | IOException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }

    /**
     * The run of median job time (the lower of the middle two for an even count); null if any run
     * failed, so that a failure is reported rather than hidden behind the others.
     */
    static Run medianRun(List<Run> runs) {
        if (runs.isEmpty() || runs.contains(null)) {
            return null;
        }
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a.jobMillis(), b.jobMillis()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * A report row; {@code flink} is the run Eddy's time is compared with (null: no comparison),
     * {@code all} every run of the engine in the order they ran.
     */
    private static String row(Job job, String engine, Run run, Run baseline, Run flink, List<Run> all) {
        if (run == null) {
            return String.format(Locale.ROOT, "| %s | %s | %s | failed | | | | | | | | |%n", job.name(), job.description(),
                    engine);
        }
        StringBuilder times = new StringBuilder();
        for (Run each : all) {
            times.append(times.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.2f", each.jobMillis() / 1000.0));
        }
        double seconds = Math.max(1, run.jobMillis()) / 1000.0;
        String cores = run.cpuMillis() < 0 ? "?"
                : String.format(Locale.ROOT, "%.2f", (double) run.cpuMillis() / Math.max(1, run.jobMillis()));
        String vsFlink = flink == null ? "" : String.format(Locale.ROOT, "%.2fx", (double) run.jobMillis() / flink.jobMillis());
        boolean same = all.stream().allMatch(each -> each.result() != null && each.result().equals(baseline.result()));
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %,.0f | %.1f | %.2fx | %s | %s | %.1f%% | %s | %s |%n",
                job.name(), job.description(), engine, seconds, job.records() / seconds, job.bytes() / 1048576.0 / seconds,
                (double) run.jobMillis() / Math.max(1, baseline.jobMillis()), vsFlink, cores,
                100.0 * run.gcMillis() / Math.max(1, run.jobMillis()),
                same ? "yes" : "NO (" + run.result() + " vs " + baseline.result() + ")", times);
    }

    /**
     * Runs a JVM to completion and parses its {@code result}, {@code job-ms}, {@code gc-ms} and
     * {@code cpu-ms} lines (a missing {@code cpu-ms} is -1: unknown).
     */
    static Run run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("memory-benchmark-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed with exit code " + process.exitValue() + ": " + command + "\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
        Files.delete(log);
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space > 0) {
                values.put(line.substring(0, space), line.substring(space + 1).trim());
            }
        }
        if (!values.containsKey("result") || !values.containsKey("job-ms")) {
            throw new IllegalStateException("no result or job-ms from " + command + "\n" + String.join("\n", lines));
        }
        return new Run(values.get("result"), Long.parseLong(values.get("job-ms")),
                Long.parseLong(values.getOrDefault("gc-ms", "0")), Long.parseLong(values.getOrDefault("cpu-ms", "-1")),
                wall);
    }
}
