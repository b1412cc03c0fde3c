package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorTestSupport.e;
import static io.eddy.gelly.generator.GeneratorTestSupport.edgePairs;
import static io.eddy.gelly.generator.GeneratorTestSupport.env;
import static io.eddy.gelly.generator.GeneratorTestSupport.range;
import static io.eddy.gelly.generator.GeneratorTestSupport.undirected;
import static io.eddy.gelly.generator.GeneratorTestSupport.vertexIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact vertex and edge sets of the deterministic generators, run at parallelism 1 and 2. */
class SimpleGeneratorsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void emptyGraphHasVerticesAndNoEdges(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new EmptyGraph(env(parallelism), 5).generate();
        assertEquals(range(5), vertexIds(graph));
        assertEquals(List.of(), edgePairs(graph));
        Graph<LongValue, NullValue, NullValue> none = new EmptyGraph(env(parallelism), 0).generate();
        assertEquals(List.of(), vertexIds(none));
        assertEquals(0, none.numberOfEdges());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void completeGraphLinksEveryPair(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new CompleteGraph(env(parallelism), 4).generate();
        assertEquals(range(4), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(0, 2), e(0, 3), e(1, 2), e(1, 3), e(2, 3)), edgePairs(graph));
        assertEquals(7 * 6, new CompleteGraph(env(parallelism), 7).generate().numberOfEdges());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void starGraphCentersOnVertexZero(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new StarGraph(env(parallelism), 5).generate();
        assertEquals(range(5), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(0, 2), e(0, 3), e(0, 4)), edgePairs(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void singletonEdgeGraphPairsNeighbouringIds(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new SingletonEdgeGraph(env(parallelism), 3).generate();
        assertEquals(range(6), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(2, 3), e(4, 5)), edgePairs(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void cycleGraphClosesTheRing(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new CycleGraph(env(parallelism), 5).generate();
        assertEquals(range(5), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(1, 2), e(2, 3), e(3, 4), e(4, 0)), edgePairs(graph));
        // two vertices: the wrap edge is the path edge, and Flink emits it once
        assertEquals(undirected(e(0, 1)), edgePairs(new CycleGraph(env(parallelism), 2).generate()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void pathGraphLeavesTheEndsOpen(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new PathGraph(env(parallelism), 5).generate();
        assertEquals(range(5), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(1, 2), e(2, 3), e(3, 4)), edgePairs(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void gridGraphNumbersTheLastDimensionFastest(int parallelism) throws Exception {
        // 3 x 2 grid, as in Flink: coordinates (x0, x1) are vertex 2 * x0 + x1, so 0 1 / 2 3 / 4 5
        Graph<LongValue, NullValue, NullValue> graph = new GridGraph(env(parallelism))
                .addDimension(3, false).addDimension(2, false).generate();
        assertEquals(range(6), vertexIds(graph));
        assertEquals(undirected(e(0, 1), e(2, 3), e(4, 5), e(0, 2), e(2, 4), e(1, 3), e(3, 5)), edgePairs(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void gridGraphWrapsOnlyTheDimensionsAskedTo(int parallelism) throws Exception {
        // 3 x 3 grid wrapped along the last dimension only: ids 0 1 2 / 3 4 5 / 6 7 8, each row a ring
        Graph<LongValue, NullValue, NullValue> graph = new GridGraph(env(parallelism))
                .addDimension(3, false).addDimension(3, true).generate();
        assertEquals(range(9), vertexIds(graph));
        assertEquals(undirected(
                e(0, 1), e(1, 2), e(2, 0), e(3, 4), e(4, 5), e(5, 3), e(6, 7), e(7, 8), e(8, 6),
                e(0, 3), e(3, 6), e(1, 4), e(4, 7), e(2, 5), e(5, 8)), edgePairs(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void hypercubeLinksIdsOneBitApart(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = new HypercubeGraph(env(parallelism), 3).generate();
        assertEquals(range(8), vertexIds(graph));
        assertEquals(undirected(
                e(0, 1), e(2, 3), e(4, 5), e(6, 7), e(0, 2), e(1, 3), e(4, 6), e(5, 7),
                e(0, 4), e(1, 5), e(2, 6), e(3, 7)), edgePairs(graph));
        // 16 vertices of degree 4, each edge in both directions
        assertEquals(16 * 4, new HypercubeGraph(env(parallelism), 4).generate().numberOfEdges());
    }

    @Test
    void generatorParallelismOverridesTheEnvironments() throws Exception {
        ExecutionEnvironment env = env(1);
        Graph<LongValue, NullValue, NullValue> graph = new CompleteGraph(env, 5).setParallelism(2).generate();
        assertEquals(range(5), vertexIds(graph));
        assertEquals(20, graph.numberOfEdges());
        assertThrows(IllegalArgumentException.class, () -> new CompleteGraph(env, 5).setParallelism(0));
    }

    @Test
    void argumentsBelowFlinksMinimumsAreRejected() {
        ExecutionEnvironment env = env(1);
        assertThrows(IllegalArgumentException.class, () -> new EmptyGraph(env, -1));
        assertThrows(IllegalArgumentException.class, () -> new CompleteGraph(env, 1));
        assertThrows(IllegalArgumentException.class, () -> new CycleGraph(env, 1));
        assertThrows(IllegalArgumentException.class, () -> new PathGraph(env, 1));
        assertThrows(IllegalArgumentException.class, () -> new StarGraph(env, 1));
        assertThrows(IllegalArgumentException.class, () -> new SingletonEdgeGraph(env, 0));
        assertThrows(IllegalArgumentException.class, () -> new HypercubeGraph(env, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridGraph(env).addDimension(1, false));
        assertThrows(IllegalArgumentException.class, () -> new GridGraph(env).generate());
    }
}
