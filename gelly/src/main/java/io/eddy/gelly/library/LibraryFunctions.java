package io.eddy.gelly.library;

import io.eddy.api.functions.MapFunction;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;

/** Small pieces the library's iterative algorithms share. */
final class LibraryFunctions {

    private LibraryFunctions() {
    }

    /** The graph with {@link NullValue} edge values, for algorithms that ignore them. */
    static <K, VV, EV> Graph<K, VV, NullValue> withoutEdgeValues(Graph<K, VV, EV> graph) {
        return graph.mapEdges(new ToNullValue<K, EV>());
    }

    /** The smallest of {@code current} and the candidates; {@code current} itself when none is smaller. */
    static <V extends Comparable<V>> V min(V current, Iterable<V> candidates) {
        V smallest = current;
        for (V candidate : candidates) {
            if (candidate.compareTo(smallest) < 0) {
                smallest = candidate;
            }
        }
        return smallest;
    }

    /** Every vertex's distance from the source: 0 for the source, infinity for the rest. */
    static final class InitialDistance<K, VV> implements MapFunction<Vertex<K, VV>, Double> {

        private final K source;

        InitialDistance(K source) {
            this.source = source;
        }

        @Override
        public Double map(Vertex<K, VV> vertex) {
            return vertex.f0.equals(source) ? 0.0 : Double.POSITIVE_INFINITY;
        }
    }

    private static final class ToNullValue<K, EV> implements MapFunction<Edge<K, EV>, NullValue> {
        @Override
        public NullValue map(Edge<K, EV> edge) {
            return NullValue.getInstance();
        }
    }
}
