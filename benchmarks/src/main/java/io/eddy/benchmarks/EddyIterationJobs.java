package io.eddy.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;

/**
 * The jobs of the iterations benchmark suite as DataSet programs with native iterations on a local
 * environment, in the shape of Flink's own examples. The program is written against Apache Flink 1.17
 * in {@code benchmarks/flink-runner}; the Eddy runner in the benchmarks module is the same file after
 * {@code port-from-flink.sed} and renaming the class.
 *
 * <ul>
 *   <li>{@code pagerank}: exactly {@code --iterations} supersteps of a bulk iteration (no termination
 *       criterion) over the ranks of all {@code --vertices} vertices, starting at 1/n each. Every
 *       superstep a vertex sends rank / out-degree along each out-link and its new rank is
 *       (1 - d) / n + d * (what it received), d = 0.85. The rank of a vertex without out-links (a
 *       dangling vertex) goes nowhere: it leaks out of the graph, as in Flink's PageRank example, so the
 *       ranks sum to less than one. Every vertex keeps a rank, also one that receives nothing (it sends
 *       itself a zero share). Written as {@code vertex rank}.</li>
 *   <li>{@code components}: connected components of the undirected graph (every edge in both
 *       directions) as a delta iteration, Flink's ConnectedComponents example: the workset holds the
 *       vertices whose component changed, they send it to their neighbours, each vertex keeps the
 *       smallest it receives if it is smaller than its own; until the workset is empty (at most
 *       {@code --max-iterations} supersteps). A component is named by its smallest vertex. Written as
 *       {@code vertex component}.</li>
 *   <li>{@code kmeans}: {@code --iterations} supersteps of k-means as a bulk iteration with the centroids
 *       as a broadcast set, Flink's KMeans example with tuples: each point goes to its nearest centroid
 *       (Euclidean distance, the first in broadcast order on a tie), each centroid moves to the mean of
 *       its points; a centroid without points drops out. Written as {@code id x y}.</li>
 * </ul>
 *
 * <p>Usage: {@code --job pagerank|components|kmeans --input <dir> --output <path> [--vertices <n>]
 * [--iterations 10] [--max-iterations 1000] [--parallelism 2]}. The graph jobs read
 * {@code <dir>/edges.txt} ({@code source target} lines; vertices are 0 .. n-1); k-means reads
 * {@code <dir>/points.txt} ({@code x y}) and {@code <dir>/centers.txt} ({@code id x y}). Prints
 * {@code job-ms <milliseconds>} for the job itself, measured around {@code execute()}.
 */
public class EddyIterationJobs {

    static final double DAMPENING = 0.85;

    public static void main(String[] args) throws Exception {
        run(ParameterTool.fromArgs(args));
    }

