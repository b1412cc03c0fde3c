package io.eddy.gelly;

import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Computes a vertex's new value from its current value and the matching value of a joined DataSet
 * (see {@link Graph#joinWithVertices}).
 *
 * @param <VV> the vertex value type
 * @param <T> the type of the joined value
 */
public interface VertexJoinFunction<VV, T> extends Function, Serializable {

    VV vertexJoin(VV vertexValue, T inputValue) throws Exception;
}
