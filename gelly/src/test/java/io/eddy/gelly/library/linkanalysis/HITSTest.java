package io.eddy.gelly.library.linkanalysis;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.library.LibraryTestGraphs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HITS on a hand-made graph and against a plain power iteration on a random graph. */
class HITSTest {

    private static Map<Long, double[]> scores(List<HITS.Result<LongValue>> results) {
        Map<Long, double[]> scores = new HashMap<>();
        for (HITS.Result<LongValue> r : results) {
            scores.put(r.getVertexId0().getValue(), new double[] {r.getHubScore().getValue(), r.getAuthorityScore().getValue()});
        }
        return scores;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void starIsOneHubWithEqualAuthorities(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Map<Long, double[]> scores = scores(LibraryTestGraphs.directed(env, new long[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}})
                .run(new HITS<LongValue, NullValue, NullValue>(3)).collect());
        assertEquals(1.0, scores.get(0L)[0], 1e-12);
        assertEquals(0.0, scores.get(0L)[1], 1e-12);
        for (long leaf = 1; leaf <= 4; leaf++) {
            assertEquals(0.0, scores.get(leaf)[0], 1e-12);
            assertEquals(0.5, scores.get(leaf)[1], 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void agreesWithPowerIteration(int parallelism) throws Exception {
        long[][] edges = LibraryTestGraphs.randomEdges(41, 300, 2000);
        TreeSet<Long> vertices = new TreeSet<>();
        for (long[] e : edges) {
            vertices.add(e[0]);
            vertices.add(e[1]);
        }
        Map<Long, Double> hub = new HashMap<>();
        Map<Long, Double> authority = new HashMap<>();
        vertices.forEach(v -> hub.put(v, 1.0));
        for (int iteration = 0; iteration < 1000; iteration++) {
            Map<Long, Double> nextAuthority = new HashMap<>();
            vertices.forEach(v -> nextAuthority.put(v, 0.0));
            for (long[] e : edges) {
                nextAuthority.merge(e[1], hub.get(e[0]), Double::sum);
            }
            normalize(nextAuthority);
            Map<Long, Double> nextHub = new HashMap<>();
            vertices.forEach(v -> nextHub.put(v, 0.0));
            for (long[] e : edges) {
                nextHub.merge(e[0], nextAuthority.get(e[1]), Double::sum);
            }
            normalize(nextHub);
            hub.putAll(nextHub);
            authority.putAll(nextAuthority);
        }
        ExecutionEnvironment env = env(parallelism);
        Map<Long, double[]> actual = scores(LibraryTestGraphs.directed(env, edges)
                .run(new HITS<LongValue, NullValue, NullValue>(1000, 1e-12)).collect());
        assertEquals(vertices.size(), actual.size());
        for (long v : vertices) {
            assertEquals(hub.get(v), actual.get(v)[0], 1e-6, "hub of " + v);
            assertEquals(authority.get(v), actual.get(v)[1], 1e-6, "authority of " + v);
        }
    }

    private static void normalize(Map<Long, Double> scores) {
        double norm = Math.sqrt(scores.values().stream().mapToDouble(s -> s * s).sum());
        scores.replaceAll((v, s) -> s / norm);
    }
}