    /** Defines and executes the job {@code --job}, prints its time and returns its result. */
    static JobExecutionResult run(ParameterTool params) throws Exception {
        // Both engines get the same managed memory: a quarter of the heap, Eddy's default. Flink's local
        // default (64 MB per slot) cannot hold the solution set of 2^20 vertices ("Memory ran out").
        Configuration conf = new Configuration();
        conf.setString("taskmanager.memory.managed.size", (Runtime.getRuntime().maxMemory() / 4 >> 20) + "m");
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(params.getInt("parallelism", 2));
        String input = params.getRequired("input");
        String output = params.getRequired("output");
        long started = System.nanoTime();
        switch (params.getRequired("job")) {
            case "pagerank":
                pageRank(env, input, output, params.getLong("vertices"), params.getInt("iterations", 10));
                break;
            case "components":
                connectedComponents(env, input, output, params.getLong("vertices"), params.getInt("max-iterations", 1000));
                break;
            case "kmeans":
                kMeans(env, input, output, params.getInt("iterations", 10));
                break;
            default:
                throw new IllegalArgumentException("unknown job " + params.get("job"));
        }
        JobExecutionResult result = env.execute(params.get("job") + " benchmark");
        System.out.println("job-ms " + (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    static DataSet<Tuple2<Long, Long>> edges(ExecutionEnvironment env, String input) {
        return env.readCsvFile(input + "/edges.txt")
                .fieldDelimiter(" ")
                .types(Long.class, Long.class);
    }

    /** Defines PageRank (see the class comment); the caller executes it. */
    static void pageRank(ExecutionEnvironment env, String input, String output, long vertices, int iterations) {
        DataSet<Tuple2<Long, Double>> initialRanks = env.generateSequence(0, vertices - 1)
                .map(new InitialRank(1.0 / vertices));
        // loop-invariant: built once, outside the loop; one entry per vertex, dangling ones too
        DataSet<Tuple2<Long, long[]>> adjacency = initialRanks
                .coGroup(edges(env, input)).where(0).equalTo(0)
                .with(new OutLinks());

        IterativeDataSet<Tuple2<Long, Double>> iteration = initialRanks.iterate(iterations);
        DataSet<Tuple2<Long, Double>> newRanks = iteration
                .join(adjacency).where(0).equalTo(0)
                .with(new SendRank())
                .groupBy(0).aggregate(Aggregations.SUM, 1)
                .map(new Dampen(DAMPENING, vertices));
        iteration.closeWith(newRanks)
                .writeAsCsv(output, "\n", " ", WriteMode.OVERWRITE);
    }

    /** Defines connected components (see the class comment); the caller executes it. */
    static void connectedComponents(ExecutionEnvironment env, String input, String output, long vertices,
                                    int maxIterations) {
        DataSet<Tuple2<Long, Long>> edges = edges(env, input).flatMap(new Undirect());
        DataSet<Tuple2<Long, Long>> initialComponents = env.generateSequence(0, vertices - 1)
                .map(new OwnComponent());

        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration =
                initialComponents.iterateDelta(initialComponents, maxIterations, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset()
                .join(edges).where(0).equalTo(0)
                .with(new NeighborWithComponent())
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new SmallerComponent());
        iteration.closeWith(changes, changes)
                .writeAsCsv(output, "\n", " ", WriteMode.OVERWRITE);
    }

    /** Defines k-means (see the class comment); the caller executes it. */
    static void kMeans(ExecutionEnvironment env, String input, String output, int iterations) {
        DataSet<Tuple2<Double, Double>> points = env.readCsvFile(input + "/points.txt")
                .fieldDelimiter(" ")
                .types(Double.class, Double.class);
        DataSet<Tuple3<Integer, Double, Double>> centroids = env.readCsvFile(input + "/centers.txt")
                .fieldDelimiter(" ")
                .types(Integer.class, Double.class, Double.class);

        IterativeDataSet<Tuple3<Integer, Double, Double>> loop = centroids.iterate(iterations);
        DataSet<Tuple3<Integer, Double, Double>> newCentroids = points
                .map(new SelectNearestCenter()).withBroadcastSet(loop, "centroids")
                .map(new CountAppender())
                .groupBy(0).reduce(new CentroidAccumulator())
                .map(new CentroidAverager());
        loop.closeWith(newCentroids)
                .writeAsCsv(output, "\n", " ", WriteMode.OVERWRITE);
    }

    /** A vertex with its initial rank. */
    public static final class InitialRank implements MapFunction<Long, Tuple2<Long, Double>> {
        private final double rank;

        public InitialRank(double rank) {
            this.rank = rank;
        }

        @Override
        public Tuple2<Long, Double> map(Long vertex) {
            return new Tuple2<>(vertex, rank);
        }
    }

    /** A vertex's out-link targets, empty for a dangling vertex. */
    public static final class OutLinks
            implements CoGroupFunction<Tuple2<Long, Double>, Tuple2<Long, Long>, Tuple2<Long, long[]>> {

        @Override
        public void coGroup(Iterable<Tuple2<Long, Double>> vertex, Iterable<Tuple2<Long, Long>> links,
                            Collector<Tuple2<Long, long[]>> out) {
            for (Tuple2<Long, Double> v : vertex) {
                long[] targets = new long[8];
                int count = 0;
                for (Tuple2<Long, Long> link : links) {
                    if (count == targets.length) {
                        targets = Arrays.copyOf(targets, count * 2);
                    }
                    targets[count++] = link.f1;
                }
                out.collect(new Tuple2<>(v.f0, Arrays.copyOf(targets, count)));
            }
        }
    }

    /** Splits a vertex's rank evenly over its out-links, and sends itself nothing so that it keeps a rank. */
    public static final class SendRank
            implements FlatJoinFunction<Tuple2<Long, Double>, Tuple2<Long, long[]>, Tuple2<Long, Double>> {

        @Override
        public void join(Tuple2<Long, Double> rank, Tuple2<Long, long[]> links, Collector<Tuple2<Long, Double>> out) {
            out.collect(new Tuple2<>(rank.f0, 0.0));
            long[] targets = links.f1;
            if (targets.length > 0) {
                double share = rank.f1 / targets.length;
                for (long target : targets) {
                    out.collect(new Tuple2<>(target, share));
                }
            }
        }
    }

    /** {@code rank = (1 - d) / n + d * received}. */
    @ForwardedFields("0")
    public static final class Dampen implements MapFunction<Tuple2<Long, Double>, Tuple2<Long, Double>> {
        private final double dampening;
        private final double randomJump;

        public Dampen(double dampening, long vertices) {
            this.dampening = dampening;
            this.randomJump = (1 - dampening) / vertices;
        }

        @Override
        public Tuple2<Long, Double> map(Tuple2<Long, Double> received) {
            return new Tuple2<>(received.f0, received.f1 * dampening + randomJump);
        }
    }

    /** Both directions of an edge. */
    public static final class Undirect implements FlatMapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {

        @Override
        public void flatMap(Tuple2<Long, Long> edge, Collector<Tuple2<Long, Long>> out) {
            out.collect(edge);
            out.collect(new Tuple2<>(edge.f1, edge.f0));
        }
    }

    /** A vertex in its own component. */
    public static final class OwnComponent implements MapFunction<Long, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> map(Long vertex) {
            return new Tuple2<>(vertex, vertex);
        }
    }

    /** {@code (vertex, component)} and an edge {@code (vertex, neighbour)} give {@code (neighbour, component)}. */
    public static final class NeighborWithComponent
            implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertexWithComponent, Tuple2<Long, Long> edge) {
            return new Tuple2<>(edge.f1, vertexWithComponent.f1);
        }
    }

