package io.eddy.gelly;

import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Computes an edge's new value from its current value and the matching value of a joined DataSet
 * (see {@link Graph#joinWithEdges} and its OnSource / OnTarget variants).
 *
 * @param <EV> the edge value type
 * @param <T> the type of the joined value
 */
public interface EdgeJoinFunction<EV, T> extends Function, Serializable {

    EV edgeJoin(EV edgeValue, T inputValue) throws Exception;
}
