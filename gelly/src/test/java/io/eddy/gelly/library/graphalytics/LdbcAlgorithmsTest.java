package io.eddy.gelly.library.graphalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six algorithms on two six-vertex graphs with results worked out by hand. Vertex 6 is only in
 * the vertex file: isolated, it must still appear in every result.
 *
 * <pre>
 * directed:   1->2 (1.0)  1->3 (4.0)  2->3 (2.0)  3->1 (1.0)  3->4 (0.5)  5->4 (1.0)
 * undirected: 1-2 (1.0)   1-3 (4.0)   2-3 (2.0)   3-4 (0.5)   4-5 (1.0)
 * </pre>
 */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LdbcAlgorithmsTest {

    private static final long MAX = Long.MAX_VALUE;
    private static final double INF = Double.POSITIVE_INFINITY;

    @TempDir
    Path dir;

    private Graph<Long, NullValue, Double> graph(boolean directed) throws Exception {
        Path vertices = dir.resolve("g.v");
        Path edges = dir.resolve("g.e");
        Files.writeString(vertices, "1\n2\n3\n4\n5\n6");
        Files.writeString(edges, directed
                ? "1 2 1.0\n1 3 4.0\n2 3 2.0\n3 1 1.0\n3 4 0.5\n5 4 1.0\n"
                : "1 2 1.0\n1 3 4.0\n2 3 2.0\n3 4 0.5\n4 5 1.0");
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        return GraphalyticsIO.readEvlp(env, vertices.toString(), edges.toString(), true);
    }

    private static <T> Map<Long, T> collect(DataSet<Tuple2<Long, T>> result) throws Exception {
        Map<Long, T> values = new TreeMap<>();
        for (Tuple2<Long, T> pair : result.collect()) {
            assertEquals(null, values.put(pair.f0, pair.f1), "vertex " + pair.f0 + " appears twice");
        }
        return values;
    }

    private static void assertValues(Map<Long, Double> expected, Map<Long, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<Long, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), 1e-12, "vertex " + e.getKey() + " in " + actual);
        }
    }

    @Test
    void bfsFollowsDirectionAndMarksTheUnreachable() throws Exception {
        assertEquals(Map.of(1L, 0L, 2L, 1L, 3L, 1L, 4L, 2L, 5L, MAX, 6L, MAX),
                collect(graph(true).run(new BreadthFirstSearch<>(1L, true))));
        assertEquals(Map.of(1L, 0L, 2L, 1L, 3L, 1L, 4L, 2L, 5L, 3L, 6L, MAX),
                collect(graph(false).run(new BreadthFirstSearch<>(1L, false))));
    }

    @Test
    void bfsFromAVertexOutsideTheGraphReachesNothing() throws Exception {
        Map<Long, Long> depths = collect(graph(true).run(new BreadthFirstSearch<>(42L, true)));
        assertEquals(6, depths.size());
        depths.values().forEach(depth -> assertEquals(MAX, depth));
    }

    @Test
    void ssspAddsWeightsAlongTheShortestPath() throws Exception {
        assertValues(Map.of(1L, 0.0, 2L, 1.0, 3L, 3.0, 4L, 3.5, 5L, INF, 6L, INF),
                collect(graph(true).run(new SingleSourceShortestPaths<>(1L, true))));
        assertValues(Map.of(1L, 0.0, 2L, 1.0, 3L, 3.0, 4L, 3.5, 5L, 4.5, 6L, INF),
                collect(graph(false).run(new SingleSourceShortestPaths<>(1L, false))));
    }

    @Test
    void wccIgnoresDirectionAndLabelsBySmallestId() throws Exception {
        Map<Long, Long> expected = Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L, 5L, 1L, 6L, 6L);
        assertEquals(expected, collect(graph(true).run(new WeaklyConnectedComponents<>(true))));
        assertEquals(expected, collect(graph(false).run(new WeaklyConnectedComponents<>(false))));
    }

    @Test
    void cdlpCountsInAndOutNeighboursSeparatelyAndBreaksTiesLow() throws Exception {
        // iteration 1: 1 hears 2,3 (out) and 3 (in): 3 twice; 2 hears 3 and 1: tie, 1; 3 hears 1,4,1,2: 1;
        // 4 hears 3,5: tie, 3; 5 hears 4; 6 hears nothing
        assertEquals(Map.of(1L, 3L, 2L, 1L, 3L, 1L, 4L, 3L, 5L, 4L, 6L, 6L),
                collect(graph(true).run(new CommunityDetectionLabelPropagation<>(1, true))));
        // iteration 2, from those: 1 hears 1,1,1; 2 hears 1,3; 3 hears 3,3,3,1; 4 hears 1,4; 5 hears 3
        assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 3L, 4L, 1L, 5L, 3L, 6L, 6L),
                collect(graph(true).run(new CommunityDetectionLabelPropagation<>(2, true))));
        assertEquals(Map.of(1L, 2L, 2L, 1L, 3L, 1L, 4L, 3L, 5L, 4L, 6L, 6L),
                collect(graph(false).run(new CommunityDetectionLabelPropagation<>(1, false))));
        assertEquals(Map.of(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L, 6L, 6L),
                collect(graph(false).run(new CommunityDetectionLabelPropagation<>(0, false))));
    }

    @Test
    void lccRespectsDirectionAmongNeighboursOnly() throws Exception {
        // 1: N={2,3}, only 2->3: 1/2; 2: N={1,3}, 1->3 and 3->1: 2/2; 3: N={1,2,4}, only 1->2: 1/6
        assertValues(Map.of(1L, 0.5, 2L, 1.0, 3L, 1.0 / 6, 4L, 0.0, 5L, 0.0, 6L, 0.0),
                collect(graph(true).run(new LocalClusteringCoefficient<>(true))));
        assertValues(Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0 / 3, 4L, 0.0, 5L, 0.0, 6L, 0.0),
                collect(graph(false).run(new LocalClusteringCoefficient<>(false))));
    }

    @Test
    void pageRankRedistributesTheSinksRank() throws Exception {
        double d = 0.85;
        double n = 6;
        // directed: sinks 4 and 6 hold 2/6; out-degrees 1:2, 2:1, 3:2, 5:1
        double base = (1 - d) / n + d * (2 / n) / n;
        assertValues(Map.of(1L, base + d / 12, 2L, base + d / 12, 3L, base + d / 4, 4L, base + d / 4,
                        5L, base, 6L, base),
                collect(graph(true).run(new PageRank<>(d, 1, true))));
        // undirected: the only sink is 6; degrees 1:2, 2:2, 3:3, 4:2, 5:1
        base = (1 - d) / n + d * (1 / n) / n;
        assertValues(Map.of(1L, base + d * 5 / 36, 2L, base + d * 5 / 36, 3L, base + d / 4, 4L, base + d * 2 / 9,
                        5L, base + d / 12, 6L, base),
                collect(graph(false).run(new PageRank<>(d, 1, false))));
        assertValues(Map.of(1L, 1 / n, 2L, 1 / n, 3L, 1 / n, 4L, 1 / n, 5L, 1 / n, 6L, 1 / n),
                collect(graph(true).run(new PageRank<>(d, 0, true))));
    }

    @Test
    void pageRankKeepsTheTotalAtOneOverManyIterations() throws Exception {
        double total = 0;
        for (double rank : collect(graph(true).run(new PageRank<>(0.85, 7, true))).values()) {
            total += rank;
        }
        assertEquals(1.0, total, 1e-12);
    }
}