    /** Keeps a candidate component if it is smaller than the vertex's current one. */
    @ForwardedFieldsFirst("*")
    public static final class SmallerComponent
            implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {

        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    /** {@code (x, y)} to {@code (id of the nearest centroid, x, y)}. */
    public static final class SelectNearestCenter
            extends RichMapFunction<Tuple2<Double, Double>, Tuple3<Integer, Double, Double>> {

        private List<Tuple3<Integer, Double, Double>> centroids;

        @Override
        public void open(Configuration parameters) {
            centroids = new ArrayList<>(getRuntimeContext().<Tuple3<Integer, Double, Double>>getBroadcastVariable("centroids"));
        }

        @Override
        public Tuple3<Integer, Double, Double> map(Tuple2<Double, Double> point) {
            double minDistance = Double.MAX_VALUE;
            int closest = -1;
            for (Tuple3<Integer, Double, Double> centroid : centroids) {
                double dx = point.f0 - centroid.f1;
                double dy = point.f1 - centroid.f2;
                double distance = Math.sqrt(dx * dx + dy * dy);
                if (distance < minDistance) {
                    minDistance = distance;
                    closest = centroid.f0;
                }
            }
            return new Tuple3<>(closest, point.f0, point.f1);
        }
    }

    /** Appends a count of one to a point. */
    @ForwardedFields("f0;f1;f2")
    public static final class CountAppender
            implements MapFunction<Tuple3<Integer, Double, Double>, Tuple4<Integer, Double, Double, Long>> {

        @Override
        public Tuple4<Integer, Double, Double, Long> map(Tuple3<Integer, Double, Double> point) {
            return new Tuple4<>(point.f0, point.f1, point.f2, 1L);
        }
    }

    /** Sums the coordinates and counts of one centroid's points. */
    @ForwardedFields("0")
    public static final class CentroidAccumulator implements ReduceFunction<Tuple4<Integer, Double, Double, Long>> {

        @Override
        public Tuple4<Integer, Double, Double, Long> reduce(Tuple4<Integer, Double, Double, Long> a,
                                                            Tuple4<Integer, Double, Double, Long> b) {
            return new Tuple4<>(a.f0, a.f1 + b.f1, a.f2 + b.f2, a.f3 + b.f3);
        }
    }

    /** The mean of one centroid's points. */
    @ForwardedFields("0")
    public static final class CentroidAverager
            implements MapFunction<Tuple4<Integer, Double, Double, Long>, Tuple3<Integer, Double, Double>> {

        @Override
        public Tuple3<Integer, Double, Double> map(Tuple4<Integer, Double, Double, Long> sums) {
            return new Tuple3<>(sums.f0, sums.f1 / sums.f3, sums.f2 / sums.f3);
        }
    }
}
