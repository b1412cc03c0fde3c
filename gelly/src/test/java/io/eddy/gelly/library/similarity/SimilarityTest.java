package io.eddy.gelly.library.similarity;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.LibraryTestGraphs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jaccard index and Adamic-Adar on a hand-made graph and against direct set computations on a random one. */
class SimilarityTest {

    static final long[][] EDGES = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {3, 4}};

    private static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void jaccardOnHandMadeGraph(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, EDGES);
        Map<String, String> scores = new TreeMap<>();
        for (JaccardIndex.Result<LongValue> r : graph.run(new JaccardIndex<LongValue, NullValue, NullValue>()).collect()) {
            scores.put(key(r.getVertexId0().getValue(), r.getVertexId1().getValue()),
                    r.getSharedNeighborCount() + "/" + r.getDistinctNeighborCount());
        }
        assertEquals(new TreeMap<>(Map.of("1-2", "1/3", "1-3", "1/3", "2-3", "1/3", "0-2", "1/4", "0-1", "1/4", "0-4", "1/3")),
                scores);
        assertEquals(12, graph.run(new JaccardIndex<LongValue, NullValue, NullValue>().setMirrorResults(true)).count());
        assertEquals(4, graph.run(new JaccardIndex<LongValue, NullValue, NullValue>().setMinimumScore(1, 3)).count());
        assertEquals(2, graph.run(new JaccardIndex<LongValue, NullValue, NullValue>().setMaximumScore(1, 4)).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void adamicAdarOnHandMadeGraph(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, EDGES);
        Map<String, Float> scores = new TreeMap<>();
        for (AdamicAdar.Result<LongValue> r : graph.run(new AdamicAdar<LongValue, NullValue, NullValue>()).collect()) {
            scores.put(key(r.getVertexId0().getValue(), r.getVertexId1().getValue()), r.getAdamicAdarScore().getValue());
        }
        float viaVertex0 = (float) (1 / Math.log(3));
        float viaDegreeTwo = (float) (1 / Math.log(2));
        assertEquals(new TreeMap<>(Map.of("1-2", viaVertex0, "1-3", viaVertex0, "2-3", viaVertex0, "0-2", viaDegreeTwo,
                "0-1", viaDegreeTwo, "0-4", viaDegreeTwo)), scores);
        assertEquals(3, graph.run(new AdamicAdar<LongValue, NullValue, NullValue>().setMinimumScore(1.0f)).count());
        // the average over all neighbour pairs is (3/ln 3 + 3/ln 2) / 6, between the two scores
        assertEquals(3, graph.run(new AdamicAdar<LongValue, NullValue, NullValue>().setMinimumRatio(1.0f)).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void agreeWithSetComputationsOnRandomGraph(int parallelism) throws Exception {
        long[][] edges = LibraryTestGraphs.randomUndirectedEdges(21, 200, 1500);
        Map<Long, Set<Long>> neighbours = new HashMap<>();
        for (long[] e : edges) {
            neighbours.computeIfAbsent(e[0], k -> new HashSet<>()).add(e[1]);
            neighbours.computeIfAbsent(e[1], k -> new HashSet<>()).add(e[0]);
        }
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Double> adamicAdar = new HashMap<>();
        for (Map.Entry<Long, Set<Long>> vertex : neighbours.entrySet()) {
            List<Long> list = List.copyOf(vertex.getValue());
            double weight = 1 / Math.log(list.size());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    shared.merge(key(list.get(i), list.get(j)), 1, Integer::sum);
                    adamicAdar.merge(key(list.get(i), list.get(j)), weight, Double::sum);
                }
            }
        }
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, edges);
        // a small group size, so that hubs are split into many groups
        List<JaccardIndex.Result<LongValue>> jaccard = graph.run(new JaccardIndex<LongValue, NullValue, NullValue>().setGroupSize(3))
                .collect();
        assertEquals(shared.size(), jaccard.stream().map(r -> key(r.getVertexId0().getValue(), r.getVertexId1().getValue()))
                .collect(Collectors.toSet()).size());
        assertEquals(shared.size(), jaccard.size());
        for (JaccardIndex.Result<LongValue> r : jaccard) {
            long a = r.getVertexId0().getValue();
            long b = r.getVertexId1().getValue();
            int expectedShared = shared.get(key(a, b));
            assertEquals(expectedShared, r.getSharedNeighborCount().getValue());
            assertEquals(neighbours.get(a).size() + neighbours.get(b).size() - expectedShared,
                    r.getDistinctNeighborCount().getValue());
        }
        List<AdamicAdar.Result<LongValue>> scores = graph.run(new AdamicAdar<LongValue, NullValue, NullValue>()).collect();
        assertEquals(adamicAdar.size(), scores.size());
        for (AdamicAdar.Result<LongValue> r : scores) {
            double expected = adamicAdar.get(key(r.getVertexId0().getValue(), r.getVertexId1().getValue()));
            assertTrue(Math.abs(expected - r.getAdamicAdarScore().getValue()) < 1e-4 * Math.max(1, expected),
                    r + " expected " + expected);
        }
    }
}
