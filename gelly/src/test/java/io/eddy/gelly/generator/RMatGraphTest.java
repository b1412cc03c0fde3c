package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorTestSupport.edgePairs;
import static io.eddy.gelly.generator.GeneratorTestSupport.env;
import static io.eddy.gelly.generator.GeneratorTestSupport.vertexIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.generator.random.BlockInfo;
import io.eddy.gelly.generator.random.JDKRandomGeneratorFactory;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RMatGraph: exact edge count, ids in range, vertices are the endpoints, and one graph per seed at any parallelism. */
class RMatGraphTest {

    private static Graph<LongValue, NullValue, NullValue> rmat(int parallelism, long seed, long vertices, long edges) {
        return new RMatGraph<>(env(parallelism), new JDKRandomGeneratorFactory(seed), vertices, edges).generate();
    }

    private static void assertWellFormed(Graph<LongValue, NullValue, NullValue> graph, long vertexCount, long edgeCount)
            throws Exception {
        List<String> edges = edgePairs(graph);
        assertEquals(edgeCount, edges.size());
        TreeSet<Long> endpoints = new TreeSet<>();
        for (String edge : edges) {
            String[] ids = edge.split("-");
            endpoints.add(Long.parseLong(ids[0]));
            endpoints.add(Long.parseLong(ids[1]));
        }
        assertTrue(endpoints.first() >= 0 && endpoints.last() < vertexCount, "ids out of range: " + endpoints);
        assertEquals(List.copyOf(endpoints), vertexIds(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void edgesAreExactlyCountedAndInRange(int parallelism) throws Exception {
        // 100 is not a power of two, so out-of-range draws from [0, 128) must be redrawn
        assertWellFormed(rmat(parallelism, 42, 100, 1000), 100, 1000);
        Graph<LongValue, NullValue, NullValue> noisy = new RMatGraph<>(env(parallelism),
                new JDKRandomGeneratorFactory(7), 50, 300).setConstants(0.45f, 0.25f, 0.15f).setNoise(true, 0.2f)
                .generate();
        assertWellFormed(noisy, 50, 300);
    }

    @Test
    void sameSeedSameGraphAtAnyParallelism() throws Exception {
        List<String> once = edgePairs(rmat(1, 42, 1000, 5000));
        assertEquals(once, edgePairs(rmat(1, 42, 1000, 5000)));
        assertEquals(once, edgePairs(rmat(2, 42, 1000, 5000)));
        assertNotEquals(once, edgePairs(rmat(1, 43, 1000, 5000)));
        assertEquals(edgePairs(noisy(1)), edgePairs(noisy(2)));
    }

    private static Graph<LongValue, NullValue, NullValue> noisy(int parallelism) {
        return new RMatGraph<>(env(parallelism), new JDKRandomGeneratorFactory(11), 200, 2000)
                .setNoise(true, 0.5f).generate();
    }

    @Test
    void manyBlocksStillCoverEveryEdgeOnce() throws Exception {
        // enough cycles for several blocks, so the per-block seeding and the block split are exercised
        List<BlockInfo<SplittableRandom>> blocks = new JDKRandomGeneratorFactory(1).getRandomGenerables(300_000, 20);
        assertTrue(blocks.size() > 1);
        long covered = 0;
        for (BlockInfo<SplittableRandom> block : blocks) {
            assertEquals(covered, block.getFirstElement());
            covered += block.getElementCount();
        }
        assertEquals(300_000, covered);
        assertNotEquals(blocks.get(0).getRandomGenerable().generator().nextLong(),
                blocks.get(1).getRandomGenerable().generator().nextLong());
        List<String> p1 = edgePairs(rmat(1, 5, 1 << 20, 300_000));
        assertEquals(300_000, p1.size());
        assertEquals(p1, edgePairs(rmat(2, 5, 1 << 20, 300_000)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void skewedConstantsConcentrateOnQuadrant(int parallelism) throws Exception {
        // a = 1 always picks the top-left quadrant, so every edge is the self-loop 0 -> 0, as in Flink
        Graph<LongValue, NullValue, NullValue> graph = new RMatGraph<>(env(parallelism),
                new JDKRandomGeneratorFactory(3), 16, 5).setConstants(1.0f, 0.0f, 0.0f).generate();
        assertEquals(List.of("0-0", "0-0", "0-0", "0-0", "0-0"), edgePairs(graph));
        assertEquals(List.of(0L), vertexIds(graph));
    }

    @Test
    void invalidParametersAreRejected() {
        ExecutionEnvironment env = env(1);
        JDKRandomGeneratorFactory factory = new JDKRandomGeneratorFactory();
        assertThrows(IllegalArgumentException.class, () -> new RMatGraph<>(env, factory, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new RMatGraph<>(env, factory, 10, 0));
        RMatGraph<SplittableRandom> graph = new RMatGraph<>(env, factory, 10, 10);
        assertThrows(IllegalArgumentException.class, () -> graph.setConstants(0.5f, 0.5f, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> graph.setConstants(-0.1f, 0.5f, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> graph.setNoise(true, 2.5f));
    }
}
