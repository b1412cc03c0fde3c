package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.Graph;

/**
 * The edges as the algorithms traverse them: {@code (source, target)} pairs of primitive-valued
 * longs, without the edge values, so the loops join over small records. Built once, outside every
 * loop: they are loop-invariant.
 */
final class Arcs {

    private Arcs() {}

    /** The edges to follow: as given in a directed graph, both ways in an undirected one. */
    static DataSet<Tuple2<Long, Long>> traversed(Graph<Long, ?, ?> graph, boolean directed) {
        return directed ? graph.getEdgeIds() : bothWays(graph);
    }

    /**
     * Every edge in both directions, as a multiset: a directed pair joined both ways appears twice
     * per direction, which is what CDLP's separate in- and out-neighbour counts need, and what
     * direction-blind WCC can take.
     */
    static DataSet<Tuple2<Long, Long>> bothWays(Graph<Long, ?, ?> graph) {
        return graph.getEdgeIds().flatMap(new BothWays()).name("Edges both ways");
    }

    /** {@code (a, b)} becomes {@code (a, b)} and {@code (b, a)}. */
    static final class BothWays implements FlatMapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Tuple2<Long, Long> edge, Collector<Tuple2<Long, Long>> out) {
            out.collect(edge);
            out.collect(new Tuple2<>(edge.f1, edge.f0));
        }
    }
}
