package io.eddy.gelly;

import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Combines the values of two neighbors of the same vertex into one (see
 * {@link Graph#reduceOnNeighbors}); must be associative and commutative, as neighbors arrive in no
 * particular order.
 *
 * @param <VV> the vertex value type
 */
public interface ReduceNeighborsFunction<VV> extends Function, Serializable {

    VV reduceNeighbors(VV firstNeighborValue, VV secondNeighborValue);
}
