package io.eddy.gelly.asm.result;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;

/**
 * A result about a pair of vertices, such as a similarity score.
 *
 * @param <K> the vertex id type
 */
public interface BinaryResult<K> {

    K getVertexId0();

    void setVertexId0(K vertexId0);

    K getVertexId1();

    void setVertexId1(K vertexId1);

    /** Exchanges the two vertex ids; a symmetric score stays the same. */
    default void swapVertices() {
        K first = getVertexId0();
        setVertexId0(getVertexId1());
        setVertexId1(first);
    }

    /**
     * Emits each result as it is and again with its vertices swapped, so that a symmetric result
     * computed once per unordered pair can be looked up from either vertex.
     *
     * @param <T> the vertex id type
     * @param <RT> the result type
     */
    final class MirrorResult<T, RT extends BinaryResult<T>> implements FlatMapFunction<RT, RT> {
        @Override
        public void flatMap(RT value, Collector<RT> out) throws Exception {
            out.collect(value);
            value.swapVertices();
            out.collect(value);
        }
    }
}
