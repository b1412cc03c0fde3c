package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the end-to-end benchmarks and prints a Markdown report. It generates the inputs once (cached in
 * the data directory), then runs every job on every engine in a fresh JVM with the same heap, checks
 * that all engines wrote the same result as the baseline, and reports best and median wall time.
 *
 * <p>Engines: {@code baseline} ({@link BaselineJobs}, hand-written plain Java), {@code eddy}
 * ({@link EddyJobs}) and {@code flink} (the Flink 1.17 runner jar). Usage (normally through
 * {@code scripts/benchmark.sh}):
 * <pre>
 * BenchmarkMain --data-dir bench-data --work-dir target/bench [--size-gb 1] [--runs 2] [--xmx 1g]
 *               --baseline-classpath CP [--eddy-classpath CP] [--flink-jar JAR]
 * </pre>
 * An engine whose classpath or jar is not given is skipped.
 */
public final class BenchmarkMain {

    private static final long TEXT_BYTES_PER_GB = 1L << 30;
    private static final int VOCABULARY = 100_000;
    /** What Flink 1.17 needs to reflect into the JDK's classes on Java 17. */
    static final List<String> FLINK_JVM_OPTIONS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED", "--add-opens=java.base/java.text=ALL-UNNAMED");

    /** One job's input: where it is, how big, how many records. */
    record Input(String job, Path path, long bytes, long records) {
    }

    /** How to start one engine's JVM. */
    record Engine(String name, List<String> jvmOptions, String classpath, String mainClass, boolean jobAsOption) {

