package io.eddy.examples.graph;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsSecond;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;
import java.util.HashSet;
import java.util.Set;

/**
 * The transitive closure of a directed graph as a bulk iteration, the naive way (Flink's
 * TransitiveClosureNaive): the partial solution is the set of known paths {@code (a, b)}; every
 * superstep extends each path by one edge and adds the results, so after {@code k} supersteps it
 * holds every pair connected by a walk of at most {@code k + 1} edges. The termination criterion is
 * the set of paths the superstep found that were not known before: the loop ends on the first
 * superstep that finds none, or after {@code --iterations} supersteps.
 *
 * <p>Usage: {@code TransitiveClosure --edges <file> [--iterations 10] [--output <path>]}. Edges are
 * {@code a b} per line, directed from {@code a} to {@code b}. Without input the program closes a
 * generated graph ({@link TransitiveClosureData}) that needs fewer than 10 supersteps. Output lines
 * are {@code a b}: {@code b} is reachable from {@code a}.
 */
public class TransitiveClosure {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        int maxIterations = params.getInt("iterations", 10);

        // The loop starts from one read of the edges and extends paths with another. Flink's example
        // reads them once for both, but Eddy cannot yet run a join inside a loop whose two inputs come
        // from one producer outside it (its optimizer makes the in-loop side a blocking exchange,
        // which loops cannot pass between supersteps); two sources avoid the shared producer.
        IterativeDataSet<Tuple2<Long, Long>> paths = edges(env, params).iterate(maxIterations);
        DataSet<Tuple2<Long, Long>> edges = edges(env, params);
        DataSet<Tuple2<Long, Long>> nextPaths = paths
                .join(edges).where(1).equalTo(0).with(new ExtendPath())
                .union(paths)
                .groupBy(0, 1).reduceGroup(new OnePerPath());
        DataSet<Tuple2<Long, Long>> newPaths = paths
                .coGroup(nextPaths).where(0).equalTo(0).with(new PathsNotKnownBefore());
        DataSet<Tuple2<Long, Long>> closure = paths.closeWith(nextPaths, newPaths);

        if (params.has("output")) {
            closure.writeAsCsv(params.get("output"), "\n", " ", WriteMode.OVERWRITE);
            env.execute("Transitive closure");
        } else {
            closure.print();
        }
    }

    /** The edges file, or the generated graph. */
    private static DataSet<Tuple2<Long, Long>> edges(ExecutionEnvironment env, ParameterTool params) {
        if (params.has("edges")) {
            return env.readCsvFile(params.get("edges")).fieldDelimiter(" ").types(Long.class, Long.class);
        }
        return env.fromCollection(TransitiveClosureData.edges(TransitiveClosureData.DEFAULT_VERTICES,
                TransitiveClosureData.DEFAULT_EDGES, 42));
    }

    /** A path {@code (a, b)} followed by an edge {@code (b, c)} is a path {@code (a, c)}. */
    @ForwardedFieldsFirst("0")
    @ForwardedFieldsSecond("1")
    public static final class ExtendPath implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> path, Tuple2<Long, Long> edge) {
            return new Tuple2<>(path.f0, edge.f1);
        }
    }

    /** Keeps one copy of each path. */
    @ForwardedFields("0;1")
    public static final class OnePerPath implements GroupReduceFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, Long>> copies, Collector<Tuple2<Long, Long>> out) {
            out.collect(copies.iterator().next());
        }
    }

    /** Per source vertex: the paths of this superstep whose target was not reachable before it. */
    @ForwardedFieldsFirst("0")
    @ForwardedFieldsSecond("0")
    public static final class PathsNotKnownBefore
            implements CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> known, Iterable<Tuple2<Long, Long>> next,
                            Collector<Tuple2<Long, Long>> out) {
            Set<Long> knownTargets = new HashSet<>();
            for (Tuple2<Long, Long> path : known) {
                knownTargets.add(path.f1);
            }
            for (Tuple2<Long, Long> path : next) {
                if (!knownTargets.contains(path.f1)) {
                    out.collect(path);
                }
            }
        }
    }
}
