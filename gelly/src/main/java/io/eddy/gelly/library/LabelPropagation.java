package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.spargel.GatherFunction;
import io.eddy.gelly.spargel.MessageIterator;
import io.eddy.gelly.spargel.ScatterFunction;
import io.eddy.gelly.spargel.ScatterGatherConfiguration;
import java.util.HashMap;
import java.util.Map;

/**
 * Community detection by label propagation (Raghavan et al.), as Gelly runs it: every vertex
 * starts with its value as its label; in each superstep vertices whose label changed send it to all
 * neighbours (both directions), and a vertex adopts the label most frequent among those it
 * received, the highest label winning ties against the current one. It stops when no label changes
 * or after {@code maxIterations}; the result is the vertices with their labels.
 *
 * @param <K> the vertex id type
 * @param <VV> the label type
 * @param <EV> the edge value type (ignored)
 */
public class LabelPropagation<K, VV extends Comparable<VV>, EV>
        implements GraphAlgorithm<K, VV, EV, DataSet<Vertex<K, VV>>> {

    private final int maxIterations;

    public LabelPropagation(int maxIterations) {
        this.maxIterations = maxIterations;
    }

    @Override
    public DataSet<Vertex<K, VV>> run(Graph<K, VV, EV> input) {
        ScatterGatherConfiguration parameters = new ScatterGatherConfiguration();
        parameters.setDirection(EdgeDirection.ALL);
        parameters.setName("Label propagation");
        return input.runScatterGatherIteration(new SendNewLabelToNeighbors<K, VV, EV>(),
                new UpdateVertexLabel<K, VV>(), maxIterations, parameters).getVertices();
    }

    /** Sends the vertex's label to every neighbour. */
    public static final class SendNewLabelToNeighbors<K, VV extends Comparable<VV>, EV>
            extends ScatterFunction<K, VV, VV, EV> {
        @Override
        public void sendMessages(Vertex<K, VV> vertex) {
            sendMessageToAllNeighbors(vertex.getValue());
        }
    }

    /**
     * Adopts the most frequent label received. A label seen once competes with the current label
     * on value alone, as in Gelly: frequencies start from one, and on equal frequency the higher
     * label wins.
     */
    public static final class UpdateVertexLabel<K, VV extends Comparable<VV>> extends GatherFunction<K, VV, VV> {
        @Override
        public void updateVertex(Vertex<K, VV> vertex, MessageIterator<VV> messages) {
            Map<VV, Long> frequencies = new HashMap<>();
            for (VV label : messages) {
                frequencies.merge(label, 1L, Long::sum);
            }
            long bestFrequency = 1;
            VV best = vertex.getValue();
            for (Map.Entry<VV, Long> entry : frequencies.entrySet()) {
                long frequency = entry.getValue();
                if (frequency > bestFrequency
                        || (frequency == bestFrequency && entry.getKey().compareTo(best) > 0)) {
                    bestFrequency = frequency;
                    best = entry.getKey();
                }
            }
            if (!best.equals(vertex.getValue())) {
                setNewVertexValue(best);
            }
        }
    }
}