        List<String> command(String java, String xmx, String job, List<String> jobArgs) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xms" + xmx));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath, mainClass));
            command.addAll(jobAsOption ? List.of("--job", job) : List.of(job));
            command.addAll(jobArgs);
            return command;
        }
    }

    /** The timings of one engine on one job. */
    record Measurement(long bestMillis, long medianMillis, boolean sameResult) {
    }

    /** The options of both drivers (this one and {@link JoinBenchmarks}), with the same defaults. */
    record RunOptions(int runs, String xmx, Path dataDir, Path workDir) {

        static RunOptions of(Arguments arguments) {
            return new RunOptions(arguments.getInt("runs", 2), arguments.get("xmx", "1g"),
                    Path.of(arguments.get("data-dir", "bench-data")), Path.of(arguments.get("work-dir", "target/bench")));
        }
    }

    /** A process that ended well: its wall time and what it printed. */
    record Finished(long wallMillis, List<String> output) {

        /** The job's own time, from the {@code job-ms <milliseconds>} line the job runners print. */
        long jobMillis() {
            for (int i = output.size() - 1; i >= 0; i--) {
                if (output.get(i).startsWith("job-ms ")) {
                    return Long.parseLong(output.get(i).substring("job-ms ".length()).trim());
                }
            }
            throw new IllegalStateException("no job-ms line in the output:\n" + String.join("\n", output));
        }
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        double sizeGb = arguments.getDouble("size-gb", 1.0);
        RunOptions options = RunOptions.of(arguments);
        int runs = options.runs();
        String java = javaCommand();

        List<Engine> engines = new ArrayList<>();
        engines.add(new Engine("baseline", List.of(), arguments.get("baseline-classpath"),
                BaselineJobs.class.getName(), false));
        if (arguments.has("eddy-classpath")) {
            engines.add(new Engine("eddy", JvmDefaults.OPTIONS, arguments.get("eddy-classpath"), "io.eddy.benchmarks.EddyJobs", true));
        }
        if (arguments.has("flink-jar")) {
            engines.add(new Engine("flink", FLINK_JVM_OPTIONS, arguments.get("flink-jar"), "io.eddy.benchmarks.FlinkJobs", true));
        }

        List<Input> inputs = prepareData(options.dataDir(), sizeGb,
                arguments.getInt("orders-millions", (int) Math.max(1, Math.round(10 * sizeGb))),
                arguments.getInt("customers-millions", (int) Math.max(1, Math.round(sizeGb))));
        Files.createDirectories(options.workDir());

        Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
        for (Input input : inputs) {
            Map<String, Measurement> byEngine = new LinkedHashMap<>();
            List<String> reference = null;
            for (Engine engine : engines) {
                long[] times = new long[runs];
                boolean same = true;
                for (int run = 0; run < runs; run++) {
                    Path output = options.workDir().resolve(input.job() + "-" + engine.name() + ".out");
                    deleteRecursively(output);
                    times[run] = runProcess(engine.command(java, options.xmx(), input.job(),
                            List.of("--input", input.path().toString(), "--output", output.toString())));
                    List<String> lines = sortedLines(output);
                    if (reference == null) {
                        reference = lines;
                    } else {
                        same &= reference.equals(lines);
                    }
                }
                Arrays.sort(times);
                byEngine.put(engine.name(), new Measurement(times[0], median(times), same));
            }
            results.put(input.job(), byEngine);
        }

        Map<String, Long> threeElementJob = new LinkedHashMap<>();
        for (Engine engine : engines) {
            if (!engine.name().equals("baseline")) {
                long[] times = new long[runs];
                for (int run = 0; run < runs; run++) {
                    times[run] = runProcess(engine.command(java, options.xmx(), "three", List.of()));
                }
                Arrays.sort(times);
                threeElementJob.put(engine.name(), times[0]);
            }
        }
        System.out.print(report(inputs, results, threeElementJob, runs, options.xmx()));
    }

    /** Generates the inputs into {@code dataDir} unless a previous run left them there. */
    static List<Input> prepareData(Path dataDir, double sizeGb, int ordersMillions, int customersMillions)
            throws IOException {
        Files.createDirectories(dataDir);
        long textBytes = (long) (sizeGb * TEXT_BYTES_PER_GB);
        Path text = dataDir.resolve("text-" + textBytes + ".txt");
        Path textMeta = dataDir.resolve("text-" + textBytes + ".records");
        if (!Files.exists(textMeta)) {
            long lines = new TextGenerator(VOCABULARY).write(text, textBytes);
            Files.writeString(textMeta, Long.toString(lines));
        }
        Path tables = dataDir.resolve("tables-" + ordersMillions + "m-" + customersMillions + "m");
        Path tablesMeta = tables.resolve("records");
        if (!Files.exists(tablesMeta)) {
            TableGenerator.write(tables, customersMillions * 1_000_000L, ordersMillions * 1_000_000L);
            Files.writeString(tablesMeta, Long.toString((ordersMillions + customersMillions) * 1_000_000L));
        }
        long tableBytes = Files.size(tables.resolve("orders.csv")) + Files.size(tables.resolve("customers.csv"));
        return List.of(
                new Input("wordcount", text, Files.size(text), Long.parseLong(Files.readString(textMeta).trim())),
                new Input("join", tables, tableBytes, Long.parseLong(Files.readString(tablesMeta).trim())));
    }

    /** The {@code java} command of the JVM running this driver, to start the engines' JVMs with. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command to completion and returns its wall time; fails if it fails. */
    static long runProcess(List<String> command) throws IOException, InterruptedException {
        return run(command).wallMillis();
    }

    /** Runs a command to completion and returns its wall time and output; fails if it fails. */
    static Finished run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("benchmark-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + command + "\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
        }
        Files.delete(log);
        return new Finished(elapsed, output);
    }

    /** The lines of a result file, or of all files of a result directory, sorted. */
    static List<String> sortedLines(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(output)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(output)) {
                files = list.filter(Files::isRegularFile).collect(Collectors.toList());
            }
            for (Path file : files) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } else if (Files.exists(output)) {
            lines.addAll(Files.readAllLines(output, StandardCharsets.UTF_8));
        }
        Collections.sort(lines);
        return lines;
    }

    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String report(List<Input> inputs, Map<String, Map<String, Measurement>> results,
                         Map<String, Long> threeElementJob, int runs, String xmx) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", -Xmx").append(xmx)
                .append(", best and median of ").append(runs).append(" runs, each in a fresh JVM\n\n");
        out.append("| job | input | engine | best s | median s | records/s | MB/s | time vs baseline | same result |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Input input : inputs) {
            Map<String, Measurement> byEngine = results.get(input.job());
            long baseline = byEngine.get("baseline").bestMillis();
            for (Map.Entry<String, Measurement> entry : byEngine.entrySet()) {
                Measurement m = entry.getValue();
                double seconds = m.bestMillis() / 1000.0;
                out.append(String.format(Locale.ROOT, "| %s | %.0f MB, %,d records | %s | %.2f | %.2f | %,.0f | %.1f | %.2fx | %s |%n",
                        input.job(), input.bytes() / 1e6, input.records(), entry.getKey(), seconds,
                        m.medianMillis() / 1000.0, input.records() / seconds, input.bytes() / 1e6 / seconds,
                        (double) m.bestMillis() / baseline, m.sameResult() ? "yes" : "NO"));
            }
        }
        if (!threeElementJob.isEmpty()) {
            out.append("\nThree-element job (fromElements(1, 2, 3).print()), process start to end, best of ")
                    .append(runs).append(":\n\n| engine | seconds |\n|---|---|\n");
            threeElementJob.forEach((engine, millis) ->
                    out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", engine, millis / 1000.0)));
        }
        return out.toString();
    }

    static String cpuModel() throws IOException {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuInfo)) {
            for (String line : Files.readAllLines(cpuInfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
