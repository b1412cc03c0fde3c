package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import io.eddy.benchmarks.BenchmarkMain.Engine;
import io.eddy.benchmarks.BenchmarkMain.Finished;
import io.eddy.benchmarks.BenchmarkMain.RunOptions;
import io.eddy.benchmarks.IterationData.Graph;
import io.eddy.benchmarks.IterationData.Points;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the iterations suite and prints a Markdown report: the jobs of {@code FlinkIterationJobs}
 * ({@code pagerank}: 10 supersteps of a bulk iteration; {@code components}: a delta iteration until
 * the workset is empty; {@code kmeans}: 10 supersteps with the centroids as a broadcast set) on the
 * plain-Java baseline ({@link IterationBaselines}), on Eddy and on Flink 1.17, each run in a fresh JVM
 * with the same heap at parallelism 2. Times are the jobs' own ({@code job-ms}: around
 * {@code execute()}); every engine's result must agree with the baseline's ({@link IterationResults}).
 * Eddy and the baseline also print one {@code superstep-ms <superstep> <ms> <records fed back>} line
 * per superstep (Eddy from its job result's superstep statistics), reported per superstep for the
 * best run; Flink reports no superstep times.
 *
 * <p>The inputs ({@link IterationData}) are generated once into the data directory: an R-MAT graph of
 * {@code 2^log-vertices} vertices and 16 edges per vertex for PageRank and connected components, and
 * {@code points} 2-d points around 10 centres for k-means (k = 10). Scale 1 is 2^20 vertices and
 * 1,000,000 points; scale S is {@code 2^(20 + round(log2 S))} vertices and {@code S * 1,000,000}
 * points. Usage (normally through {@code scripts/benchmark.sh --suite iterations}):
 * <pre>
 * IterationBenchmarks --data-dir bench-data --work-dir target/bench [--scale 1] [--log-vertices L]
 *                     [--points N] [--runs 2] [--xmx 1g]
 *                     --baseline-classpath CP [--eddy-classpath CP] [--flink-jar JAR]
 * </pre>
 * An engine whose classpath or jar is not given is skipped.
 */
public final class IterationBenchmarks {

    static final int EDGES_PER_VERTEX = 16;
    static final int K = 10;
    static final int ITERATIONS = 10;
    static final String BASELINE = "plain-Java baseline";
    static final String EDDY = "Eddy";
    private static final String FLINK = "Flink 1.17.2";

    /** One job of the suite: its name in the runners, how the report calls it, and its arguments. */
    record Job(String name, String title, List<String> args) {
    }

    /** One superstep as an engine printed it. */
    record Superstep(int number, long millis, long records) {
    }

    /** The timings of one engine on one job, and the supersteps of its best run. */
    record Measurement(long bestMillis, long medianMillis, boolean sameResult, List<Superstep> supersteps) {
    }

    private IterationBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        RunOptions options = RunOptions.of(arguments);
        String java = BenchmarkMain.javaCommand();
        Files.createDirectories(options.workDir());
        double scale = arguments.getDouble("scale", 1.0);
        int logVertices = arguments.getInt("log-vertices", 20 + (int) Math.round(Math.log(scale) / Math.log(2)));
        int points = arguments.getInt("points", (int) Math.round(1_000_000 * scale));
        Graph graph = IterationData.graph(options.dataDir(), logVertices, EDGES_PER_VERTEX);
        Points kmeansPoints = IterationData.points(options.dataDir(), points, K);

        List<Engine> engines = new ArrayList<>();
        engines.add(new Engine(BASELINE, List.of(), arguments.get("baseline-classpath"),
                BaselineJobs.class.getName(), false));
        if (arguments.has("eddy-classpath")) {
            engines.add(new Engine(EDDY, JvmDefaults.OPTIONS, arguments.get("eddy-classpath"),
                    "io.eddy.benchmarks.EddyIterationRunner", true));
        }
        if (arguments.has("flink-jar")) {
            engines.add(new Engine(FLINK, BenchmarkMain.FLINK_JVM_OPTIONS, arguments.get("flink-jar"),
                    "io.eddy.benchmarks.FlinkIterationJobs", true));
        }
        String vertices = Long.toString(graph.vertices());
        String graphDir = graph.dir().toString();
        List<Job> jobs = List.of(
                new Job("pagerank", "pagerank (" + ITERATIONS + " supersteps)", List.of("--input", graphDir,
                        "--vertices", vertices, "--iterations", Integer.toString(ITERATIONS))),
                new Job("components", "connected components", List.of("--input", graphDir, "--vertices", vertices)),
                new Job("kmeans", "kmeans (k = " + K + ", " + ITERATIONS + " supersteps)", List.of("--input",
                        kmeansPoints.dir().toString(), "--iterations", Integer.toString(ITERATIONS))));

        Map<Job, Map<String, Measurement>> results = new LinkedHashMap<>();
        for (Job job : jobs) {
            results.put(job, runJob(java, options, engines, job));
        }

        Map<String, Long> fixedCost = fixedCost(java, options, engines, "io.eddy.benchmarks.FlinkJobs");
        System.out.print(IterationReport.render(graph, kmeansPoints, results, fixedCost, options.runs(), options.xmx()));
    }

    /**
     * What {@code execute()} costs each engine but the first (the baseline) before any work: the best
     * time of a three-element job in a fresh JVM, on Eddy from EddyJobs, on Flink from {@code flinkMain}.
     */
    static Map<String, Long> fixedCost(String java, RunOptions options, List<Engine> engines, String flinkMain)
            throws Exception {
        Map<String, Long> fixedCost = new LinkedHashMap<>();
        for (Engine engine : engines.subList(1, engines.size())) {
            Engine three = new Engine(engine.name(), engine.jvmOptions(), engine.classpath(),
                    engine.name().equals(EDDY) ? "io.eddy.benchmarks.EddyJobs" : flinkMain, true);
            fixedCost.put(engine.name(), JoinBenchmarks.threeElementJob(java, options.xmx(), options.runs(), three));
        }
        return fixedCost;
    }

    /** Runs {@code job} on every engine; the first (the baseline) gives the reference result. */
    static Map<String, Measurement> runJob(String java, RunOptions options, List<Engine> engines, Job job)
            throws Exception {
        Map<String, Measurement> byEngine = new LinkedHashMap<>();
        IterationResults reference = null;
        for (Engine engine : engines) {
            Path output = options.workDir().resolve(job.name() + "-" + engine.name().split(" ")[0].toLowerCase(Locale.ROOT)
                    + ".out");
            List<String> jobArgs = new ArrayList<>(List.of("--output", output.toString()));
            jobArgs.addAll(job.args());
            System.err.println("running " + job.name() + " on " + engine.name());
            long[] times = new long[options.runs()];
            List<Superstep> bestSupersteps = List.of();
            long best = Long.MAX_VALUE;
            boolean same = true;
            try {
                for (int run = 0; run < options.runs(); run++) {
                    BenchmarkMain.deleteRecursively(output);
                    Finished finished = BenchmarkMain.run(engine.command(java, options.xmx(), job.name(), jobArgs));
                    times[run] = finished.jobMillis();
                    if (times[run] < best) {
                        best = times[run];
                        bestSupersteps = supersteps(finished.output());
                    }
                    IterationResults result = IterationResults.read(job.name(), output);
                    if (reference == null) {
                        reference = result;
                    } else {
                        String difference = reference.difference(result);
                        if (difference != null) {
                            System.err.println(job.name() + " on " + engine.name() + " differs from the baseline: " + difference);
                            same = false;
                        }
                    }
                }
            } catch (IllegalStateException e) {
                // one failing engine should not cost the measurements of the others
                System.err.println(e.getMessage());
                byEngine.put(engine.name(), null);
                continue;
            }
            Arrays.sort(times);
            byEngine.put(engine.name(), new Measurement(times[0], BenchmarkMain.median(times), same, bestSupersteps));
        }
        return byEngine;
    }

    /** The {@code superstep-ms} lines of a runner's output. */
    static List<Superstep> supersteps(List<String> output) {
        List<Superstep> supersteps = new ArrayList<>();
        for (String line : output) {
            if (line.startsWith("superstep-ms ")) {
                String[] fields = line.trim().split(" ");
                supersteps.add(new Superstep(Integer.parseInt(fields[1]), Long.parseLong(fields[2]),
                        fields.length > 3 ? Long.parseLong(fields[3]) : -1));
            }
        }
        return supersteps;
    }
}
