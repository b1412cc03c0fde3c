package io.eddy.gelly;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.api.tuple.Tuple2;
import java.io.Serializable;

/**
 * Visits the edges of one vertex (see {@link Graph#groupReduceOnEdges(EdgesFunction, EdgeDirection)}).
 * Each element pairs the id of the vertex being visited with one of its edges.
 *
 * @param <K> the vertex id type
 * @param <EV> the edge value type
 * @param <O> the output type
 */
public interface EdgesFunction<K, EV, O> extends Function, Serializable {

    void iterateEdges(Iterable<Tuple2<K, Edge<K, EV>>> edges, Collector<O> out) throws Exception;
}
