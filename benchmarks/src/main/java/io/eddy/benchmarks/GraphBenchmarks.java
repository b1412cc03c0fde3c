package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import io.eddy.benchmarks.BenchmarkMain.Engine;
import io.eddy.benchmarks.BenchmarkMain.RunOptions;
import io.eddy.benchmarks.IterationBenchmarks.Job;
import io.eddy.benchmarks.IterationBenchmarks.Measurement;
import io.eddy.benchmarks.IterationData.Graph;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the graphs suite and prints the iterations suite's Markdown report ({@link IterationReport}):
 * Gelly's library algorithms, as {@code FlinkGraphJobs} and {@code FlinkGraphPageRank} run them on Flink
 * Gelly 1.16.3 and their sed ports on Eddy's Gelly, against the plain-Java baselines of
 * {@link GraphBaselines}, on the iterations suite's R-MAT graph ({@link IterationData}; 2^log-vertices
 * vertices, 16 edges per vertex). Every engine runs in a fresh JVM with the same heap at parallelism 2;
 * times are the jobs' own ({@code job-ms}: around {@code execute()}), every result must agree with the
 * baseline's ({@link IterationResults}), and Eddy and the baseline print their supersteps.
 *
 * <p>The jobs: {@code gelly-pagerank} (linkanalysis.PageRank, d = 0.85, 10 iterations),
 * {@code gelly-wcc} and {@code gelly-wcc-gsa} (ConnectedComponents and GSAConnectedComponents, vertex
 * value = id) and {@code gelly-sssp} and {@code gelly-sssp-gsa} (SingleSourceShortestPaths and
 * GSASingleSourceShortestPaths from the vertex with the most out-edges, weights from
 * {@code FlinkGraphJobs.weight}). Usage (normally through {@code scripts/benchmark.sh --suite graphs}):
 * <pre>
 * GraphBenchmarks --data-dir bench-data --work-dir target/bench [--log-vertices 20] [--runs 2] [--xmx 1g]
 *                 [--jobs gelly-pagerank,gelly-wcc,...] --baseline-classpath CP [--eddy-classpath CP]
 *                 [--flink-jar JAR]
 * </pre>
 * An engine whose classpath or jar is not given is skipped.
 */
public final class GraphBenchmarks {

    static final String FLINK = "Flink Gelly 1.16.3";
    static final int MAX_ITERATIONS = 1000;
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("gelly-pagerank", "PageRank (linkanalysis, " + IterationBenchmarks.ITERATIONS + " iterations)");
        TITLES.put("gelly-wcc", "WCC (ConnectedComponents, scatter-gather)");
        TITLES.put("gelly-wcc-gsa", "WCC (GSAConnectedComponents)");
        TITLES.put("gelly-sssp", "SSSP (SingleSourceShortestPaths, scatter-gather)");
        TITLES.put("gelly-sssp-gsa", "SSSP (GSASingleSourceShortestPaths)");
    }

    private GraphBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        RunOptions options = RunOptions.of(arguments);
        String java = BenchmarkMain.javaCommand();
        Files.createDirectories(options.workDir());
        Graph graph = IterationData.graph(options.dataDir(), arguments.getInt("log-vertices", 20),
                IterationBenchmarks.EDGES_PER_VERTEX);
        int vertices = Math.toIntExact(graph.vertices());
        int[] sources = IterationBaselines.readEdges(graph.edgesFile(), 2)[0];
        int source = GraphBaselines.highestOutDegree(sources, vertices);
        long sourceDegree = Arrays.stream(sources).filter(s -> s == source).count();

        List<Engine> engines = new ArrayList<>();
        engines.add(new Engine(IterationBenchmarks.BASELINE, List.of(), arguments.get("baseline-classpath"),
                BaselineJobs.class.getName(), false));
        if (arguments.has("eddy-classpath")) {
            engines.add(new Engine(IterationBenchmarks.EDDY, JvmDefaults.OPTIONS, arguments.get("eddy-classpath"),
                    "io.eddy.benchmarks.EddyGraphRunner", true));
        }
        if (arguments.has("flink-jar")) {
            engines.add(new Engine(FLINK, BenchmarkMain.FLINK_JVM_OPTIONS, arguments.get("flink-jar"),
                    "io.eddy.benchmarks.FlinkGraphRunner", true));
        }
        List<String> jobArgs = List.of("--input", graph.dir().toString(), "--vertices", Integer.toString(vertices),
                "--iterations", Integer.toString(IterationBenchmarks.ITERATIONS),
                "--max-iterations", Integer.toString(MAX_ITERATIONS), "--source", Integer.toString(source));
        Map<Job, Map<String, Measurement>> results = new LinkedHashMap<>();
        for (String name : arguments.get("jobs", String.join(",", TITLES.keySet())).split(",")) {
            if (!TITLES.containsKey(name)) {
                throw new IllegalArgumentException("unknown job " + name + "; the jobs are " + TITLES.keySet());
            }
            Job job = new Job(name, TITLES.get(name), jobArgs);
            results.put(job, IterationBenchmarks.runJob(java, options, engines, job));
        }
        Map<String, Long> fixedCost = IterationBenchmarks.fixedCost(java, options, engines,
                "io.eddy.benchmarks.FlinkGraphRunner");
        String inputs = IterationReport.describe(graph) + String.format(Locale.ROOT,
                "; SSSP from vertex %d (%,d out-edges), edge weights 1 to 100", source, sourceDegree);
        System.out.print(IterationReport.render(inputs, FLINK, results, fixedCost, options.runs(), options.xmx()));
    }
}
