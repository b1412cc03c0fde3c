package io.eddy.gelly.asm.result;

/**
 * A result about one vertex.
 *
 * @param <K> the vertex id type
 */
public interface UnaryResult<K> {

    K getVertexId0();

    void setVertexId0(K vertexId0);
}
