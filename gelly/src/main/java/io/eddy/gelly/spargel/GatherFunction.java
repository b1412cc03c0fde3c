package io.eddy.gelly.spargel;

import io.eddy.gelly.Vertex;
import java.util.function.Consumer;

/**
 * The gather half of a {@link ScatterGatherIteration}: called once per superstep for every vertex
 * that received messages, it may set the vertex's new value; only vertices whose value was set
 * scatter in the next superstep.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <Message> the message type
 */
public abstract class GatherFunction<K, VV, Message> extends VertexFunction {

    private static final long serialVersionUID = 1L;

    private transient Consumer<VV> newValues;

    private transient boolean setNewVertexValueCalled;

    /** Reads the vertex's messages and calls {@link #setNewVertexValue} if its value changes. */
    public abstract void updateVertex(Vertex<K, VV> vertex, MessageIterator<Message> inMessages) throws Exception;

    /** Sets the vertex's new value; at most once per {@link #updateVertex}. */
    public final void setNewVertexValue(VV newValue) {
        if (setNewVertexValueCalled) {
            throw new IllegalStateException("setNewVertexValue should only be called at most once per updateVertex");
        }
        setNewVertexValueCalled = true;
        newValues.accept(newValue);
    }

    // ---------------------------------------------------------------- called by the iteration

    void set(Consumer<VV> newValues, long inDegree, long outDegree) {
        this.newValues = newValues;
        this.setNewVertexValueCalled = false;
        setDegrees(inDegree, outDegree);
    }
}
