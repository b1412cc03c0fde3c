package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.spargel.GatherFunction;
import io.eddy.gelly.spargel.MessageIterator;
import io.eddy.gelly.spargel.ScatterFunction;

/**
 * Weakly connected components by scatter-gather: every vertex starts with its own value as its
 * component label (ids, usually, set by the caller) and takes the smallest label among its
 * neighbours, edge direction ignored, until no label changes or {@code maxIterations} supersteps
 * have run. The result is the vertices with their component label.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type, the label
 * @param <EV> the edge value type (ignored)
 */
public class ConnectedComponents<K, VV extends Comparable<VV>, EV>
        implements GraphAlgorithm<K, VV, EV, DataSet<Vertex<K, VV>>> {

    private final Integer maxIterations;

    public ConnectedComponents(Integer maxIterations) {
        this.maxIterations = maxIterations;
    }

    @Override
    public DataSet<Vertex<K, VV>> run(Graph<K, VV, EV> graph) throws Exception {
        Graph<K, VV, NullValue> undirected = LibraryFunctions.withoutEdgeValues(graph).getUndirected();
        return undirected.runScatterGatherIteration(new SendLabel<K, VV>(), new TakeSmallerLabel<K, VV>(),
                maxIterations).getVertices();
    }

    /** Sends the vertex's label to all its neighbours. */
    public static final class SendLabel<K, VV extends Comparable<VV>> extends ScatterFunction<K, VV, VV, NullValue> {
        @Override
        public void sendMessages(Vertex<K, VV> vertex) {
            sendMessageToAllNeighbors(vertex.getValue());
        }
    }

    /** Takes the smallest label received if it is smaller than the vertex's own. */
    public static final class TakeSmallerLabel<K, VV extends Comparable<VV>> extends GatherFunction<K, VV, VV> {
        @Override
        public void updateVertex(Vertex<K, VV> vertex, MessageIterator<VV> messages) {
            VV smallest = LibraryFunctions.min(vertex.getValue(), messages);
            if (smallest != vertex.getValue()) {
                setNewVertexValue(smallest);
            }
        }
    }
}
