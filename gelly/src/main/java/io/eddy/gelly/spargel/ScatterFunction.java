package io.eddy.gelly.spargel;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.IterationRuntimeContext;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.Edge;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.Vertex;
import java.util.Iterator;

/**
 * The scatter half of a {@link ScatterGatherIteration}: called once per superstep for every vertex
 * that changed in the previous one (every vertex in the first), it sends messages to neighbours or
 * to any vertex by id. Edges and messages are valid only during the call.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <Message> the message type
 * @param <EV> the edge value type
 */
public abstract class ScatterFunction<K, VV, Message, EV> extends VertexFunction {

    private static final long serialVersionUID = 1L;

    private EdgeDirection direction = EdgeDirection.OUT;

    private transient Iterator<Edge<K, EV>> edges;

    private transient boolean toTarget;

    private transient boolean edgesUsed;

    private transient Collector<Tuple2<K, Message>> out;

    private transient Tuple2<K, Message> outValue;

    /** Sends this vertex's messages, with {@link #sendMessageTo} or {@link #sendMessageToAllNeighbors}. */
    public abstract void sendMessages(Vertex<K, VV> vertex) throws Exception;

    /**
     * The vertex's edges in the iteration's direction; each call of {@link #sendMessages} may read
     * them, or call {@link #sendMessageToAllNeighbors}, once.
     */
    public Iterable<Edge<K, EV>> getEdges() {
        useEdges();
        return () -> edges;
    }

    /** Sends the message along every edge in the iteration's direction. */
    public void sendMessageToAllNeighbors(Message m) {
        useEdges();
        while (edges.hasNext()) {
            Edge<K, EV> edge = edges.next();
            outValue.f0 = toTarget ? edge.f1 : edge.f0;
            outValue.f1 = m;
            out.collect(outValue);
        }
    }

    /** Sends the message to the vertex {@code target}, which need not be a neighbour. */
    public void sendMessageTo(K target, Message m) {
        outValue.f0 = target;
        outValue.f1 = m;
        out.collect(outValue);
    }

    public void setDirection(EdgeDirection direction) {
        this.direction = direction;
    }

    public EdgeDirection getDirection() {
        return direction;
    }

    // ---------------------------------------------------------------- called by the iteration

    @Override
    void init(IterationRuntimeContext context, long numberOfVertices) {
        super.init(context, numberOfVertices);
        this.outValue = new Tuple2<>();
    }

    void set(Iterator<Edge<K, EV>> edges, boolean toTarget, Collector<Tuple2<K, Message>> out, long inDegree,
            long outDegree) {
        this.edges = edges;
        this.toTarget = toTarget;
        this.out = out;
        this.edgesUsed = false;
        setDegrees(inDegree, outDegree);
    }

    private void useEdges() {
        if (edgesUsed) {
            throw new IllegalStateException("Can use either 'getEdges()' or 'sendMessageToAllNeighbors()' "
                    + "exactly once per call of sendMessages");
        }
        edgesUsed = true;
    }
}
