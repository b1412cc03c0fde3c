package io.eddy.gelly;

import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Combines two edge values of the same vertex into one (see {@link Graph#reduceOnEdges}); must be
 * associative and commutative, as edges arrive in no particular order.
 *
 * @param <EV> the edge value type
 */
public interface ReduceEdgesFunction<EV> extends Function, Serializable {

    EV reduceEdges(EV firstEdgeValue, EV secondEdgeValue);
}
