package io.eddy.gelly.library.linkanalysis;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.LibraryTestGraphs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PageRank on hand-made graphs and against JGraphT's PageRank on a random graph with sinks. */
class PageRankTest {

    private static Map<Long, Double> scores(List<PageRank.Result<LongValue>> results) {
        Map<Long, Double> scores = new TreeMap<>();
        for (PageRank.Result<LongValue> r : results) {
            scores.put(r.getVertexId0().getValue(), r.getPageRankScore().getValue());
        }
        return scores;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void handMadeGraphs(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        // a cycle: every vertex keeps 1/3
        Map<Long, Double> cycle = scores(LibraryTestGraphs.directed(env, new long[][] {{0, 1}, {1, 2}, {2, 0}})
                .run(new PageRank<LongValue, NullValue, NullValue>(0.85, 5)).collect());
        cycle.values().forEach(score -> assertEquals(1 / 3.0, score, 1e-12));
        // a path 0 -> 1 -> 2 with the sink 2: one iteration by hand from 1/3 each
        // base = 0.15/3 + 0.85 * (1/3) / 3; 0 gets base, 1 and 2 get base + 0.85/3
        Map<Long, Double> path = scores(LibraryTestGraphs.directed(env, new long[][] {{0, 1}, {1, 2}})
                .run(new PageRank<LongValue, NullValue, NullValue>(0.85, 1)).collect());
        double base = 0.05 + 0.85 / 9;
        assertEquals(base, path.get(0L), 1e-12);
        assertEquals(base + 0.85 / 3, path.get(1L), 1e-12);
        assertEquals(base + 0.85 / 3, path.get(2L), 1e-12);
        double total = scores(LibraryTestGraphs.directed(env, new long[][] {{0, 1}, {1, 2}})
                .run(new PageRank<LongValue, NullValue, NullValue>(0.85, 1e-9)).collect()).values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, total, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void agreesWithJGraphT(int parallelism) throws Exception {
        long[][] edges = LibraryTestGraphs.randomEdges(31, 400, 3000);
        DefaultDirectedGraph<Long, DefaultEdge> reference = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (long[] e : edges) {
            reference.addVertex(e[0]);
            reference.addVertex(e[1]);
            reference.addEdge(e[0], e[1]);
        }
        Map<Long, Double> expected = new org.jgrapht.alg.scoring.PageRank<>(reference, 0.85, 200, 1e-12).getScores();
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.directed(env, edges);
        Map<Long, Double> actual = scores(graph.run(new PageRank<LongValue, NullValue, NullValue>(0.85, 200, 1e-10)).collect());
        assertEquals(expected.size(), actual.size());
        expected.forEach((vertex, score) -> assertEquals(score, actual.get(vertex), 1e-7, "vertex " + vertex));
    }
}
