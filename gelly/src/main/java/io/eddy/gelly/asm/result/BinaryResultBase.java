package io.eddy.gelly.asm.result;

/**
 * A {@link BinaryResult} holding its vertex ids in fields, so that subclasses are POJOs.
 *
 * @param <K> the vertex id type
 */
public abstract class BinaryResultBase<K> extends ResultBase implements BinaryResult<K> {

    private K vertexId0;

    private K vertexId1;

    @Override
    public K getVertexId0() {
        return vertexId0;
    }

    @Override
    public void setVertexId0(K vertexId0) {
        this.vertexId0 = vertexId0;
    }

    @Override
    public K getVertexId1() {
        return vertexId1;
    }

    @Override
    public void setVertexId1(K vertexId1) {
        this.vertexId1 = vertexId1;
    }
}
