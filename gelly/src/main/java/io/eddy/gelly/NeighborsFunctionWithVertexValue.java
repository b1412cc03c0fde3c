package io.eddy.gelly;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.api.tuple.Tuple2;
import java.io.Serializable;

/**
 * Visits a vertex and its neighbors, each as (edge, vertex at its other end); see
 * {@link Graph#groupReduceOnNeighbors(NeighborsFunctionWithVertexValue, EdgeDirection)}. A vertex
 * without neighbors in the chosen direction is visited with none.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <O> the output type
 */
public interface NeighborsFunctionWithVertexValue<K, VV, EV, O> extends Function, Serializable {

    void iterateNeighbors(Vertex<K, VV> vertex, Iterable<Tuple2<Edge<K, EV>, Vertex<K, VV>>> neighbors, Collector<O> out)
            throws Exception;
}
