package io.eddy.benchmarks;

import io.eddy.api.functions.MapFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.library.ConnectedComponents;
import io.eddy.gelly.library.GSAConnectedComponents;
import io.eddy.gelly.library.GSASingleSourceShortestPaths;
import io.eddy.gelly.library.SingleSourceShortestPaths;
import io.eddy.api.types.NullValue;

/**
 * The jobs of the graphs benchmark suite: Gelly's library algorithms on a graph read from
 * {@code <input>/edges.txt} ({@code source target} lines). The program is written against Apache
 * Flink Gelly 1.16 in {@code benchmarks/flink-gelly-runner}; the Eddy program in the benchmarks module
 * is the same file after {@code port-from-flink.sed} and renaming the class. PageRank is in its own
 * class of the same shape (EddyGraphPageRank) so that the rest compiles on an engine without
 * {@code linkanalysis.PageRank}.
 *
 * <p>The graph's vertices are the ends of its edges (a vertex without edges is not in the graph);
 * vertex ids are {@code Long}s.
 *
 * <ul>
 *   <li>{@code gelly-wcc} / {@code gelly-wcc-gsa}: {@code ConnectedComponents} (scatter-gather) /
 *       {@code GSAConnectedComponents} (gather-sum-apply) with each vertex's value its id and at most
 *       {@code --max-iterations} supersteps: weakly connected components, each named by its smallest
 *       vertex. Written as {@code vertex component}.</li>
 *   <li>{@code gelly-sssp} / {@code gelly-sssp-gsa}: {@code SingleSourceShortestPaths} /
 *       {@code GSASingleSourceShortestPaths} from {@code --source} over the directed edges, weighted
 *       by {@link #weight}, at most {@code --max-iterations} supersteps. Written as
 *       {@code vertex distance}, {@code Infinity} for a vertex the source does not reach.</li>
 * </ul>
 *
 * <p>Usage: {@code --job gelly-wcc|gelly-wcc-gsa|gelly-sssp|gelly-sssp-gsa --input <dir> --output <path>
 * [--source <vertex>] [--max-iterations 1000] [--parallelism 2]}. Prints {@code job-ms <milliseconds>}
 * for the job itself, measured around {@code execute()}.
 */
public class EddyGraphJobs {

    /** Defines one job on {@code env}; the caller executes it. */
    public interface Definition {
        void define(ExecutionEnvironment env, ParameterTool params) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        run(ParameterTool.fromArgs(args));
    }

    /** Defines and executes the job {@code --job}, prints its time and returns its result. */
    public static JobExecutionResult run(ParameterTool params) throws Exception {
        switch (params.getRequired("job")) {
            case "gelly-wcc":
            case "gelly-wcc-gsa":
                return run(params, EddyGraphJobs::connectedComponents);
            case "gelly-sssp":
            case "gelly-sssp-gsa":
                return run(params, EddyGraphJobs::shortestPaths);
            default:
                throw new IllegalArgumentException("unknown job " + params.get("job"));
        }
    }

    /** Executes the job {@code definition} defines, prints its time and returns its result. */
    public static JobExecutionResult run(ParameterTool params, Definition definition) throws Exception {
        // Both engines get the same managed memory: a quarter of the heap, Eddy's default (Flink's local
        // default of 64 MB per slot cannot hold the solution set of 2^20 vertices).
        Configuration conf = new Configuration();
        conf.setString("taskmanager.memory.managed.size", (Runtime.getRuntime().maxMemory() / 4 >> 20) + "m");
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(params.getInt("parallelism", 2));
        long started = System.nanoTime();
        definition.define(env, params);
        JobExecutionResult result = env.execute(params.get("job") + " benchmark");
        System.out.println("job-ms " + (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** The edges of {@code <input>/edges.txt}. */
    public static DataSet<Tuple2<Long, Long>> edges(ExecutionEnvironment env, ParameterTool params) {
        return env.readCsvFile(params.getRequired("input") + "/edges.txt")
                .fieldDelimiter(" ")
                .types(Long.class, Long.class);
    }

    /** Writes {@code vertex value} lines to {@code --output} (a Gelly vertex is a tuple). */
    public static <T> void write(DataSet<Vertex<Long, T>> vertices, ParameterTool params) {
        vertices.writeAsCsv(params.getRequired("output"), "\n", " ", WriteMode.OVERWRITE);
    }

    static void connectedComponents(ExecutionEnvironment env, ParameterTool params) throws Exception {
        Graph<Long, Long, NullValue> graph = Graph.fromTuple2DataSet(edges(env, params), new OwnId(), env);
        int maxIterations = params.getInt("max-iterations", 1000);
        DataSet<Vertex<Long, Long>> components = params.getRequired("job").endsWith("-gsa")
                ? graph.run(new GSAConnectedComponents<Long, Long, NullValue>(maxIterations))
                : graph.run(new ConnectedComponents<Long, Long, NullValue>(maxIterations));
        write(components, params);
    }

    static void shortestPaths(ExecutionEnvironment env, ParameterTool params) throws Exception {
        Graph<Long, NullValue, Double> graph = Graph.fromTupleDataSet(edges(env, params).map(new Weigh()), env);
        Long source = params.getLong("source");
        int maxIterations = params.getInt("max-iterations", 1000);
        DataSet<Vertex<Long, Double>> distances = params.getRequired("job").endsWith("-gsa")
                ? graph.run(new GSASingleSourceShortestPaths<Long, NullValue>(source, maxIterations))
                : graph.run(new SingleSourceShortestPaths<Long, NullValue>(source, maxIterations));
        write(distances, params);
    }

    /**
     * The weight of the edge {@code source -> target}: a whole number from 1 to 100, a hash of both ends,
     * so every engine and the baseline derive the same weights from the same file.
     */
    public static double weight(long source, long target) {
        long h = (source * 0x9E3779B97F4A7C15L) ^ target;
        h *= 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        return 1 + Math.floorMod(h, 100L);
    }

    /** A vertex's initial value: its id. */
    public static final class OwnId implements MapFunction<Long, Long> {
        @Override
        public Long map(Long id) {
            return id;
        }
    }

    /** An edge with its {@link #weight}. */
    public static final class Weigh implements MapFunction<Tuple2<Long, Long>, Tuple3<Long, Long, Double>> {
        @Override
        public Tuple3<Long, Long, Double> map(Tuple2<Long, Long> edge) {
            return new Tuple3<>(edge.f0, edge.f1, weight(edge.f0, edge.f1));
        }
    }
}
