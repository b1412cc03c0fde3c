package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/**
 * LDBC Graphalytics SSSP: the smallest sum of edge weights over paths from the source, following
 * edge direction in a directed graph and either way in an undirected one. Weights are the edge
 * values (non-negative doubles, possibly zero). The source gets 0.0 and unreachable vertices
 * {@link Double#POSITIVE_INFINITY} (written {@code Infinity}).
 *
 * <p>A delta iteration in the Bellman-Ford manner ({@link MinPropagation}): the vertices whose
 * distance dropped in the last superstep offer distance + weight to their neighbours, who keep the
 * shortest offer if it beats their distance. It ends when no distance drops, which happens because
 * weights are non-negative.
 *
 * @param <VV> the vertex value type (ignored)
 */
public class SingleSourceShortestPaths<VV> implements GraphAlgorithm<Long, VV, Double, DataSet<Tuple2<Long, Double>>> {

    private final long source;
    private final boolean directed;

    public SingleSourceShortestPaths(long source, boolean directed) {
        this.source = source;
        this.directed = directed;
    }

    @Override
    public DataSet<Tuple2<Long, Double>> run(Graph<Long, VV, Double> graph) {
        DataSet<Tuple3<Long, Long, Double>> arcs = graph.getEdges().flatMap(new WeightedArcs(directed)).name("SSSP: arcs");
        DataSet<Tuple2<Long, Double>> initial = graph.getVertexIds().map(new InitialDistance(source))
                .name("SSSP: initial distances");
        DataSet<Tuple2<Long, Double>> sourceOnly = initial.filter(new MinPropagation.HasValue<>(0.0)).name("SSSP: source");
        return MinPropagation.run(initial, sourceOnly, arcs, new Relax(), "SSSP");
    }

    /** {@code (source, target, weight)}, and in an undirected graph also {@code (target, source, weight)}. */
    static final class WeightedArcs implements FlatMapFunction<Edge<Long, Double>, Tuple3<Long, Long, Double>> {
        private static final long serialVersionUID = 1L;
        private final boolean directed;

        WeightedArcs(boolean directed) {
            this.directed = directed;
        }

        @Override
        public void flatMap(Edge<Long, Double> edge, Collector<Tuple3<Long, Long, Double>> out) {
            out.collect(new Tuple3<>(edge.f0, edge.f1, edge.f2));
            if (!directed) {
                out.collect(new Tuple3<>(edge.f1, edge.f0, edge.f2));
            }
        }
    }

    /** 0.0 for the source, infinity for everyone else. */
    static final class InitialDistance implements MapFunction<Long, Tuple2<Long, Double>> {
        private static final long serialVersionUID = 1L;
        private final long source;

        InitialDistance(long source) {
            this.source = source;
        }

        @Override
        public Tuple2<Long, Double> map(Long vertex) {
            return new Tuple2<>(vertex, vertex == source ? 0.0 : Double.POSITIVE_INFINITY);
        }
    }

    /** {@code (vertex, distance)} and an arc {@code (vertex, neighbour, weight)} give {@code (neighbour, distance + weight)}. */
    static final class Relax implements JoinFunction<Tuple2<Long, Double>, Tuple3<Long, Long, Double>, Tuple2<Long, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Double> join(Tuple2<Long, Double> vertex, Tuple3<Long, Long, Double> arc) {
            return new Tuple2<>(arc.f1, vertex.f1 + arc.f2);
        }
    }
}
