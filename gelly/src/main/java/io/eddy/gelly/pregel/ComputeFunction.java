package io.eddy.gelly.pregel;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.IterationRuntimeContext;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.Either;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.Value;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Vertex;
import java.io.Serializable;
import java.util.Collection;
import java.util.Iterator;

/**
 * The function of a {@link VertexCentricIteration}: called once per superstep for every vertex that
 * received messages (every vertex in the first superstep), it reads them, may set the vertex's new
 * value and sends messages along its out-edges or to any vertex by id.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <Message> the message type
 */
public abstract class ComputeFunction<K, VV, EV, Message> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient IterationRuntimeContext runtimeContext;

    private transient Iterator<Edge<K, EV>> edges;

    private transient boolean edgesUsed;

    private transient boolean setNewVertexValueCalled;

    private transient K vertexId;

    private transient Collector<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> out;

    /** Reads the vertex's messages, may set its value, and sends messages. */
    public abstract void compute(Vertex<K, VV> vertex, MessageIterator<Message> messages) throws Exception;

    /** Called at the start of every superstep, before the first {@link #compute}. */
    public void preSuperstep() throws Exception {
    }

    /** Called at the end of every superstep, after the last {@link #compute}. */
    public void postSuperstep() throws Exception {
    }

    /**
     * The vertex's out-edges; each call of {@link #compute} may read them, or call
     * {@link #sendMessageToAllNeighbors}, once.
     */
    public final Iterable<Edge<K, EV>> getEdges() {
        useEdges();
        return () -> edges;
    }

    /** Sends the message along every out-edge. */
    public final void sendMessageToAllNeighbors(Message m) {
        useEdges();
        while (edges.hasNext()) {
            sendMessageTo(edges.next().f1, m);
        }
    }

    /** Sends the message to the vertex {@code target}, which need not be a neighbour. */
    public final void sendMessageTo(K target, Message m) {
        out.collect(Either.Right(new Tuple2<>(target, Either.Right(m))));
    }

    /** Sets the vertex's new value; at most once per {@link #compute}. */
    public final void setNewVertexValue(VV newValue) {
        if (setNewVertexValueCalled) {
            throw new IllegalStateException("setNewVertexValue should only be called at most once per compute");
        }
        setNewVertexValueCalled = true;
        out.collect(Either.Left(new Vertex<>(vertexId, newValue)));
    }

    /** The superstep, counted from 1. */
    public int getSuperstepNumber() {
        return runtimeContext.getSuperstepNumber();
    }

    public <T extends Aggregator<?>> T getIterationAggregator(String name) {
        return runtimeContext.getIterationAggregator(name);
    }

    public <T extends Value> T getPreviousIterationAggregate(String name) {
        return runtimeContext.getPreviousIterationAggregate(name);
    }

    public <T> Collection<T> getBroadcastSet(String name) {
        return runtimeContext.getBroadcastVariable(name);
    }

    // ---------------------------------------------------------------- called by the iteration

    void init(IterationRuntimeContext context) {
        this.runtimeContext = context;
    }

    void set(K vertexId, Iterator<Edge<K, EV>> edges,
            Collector<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> out) {
        this.vertexId = vertexId;
        this.edges = edges;
        this.out = out;
        this.edgesUsed = false;
        this.setNewVertexValueCalled = false;
    }

    private void useEdges() {
        if (edgesUsed) {
            throw new IllegalStateException("Can use either 'getEdges()' or 'sendMessageToAllNeighbors()' "
                    + "exactly once per call of compute");
        }
        edgesUsed = true;
    }
}
