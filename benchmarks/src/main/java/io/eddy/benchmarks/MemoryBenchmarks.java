package io.eddy.benchmarks;

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
 * Markdown report: each job on the plain-Java baseline ({@link MemoryBaselines}, all in the heap)
 * and on Eddy ({@link EddyMemoryJobs}, managed memory far smaller than the data), each in a fresh
 * JVM; wall time, throughput, ratio to the baseline, GC time as a share of the job's time, and
 * whether the results agree.
 *
 * <p>Sizes at {@code --scale 1}: sort of 20 M 100-byte records (2 GB); join of 10 M build rows with
 * 100 M probe rows; groupBy of 100 M rows over 50 M distinct keys. Usage (normally through
 * {@code scripts/benchmark.sh --suite memory}):
 * <pre>
 * MemoryBenchmarks --classpath CP [--scale 1] [--managed 256m] [--eddy-xmx 1g] [--baseline-xmx 8g]
 *                  [--jobs sort,join,groupby]
 * </pre>
 */
public final class MemoryBenchmarks {

    private MemoryBenchmarks() {
    }

    /** One job: its arguments and how to express its throughput. */
    record Job(String name, List<String> args, long records, long bytes, String description) {
    }

    /** What one engine's JVM reported. */
    record Run(String result, long jobMillis, long gcMillis, long wallMillis) {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        double scale = arguments.getDouble("scale", 1.0);
        String classpath = arguments.get("classpath");
        String managed = arguments.get("managed", "256m");
        String eddyXmx = arguments.get("eddy-xmx", "1g");
        String baselineXmx = arguments.get("baseline-xmx", "8g");
        List<String> selected = List.of(arguments.get("jobs", "sort,join,groupby").split(","));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        long sortRecords = Math.round(20_000_000 * scale);
        long buildRows = Math.round(10_000_000 * scale);
        long probeRows = Math.round(100_000_000 * scale);
        long groupRows = Math.round(100_000_000 * scale);
        long groupKeys = Math.round(50_000_000 * scale);
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

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Machine: %d cores, JVM %s %s; Eddy with -Xmx%s and %s of managed memory, "
                        + "baseline with -Xmx%s, each run in a fresh JVM%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), eddyXmx, managed, baselineXmx));
        report.append("| job | input | engine | job s | records/s | MB/s | time vs baseline | GC share | same result |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Job job : jobs) {
            if (!selected.contains(job.name())) {
                continue;
            }
            List<String> baselineCommand = new ArrayList<>(List.of(java, "-Xmx" + baselineXmx, "-cp", classpath,
                    MemoryBaselines.class.getName(), job.name()));
            baselineCommand.addAll(job.args());
            Run baseline = run(baselineCommand);
            List<String> eddyCommand = new ArrayList<>(List.of(java, "-Xmx" + eddyXmx, "-Xms" + eddyXmx,
                    "-XX:MaxDirectMemorySize=" + eddyXmx, "-cp", classpath, "io.eddy.benchmarks.EddyMemoryJobs", job.name(),
                    "--managed", managed));
            eddyCommand.addAll(job.args());
            Run eddy = run(eddyCommand);
            report.append(row(job, "plain-Java baseline", baseline, baseline, true));
            report.append(row(job, "Eddy", eddy, baseline, eddy.result().equals(baseline.result())));
            System.err.println("finished " + job.name());
        }
        System.out.print(report);
    }

    private static String row(Job job, String engine, Run run, Run baseline, boolean same) {
        double seconds = run.jobMillis() / 1000.0;
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %,.0f | %.1f | %.2fx | %.1f%% | %s |%n", job.name(),
                job.description(), engine, seconds, job.records() / seconds, job.bytes() / 1048576.0 / seconds,
                (double) run.jobMillis() / baseline.jobMillis(), 100.0 * run.gcMillis() / Math.max(1, run.jobMillis()),
                same ? "yes" : "NO (" + run.result() + " vs " + baseline.result() + ")");
    }

    /** Runs a JVM to completion and parses its {@code result}, {@code job-ms} and {@code gc-ms} lines. */
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
        return new Run(values.get("result"), Long.parseLong(values.get("job-ms")), Long.parseLong(values.get("gc-ms")), wall);
    }
}
