package io.eddy.gelly.asm.result;

/**
 * A {@link UnaryResult} holding its vertex id in a field, so that subclasses are POJOs.
 *
 * @param <K> the vertex id type
 */
public abstract class UnaryResultBase<K> extends ResultBase implements UnaryResult<K> {

    private K vertexId0;

    @Override
    public K getVertexId0() {
        return vertexId0;
    }

    @Override
    public void setVertexId0(K vertexId0) {
        this.vertexId0 = vertexId0;
    }
}
