package io.eddy.gelly.asm.result;

/**
 * A result about three vertices, such as a triangle.
 *
 * @param <K> the vertex id type
 */
public interface TertiaryResult<K> {

    K getVertexId0();

    void setVertexId0(K vertexId0);

    K getVertexId1();

    void setVertexId1(K vertexId1);

    K getVertexId2();

    void setVertexId2(K vertexId2);
}
