package io.eddy.gelly;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Visits a vertex and its edges (see
 * {@link Graph#groupReduceOnEdges(EdgesFunctionWithVertexValue, EdgeDirection)}); a vertex without
 * edges in the chosen direction is visited with no edges.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <T> the output type
 */
public interface EdgesFunctionWithVertexValue<K, VV, EV, T> extends Function, Serializable {

    void iterateEdges(Vertex<K, VV> vertex, Iterable<Edge<K, EV>> edges, Collector<T> out) throws Exception;
}
