package io.eddy.gelly.library.clustering;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.library.LibraryTestGraphs;
import io.eddy.gelly.library.TriangleEnumerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Local, global and average clustering coefficients on hand-made graphs, with hand-computed values. */
class ClusteringCoefficientTest {

    /** Directed: 0<->1, 0->2, 1->2, 3->1, 3->2, 3->4; triangles {0,1,2} and {1,2,3}. */
    static final long[][] DIRECTED = {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {3, 1}, {3, 2}, {3, 4}};

    private static Map<Long, String> scores(List<? extends LocalClusteringCoefficientResultBase<LongValue>> results) {
        Map<Long, String> scores = new TreeMap<>();
        for (LocalClusteringCoefficientResultBase<LongValue> r : results) {
            scores.put(r.getVertexId0().getValue(), r.getDegree() + "/" + r.getTriangleCount() + "/"
                    + String.format("%.4f", r.getLocalClusteringCoefficientScore()));
        }
        return scores;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void undirectedCoefficients(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, TriangleListingTest.EDGES);
        Map<Long, String> local = scores(graph.run(new io.eddy.gelly.library.clustering.undirected
                .LocalClusteringCoefficient<LongValue, NullValue, NullValue>()).collect());
        Map<Long, String> expected = new TreeMap<>(Map.of(0L, "2/1/1.0000", 1L, "3/2/0.6667", 2L, "3/2/0.6667",
                3L, "3/1/0.3333", 4L, "1/0/NaN", 5L, "2/0/0.0000", 6L, "2/0/0.0000", 7L, "2/0/0.0000", 8L, "2/0/0.0000"));
        assertEquals(expected, local);

        var global = new io.eddy.gelly.library.clustering.undirected
                .GlobalClusteringCoefficient<LongValue, NullValue, NullValue>();
        var average = new io.eddy.gelly.library.clustering.undirected
                .AverageClusteringCoefficient<LongValue, NullValue, NullValue>();
        graph.run(global);
        graph.run(average);
        env.execute();
        assertEquals(14, global.getResult().getNumberOfTriplets());
        assertEquals(6, global.getResult().getNumberOfTriangles());
        assertEquals(6 / 14.0, global.getResult().getGlobalClusteringCoefficientScore(), 1e-12);
        assertEquals(9, average.getResult().getNumberOfVertices());
        assertEquals((1 + 2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 9, average.getResult().getAverageClusteringCoefficient(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void directedCoefficients(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.directed(env, DIRECTED);
        Map<Long, String> local = scores(graph.run(new io.eddy.gelly.library.clustering.directed
                .LocalClusteringCoefficient<LongValue, NullValue, NullValue>()).collect());
        assertEquals(new TreeMap<>(Map.of(0L, "2/1/0.5000", 1L, "3/2/0.3333", 2L, "3/3/0.5000", 3L, "3/1/0.1667",
                4L, "1/0/NaN")), local);

        var global = new io.eddy.gelly.library.clustering.directed
                .GlobalClusteringCoefficient<LongValue, NullValue, NullValue>().run(graph);
        var average = new io.eddy.gelly.library.clustering.directed
                .AverageClusteringCoefficient<LongValue, NullValue, NullValue>().run(graph);
        env.execute();
        assertEquals(10, global.getResult().getNumberOfTriplets());
        assertEquals(0.6, global.getResult().getGlobalClusteringCoefficientScore(), 1e-12);
        assertEquals(0.3, average.getResult().getAverageClusteringCoefficient(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void zeroDegreeVerticesAreOptional(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        List<Vertex<LongValue, NullValue>> vertices = new ArrayList<>();
        for (long id = 0; id <= 9; id++) {
            vertices.add(new Vertex<>(new LongValue(id), NullValue.getInstance()));
        }
        Graph<LongValue, NullValue, NullValue> graph = Graph.fromDataSet(env.fromCollection(vertices),
                LibraryTestGraphs.undirected(env, TriangleListingTest.EDGES).getEdges(), env);
        assertEquals(10, graph.run(new io.eddy.gelly.library.clustering.undirected
                .LocalClusteringCoefficient<LongValue, NullValue, NullValue>()).count());
        assertEquals(9, graph.run(new io.eddy.gelly.library.clustering.undirected
                .LocalClusteringCoefficient<LongValue, NullValue, NullValue>().setIncludeZeroDegreeVertices(false)).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void triangleEnumeratorTakesAnyGraphAsUndirected(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        // directions, a duplicate edge and a self-loop are all ignored
        long[][] edges = {{0, 1}, {1, 0}, {0, 2}, {2, 1}, {1, 3}, {3, 2}, {3, 3}, {2, 3}};
        List<String> triangles = LibraryTestGraphs.directed(env, edges).run(new TriangleEnumerator<LongValue, NullValue, NullValue>())
                .collect().stream().map(Tuple3::toString).sorted().collect(Collectors.toList());
        assertEquals(List.of("(0,1,2)", "(1,2,3)"), triangles);
    }
}
