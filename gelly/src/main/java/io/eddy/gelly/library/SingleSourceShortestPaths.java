package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.spargel.GatherFunction;
import io.eddy.gelly.spargel.MessageIterator;
import io.eddy.gelly.spargel.ScatterFunction;

/**
 * Single-source shortest paths by scatter-gather (Bellman-Ford on changed vertices): distances
 * start at 0 for the source and infinity elsewhere; a vertex whose distance fell offers its
 * distance plus the edge weight to its out-neighbours, who keep the smallest offer. Weights are the
 * edge values; unreachable vertices keep {@code Infinity}.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type (replaced by the distance)
 */
public class SingleSourceShortestPaths<K, VV> implements GraphAlgorithm<K, VV, Double, DataSet<Vertex<K, Double>>> {

    private final K srcVertexId;

    private final Integer maxIterations;

    public SingleSourceShortestPaths(K srcVertexId, Integer maxIterations) {
        this.srcVertexId = srcVertexId;
        this.maxIterations = maxIterations;
    }

    @Override
    public DataSet<Vertex<K, Double>> run(Graph<K, VV, Double> input) {
        return input.mapVertices(new LibraryFunctions.InitialDistance<K, VV>(srcVertexId))
                .runScatterGatherIteration(new MinDistanceMessenger<K>(), new VertexDistanceUpdater<K>(), maxIterations)
                .getVertices();
    }

    /** Offers the vertex's distance plus the edge's weight to each out-neighbour. */
    public static final class MinDistanceMessenger<K> extends ScatterFunction<K, Double, Double, Double> {
        @Override
        public void sendMessages(Vertex<K, Double> vertex) {
            if (vertex.getValue() < Double.POSITIVE_INFINITY) {
                for (Edge<K, Double> edge : getEdges()) {
                    sendMessageTo(edge.getTarget(), vertex.getValue() + edge.getValue());
                }
            }
        }
    }

    /** Keeps the smallest offer if it beats the vertex's distance. */
    public static final class VertexDistanceUpdater<K> extends GatherFunction<K, Double, Double> {
        @Override
        public void updateVertex(Vertex<K, Double> vertex, MessageIterator<Double> messages) {
            double smallest = Double.POSITIVE_INFINITY;
            for (double offer : messages) {
                smallest = Math.min(smallest, offer);
            }
            if (smallest < vertex.getValue()) {
                setNewVertexValue(smallest);
            }
        }
    }
}
