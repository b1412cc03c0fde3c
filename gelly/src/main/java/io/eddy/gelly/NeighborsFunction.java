package io.eddy.gelly;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.api.tuple.Tuple3;
import java.io.Serializable;

/**
 * Visits the neighbors of one vertex (see {@link Graph#groupReduceOnNeighbors(NeighborsFunction, EdgeDirection)}):
 * each element is (id of the visited vertex, the edge, the vertex at its other end).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <O> the output type
 */
public interface NeighborsFunction<K, VV, EV, O> extends Function, Serializable {

    void iterateNeighbors(Iterable<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> neighbors, Collector<O> out) throws Exception;
}
