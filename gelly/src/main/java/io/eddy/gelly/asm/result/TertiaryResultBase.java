package io.eddy.gelly.asm.result;

/**
 * A {@link TertiaryResult} holding its vertex ids in fields, so that subclasses are POJOs.
 *
 * @param <K> the vertex id type
 */
public abstract class TertiaryResultBase<K> extends ResultBase implements TertiaryResult<K> {

    private K vertexId0;

    private K vertexId1;

    private K vertexId2;

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

    @Override
    public K getVertexId2() {
        return vertexId2;
    }

    @Override
    public void setVertexId2(K vertexId2) {
        this.vertexId2 = vertexId2;
    }
}
