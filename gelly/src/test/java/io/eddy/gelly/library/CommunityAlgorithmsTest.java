package io.eddy.gelly.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.RandomGraphs;
import io.eddy.gelly.Vertex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LabelPropagation and CommunityDetection on hand-worked graphs and against a plain-Java simulation. */
class CommunityAlgorithmsTest {

    private static List<Edge<Long, NullValue>> twoDirectedTriangles() {
        List<Edge<Long, NullValue>> edges = new ArrayList<>();
        long[][] pairs = {{1, 2}, {2, 3}, {3, 1}, {4, 5}, {5, 6}, {6, 4}};
        for (long[] p : pairs) {
            edges.add(new Edge<>(p[0], p[1], NullValue.getInstance()));
        }
        return edges;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void labelPropagationOnTwoTriangles(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        Graph<Long, Long, NullValue> graph = Graph.fromCollection(twoDirectedTriangles(), id -> id, env);
        // superstep 1: 1 hears {2, 3}, 2 hears {1, 3}: both take 3, the higher of equally frequent labels; 3 keeps 3
        Map<Long, Long> labels = RandomGraphs.asMap(graph.run(new LabelPropagation<Long, Long, NullValue>(10)).collect());
        assertEquals(Map.of(1L, 3L, 2L, 3L, 3L, 3L, 4L, 6L, 5L, 6L, 6L, 6L), labels);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void labelPropagationMatchesSimulationOnRandomGraph(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        int n = 200;
        List<Edge<Long, Double>> edges = RandomGraphs.edges(n, 500, 99L);
        Map<Long, Long> actual = RandomGraphs.asMap(RandomGraphs.weighted(env, n, 500, 99L)
                .run(new LabelPropagation<Long, Long, Double>(7)).collect());
        assertEquals(simulateLabelPropagation(n, edges, 7), actual);
    }

    /** Synchronous label propagation as Gelly defines it: changed vertices send to all neighbours. */
    private static Map<Long, Long> simulateLabelPropagation(int n, List<Edge<Long, Double>> edges, int iterations) {
        Map<Long, Long> labels = new HashMap<>();
        Set<Long> changed = new HashSet<>();
        for (long v = 0; v < n; v++) {
            labels.put(v, v);
            changed.add(v);
        }
        for (int i = 0; i < iterations && !changed.isEmpty(); i++) {
            Map<Long, List<Long>> inbox = new HashMap<>();
            for (Edge<Long, Double> e : edges) {
                if (changed.contains(e.f0)) {
                    inbox.computeIfAbsent(e.f1, k -> new ArrayList<>()).add(labels.get(e.f0));
                }
                if (changed.contains(e.f1)) {
                    inbox.computeIfAbsent(e.f0, k -> new ArrayList<>()).add(labels.get(e.f1));
                }
            }
            Map<Long, Long> updates = new HashMap<>();
            inbox.forEach((v, received) -> {
                Map<Long, Integer> counts = new HashMap<>();
                received.forEach(l -> counts.merge(l, 1, Integer::sum));
                long best = labels.get(v);
                int bestCount = 1;
                for (Map.Entry<Long, Integer> c : counts.entrySet()) {
                    if (c.getValue() > bestCount || (c.getValue() == bestCount && c.getKey() > best)) {
                        best = c.getKey();
                        bestCount = c.getValue();
                    }
                }
                if (best != labels.get(v)) {
                    updates.put(v, best);
                }
            });
            labels.putAll(updates);
            changed = updates.keySet();
        }
        return labels;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void communityDetectionOnTwoTriangles(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Edge<Long, Double>> edges = new ArrayList<>();
        for (Edge<Long, NullValue> e : twoDirectedTriangles()) {
            edges.add(new Edge<>(e.f0, e.f1, 1.0));
        }
        List<Vertex<Long, Long>> vertices = new ArrayList<>();
        for (long v = 1; v <= 6; v++) {
            vertices.add(new Vertex<>(v, v));
        }
        // superstep 1: 1 takes 2 (smallest of equal sums), 2 and 3 take 1; superstep 2: 1 takes 1 too
        Map<Long, Long> labels = RandomGraphs.asMap(Graph.fromCollection(vertices, edges, env)
                .run(new CommunityDetection<Long>(5, 0.5)).getVertices().collect());
        assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 4L, 5L, 4L, 6L, 4L), labels);
    }
}
