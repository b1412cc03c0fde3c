package io.eddy.gelly.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import java.util.ArrayList;
import java.util.Collections;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.RandomGraphs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The iterative library algorithms against JGraphT on random graphs: components and shortest paths. */
class IterativeLibraryJGraphTTest {

    private static final int N = 500;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void connectedComponentsMatchJGraphT(int parallelism) throws Exception {
        List<Edge<Long, Double>> edges = RandomGraphs.edges(N, 350, 21L);
        SimpleGraph<Long, DefaultEdge> reference = new SimpleGraph<>(DefaultEdge.class);
        for (long v = 0; v < N; v++) {
            reference.addVertex(v);
        }
        for (Edge<Long, Double> e : edges) {
            if (!reference.containsEdge(e.f0, e.f1)) {
                reference.addEdge(e.f0, e.f1);
            }
        }
        Map<Long, Long> expected = new HashMap<>();
        for (Set<Long> component : new ConnectivityInspector<>(reference).connectedSets()) {
            long min = component.stream().mapToLong(Long::longValue).min().orElseThrow();
            component.forEach(v -> expected.put(v, min));
        }
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(env, N, 350, 21L);
        assertEquals(expected, RandomGraphs.asMap(graph.run(new ConnectedComponents<Long, Long, Double>(1000)).collect()));
        assertEquals(expected, RandomGraphs.asMap(graph.run(new GSAConnectedComponents<Long, Long, Double>(1000)).collect()));

        // mutable labels, vertices in no particular order: a combiner that read a stored sum into the
        // label object a gather had handed it once spread wrong labels
        List<Vertex<LongValue, NullValue>> vertices = new ArrayList<>();
        for (long v = 0; v < N; v++) {
            vertices.add(new Vertex<>(new LongValue(v), NullValue.getInstance()));
        }
        Collections.shuffle(vertices, new Random(3));
        List<Edge<LongValue, NullValue>> valueEdges = new ArrayList<>();
        for (Edge<Long, Double> e : edges) {
            valueEdges.add(new Edge<>(new LongValue(e.f0), new LongValue(e.f1), NullValue.getInstance()));
        }
        // the id object itself as the initial label, as eddy graph does
        Graph<LongValue, LongValue, NullValue> mutable = Graph.fromCollection(vertices, valueEdges, env)
                .mapVertices(new IdAsLabel());
        for (GraphAlgorithm<LongValue, LongValue, NullValue, DataSet<Vertex<LongValue, LongValue>>> algorithm
                : List.<GraphAlgorithm<LongValue, LongValue, NullValue, DataSet<Vertex<LongValue, LongValue>>>>of(
                        new ConnectedComponents<>(1000), new GSAConnectedComponents<>(1000))) {
            Map<Long, Long> actual = new HashMap<>();
            for (Vertex<LongValue, LongValue> v : mutable.run(algorithm).collect()) {
                actual.put(v.f0.getValue(), v.f1.getValue());
            }
            assertEquals(expected, actual, algorithm.getClass().getSimpleName() + " on LongValue labels");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shortestPathsMatchJGraphT(int parallelism) throws Exception {
        List<Edge<Long, Double>> edges = RandomGraphs.edges(N, 1500, 22L);
        DefaultDirectedWeightedGraph<Long, DefaultWeightedEdge> reference =
                new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (long v = 0; v < N; v++) {
            reference.addVertex(v);
        }
        for (Edge<Long, Double> e : edges) {
            reference.setEdgeWeight(reference.addEdge(e.f0, e.f1), e.f2);
        }
        var paths = new DijkstraShortestPath<>(reference).getPaths(0L);
        Map<Long, Double> expected = new HashMap<>();
        for (long v = 0; v < N; v++) {
            expected.put(v, paths.getWeight(v));
        }
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(env, N, 1500, 22L);
        assertEquals(expected, RandomGraphs.asMap(graph.run(new SingleSourceShortestPaths<Long, Long>(0L, 1000)).collect()));
        assertEquals(expected, RandomGraphs.asMap(graph.run(new GSASingleSourceShortestPaths<Long, Long>(0L, 1000)).collect()));
    }

    private static final class IdAsLabel implements MapFunction<Vertex<LongValue, NullValue>, LongValue> {
        @Override
        public LongValue map(Vertex<LongValue, NullValue> vertex) {
            return vertex.f0;
        }
    }
}
