package io.eddy.examples.graph;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsSecond;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;

/**
 * Connected components of an undirected graph as a delta iteration: every vertex starts in its own
 * component, named by its id, and takes the smallest component id among its neighbours until no
 * vertex changes. The solution set holds {@code (vertex, component)}; the workset holds the vertices
 * whose component changed in the last superstep, the only ones with news for their neighbours. So
 * the delta and the next workset are the same data set, and each superstep touches only the
 * frontier of change instead of the whole graph. The edges are loop-invariant.
 *
 * <p>Usage: {@code ConnectedComponents --vertices <file> --edges <file> [--iterations 10]
 * [--output <path>]}. Vertices are one id per line; edges are {@code a b} per line and undirected.
 * Without input the program labels a generated graph ({@link ConnectedComponentsData}), whose
 * components converge within the default 10 supersteps. The loop ends when no vertex changed or
 * after {@code --iterations} supersteps: a component whose diameter exceeds that keeps, per vertex,
 * the smallest id within that many hops. Output lines are {@code vertex component}.
 */
public class ConnectedComponents {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        int maxIterations = params.getInt("iterations", 10);

        DataSet<Long> vertices;
        DataSet<Tuple2<Long, Long>> edges;
        if (params.has("vertices") && params.has("edges")) {
            vertices = env.readCsvFile(params.get("vertices")).types(Long.class)
                    .map(new MapFunction<Tuple1<Long>, Long>() {
                        @Override
                        public Long map(Tuple1<Long> value) {
                            return value.f0;
                        }
                    });
            edges = env.readCsvFile(params.get("edges")).fieldDelimiter(" ").types(Long.class, Long.class);
        } else {
            vertices = env.fromCollection(ConnectedComponentsData.vertices(ConnectedComponentsData.DEFAULT_VERTICES));
            edges = env.fromCollection(ConnectedComponentsData.edges(ConnectedComponentsData.DEFAULT_VERTICES, 42));
        }
        DataSet<Tuple2<Long, Long>> undirectedEdges = edges.flatMap(new UndirectEdge());

        DataSet<Tuple2<Long, Long>> verticesWithOwnId = vertices.map(new OwnComponent());
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration =
                verticesWithOwnId.iterateDelta(verticesWithOwnId, maxIterations, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset()
                .join(undirectedEdges).where(0).equalTo(0).with(new SendComponentToNeighbor())
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0).with(new SmallerComponent());
        DataSet<Tuple2<Long, Long>> components = iteration.closeWith(changes, changes);

        if (params.has("output")) {
            components.writeAsCsv(params.get("output"), "\n", " ", WriteMode.OVERWRITE);
            env.execute("Connected components");
        } else {
            components.print();
        }
    }

    /** A vertex in its own component: {@code (vertex, vertex)}. */
    public static final class OwnComponent implements MapFunction<Long, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> map(Long vertex) {
            return new Tuple2<>(vertex, vertex);
        }
    }

    /** Each edge in both directions. */
    public static final class UndirectEdge implements FlatMapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void flatMap(Tuple2<Long, Long> edge, Collector<Tuple2<Long, Long>> out) {
            out.collect(edge);
            out.collect(new Tuple2<>(edge.f1, edge.f0));
        }
    }

    /** {@code (vertex, component)} joined with an edge {@code (vertex, neighbor)} gives {@code (neighbor, component)}. */
    @ForwardedFieldsFirst("f1->f1")
    @ForwardedFieldsSecond("f1->f0")
    public static final class SendComponentToNeighbor
            implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertexWithComponent, Tuple2<Long, Long> edge) {
            return new Tuple2<>(edge.f1, vertexWithComponent.f1);
        }
    }

    /** Emits the smallest candidate a vertex received only if it beats the vertex's current component. */
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
}
