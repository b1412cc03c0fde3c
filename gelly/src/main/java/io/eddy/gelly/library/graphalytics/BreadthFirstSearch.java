package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/**
 * LDBC Graphalytics BFS: the number of edges on a shortest path from the source, following edge
 * direction in a directed graph and either way in an undirected one. The source gets 0; a vertex the
 * source cannot reach gets {@link #UNREACHABLE} ({@code Long.MAX_VALUE}, as the benchmark writes it).
 * Runs as a delta iteration ({@link MinPropagation}) whose workset is the current frontier, so it ends
 * after as many supersteps as the source's eccentricity.
 *
 * @param <VV> the vertex value type (ignored)
 * @param <EV> the edge value type (ignored)
 */
public class BreadthFirstSearch<VV, EV> implements GraphAlgorithm<Long, VV, EV, DataSet<Tuple2<Long, Long>>> {

    /** The depth of a vertex the source cannot reach. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private final long source;
    private final boolean directed;

    public BreadthFirstSearch(long source, boolean directed) {
        this.source = source;
        this.directed = directed;
    }

    @Override
    public DataSet<Tuple2<Long, Long>> run(Graph<Long, VV, EV> graph) {
        DataSet<Tuple2<Long, Long>> initial = graph.getVertexIds().map(new InitialDepth(source)).name("BFS: initial depths");
        DataSet<Tuple2<Long, Long>> frontier = initial.filter(new MinPropagation.HasValue<>(0L)).name("BFS: source");
        return MinPropagation.run(initial, frontier, Arcs.traversed(graph, directed), new Step(1L), "BFS");
    }

    /**
     * {@code (vertex, value)} and an arc {@code (vertex, neighbour)} offer {@code (neighbour, value + step)}:
     * the next depth for BFS (step 1), the same label for WCC (step 0).
     */
    static final class Step implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long step;

        Step(long step) {
            this.step = step;
        }

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> arc) {
            return new Tuple2<>(arc.f1, vertex.f1 + step);
        }
    }

    /** 0 for the source, unreachable for everyone else. */
    static final class InitialDepth implements MapFunction<Long, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long source;

        InitialDepth(long source) {
            this.source = source;
        }

        @Override
        public Tuple2<Long, Long> map(Long vertex) {
            return new Tuple2<>(vertex, vertex == source ? 0L : UNREACHABLE);
        }
    }
}
