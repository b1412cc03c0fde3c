package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.spargel.GatherFunction;
import io.eddy.gelly.spargel.MessageIterator;
import io.eddy.gelly.spargel.ScatterFunction;
import java.util.Map;
import java.util.TreeMap;

/**
 * Community detection with hop attenuation and node preference (Leung et al., "Towards real-time
 * community detection in large networks"), as Gelly runs it on an undirected, weighted graph.
 * Each vertex carries a label (its initial {@code Long} value) and a score (1.0 at first); it
 * sends both, the score scaled by the edge weight, to its neighbours, and adopts the label with the
 * highest summed score among those received (the smallest such label on ties), with that label's
 * highest single score, lowered by {@code delta / superstep} when the label is new to it. Runs
 * {@code maxIterations} supersteps; the result is the graph with each vertex's final label.
 *
 * @param <K> the vertex id type
 */
public class CommunityDetection<K> implements GraphAlgorithm<K, Long, Double, Graph<K, Long, Double>> {

    private final int maxIterations;

    private final double delta;

    public CommunityDetection(int maxIterations, double delta) {
        this.maxIterations = maxIterations;
        this.delta = delta;
    }

    @Override
    public Graph<K, Long, Double> run(Graph<K, Long, Double> graph) {
        DataSet<Vertex<K, Tuple2<Long, Double>>> scored = graph.getVertices().map(new AddScore<K>());
        Graph<K, Tuple2<Long, Double>, Double> undirected =
                Graph.fromDataSet(scored, graph.getEdges(), graph.getContext()).getUndirected();
        return undirected.runScatterGatherIteration(new LabelMessenger<K>(), new VertexLabelUpdater<K>(delta),
                maxIterations).mapVertices(new RemoveScore<K>());
    }

    /** Sends the vertex's label and its score scaled by the edge weight along every edge. */
    public static final class LabelMessenger<K>
            extends ScatterFunction<K, Tuple2<Long, Double>, Tuple2<Long, Double>, Double> {
        @Override
        public void sendMessages(Vertex<K, Tuple2<Long, Double>> vertex) {
            for (Edge<K, Double> edge : getEdges()) {
                sendMessageTo(edge.getTarget(),
                        new Tuple2<>(vertex.getValue().f0, vertex.getValue().f1 * edge.getValue()));
            }
        }
    }

    /** Adopts the label with the highest summed score, rescored as the class description says. */
    public static final class VertexLabelUpdater<K> extends GatherFunction<K, Tuple2<Long, Double>, Tuple2<Long, Double>> {

        private final double delta;

        public VertexLabelUpdater(double delta) {
            this.delta = delta;
        }

        @Override
        public void updateVertex(Vertex<K, Tuple2<Long, Double>> vertex,
                MessageIterator<Tuple2<Long, Double>> messages) {
            // sorted by label, so that the smallest of equally scored labels wins
            Map<Long, Double> summedScores = new TreeMap<>();
            Map<Long, Double> highestScores = new TreeMap<>();
            for (Tuple2<Long, Double> message : messages) {
                summedScores.merge(message.f0, message.f1, Double::sum);
                highestScores.merge(message.f0, message.f1, Math::max);
            }
            if (summedScores.isEmpty()) {
                return;
            }
            double bestSum = -Double.MAX_VALUE;
            long bestLabel = vertex.getValue().f0;
            for (Map.Entry<Long, Double> entry : summedScores.entrySet()) {
                if (entry.getValue() > bestSum) {
                    bestSum = entry.getValue();
                    bestLabel = entry.getKey();
                }
            }
            double score = highestScores.get(bestLabel);
            if (bestLabel != vertex.getValue().f0) {
                score -= delta / getSuperstepNumber();
            }
            setNewVertexValue(new Tuple2<>(bestLabel, score));
        }
    }

    private static final class AddScore<K> implements MapFunction<Vertex<K, Long>, Vertex<K, Tuple2<Long, Double>>> {
        @Override
        public Vertex<K, Tuple2<Long, Double>> map(Vertex<K, Long> vertex) {
            return new Vertex<>(vertex.getId(), new Tuple2<>(vertex.getValue(), 1.0));
        }
    }

    private static final class RemoveScore<K> implements MapFunction<Vertex<K, Tuple2<Long, Double>>, Long> {
        @Override
        public Long map(Vertex<K, Tuple2<Long, Double>> vertex) {
            return vertex.getValue().f0;
        }
    }
}
