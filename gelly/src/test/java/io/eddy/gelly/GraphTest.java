package io.eddy.gelly;

import static io.eddy.gelly.ExampleGraph.edge;
import static io.eddy.gelly.ExampleGraph.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.validation.InvalidVertexIdsValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Graph method on the example graph, run as real jobs at parallelism 1 and 2 (so records are serialized). */
class GraphTest {

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    private static List<String> vertices(Graph<?, ?, ?> graph) throws Exception {
        return sorted(graph.getVertices().collect());
    }

    private static List<String> edges(Graph<?, ?, ?> graph) throws Exception {
        return sorted(graph.getEdges().collect());
    }

    private static List<String> strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).sorted().collect(Collectors.toList());
    }

    static final class TimesTwo implements MapFunction<Vertex<Long, Long>, Long> {
        @Override
        public Long map(Vertex<Long, Long> vertex) {
            return vertex.getValue() * 2;
        }
    }

    static final class EdgeValueAsString implements MapFunction<Edge<Long, Long>, String> {
        @Override
        public String map(Edge<Long, Long> edge) {
            return "e" + edge.getValue();
        }
    }

    static final class IdPlusOne implements MapFunction<Long, Long> {
        @Override
        public Long map(Long id) {
            return id + 1;
        }
    }

    static final class Sum implements VertexJoinFunction<Long, Long>, EdgeJoinFunction<Long, Long> {
        @Override
        public Long vertexJoin(Long vertexValue, Long inputValue) {
            return vertexValue + inputValue;
        }

        @Override
        public Long edgeJoin(Long edgeValue, Long inputValue) {
            return edgeValue + inputValue;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void createsGraphsFromCollectionsAndDataSets(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        assertSame(env, graph.getContext());
        assertEquals(sorted(ExampleGraph.vertices()), vertices(graph));
        assertEquals(sorted(ExampleGraph.edges()), edges(graph));
        assertEquals(Vertex.class, graph.getVertices().getType().getTypeClass());
        assertEquals(Edge.class, graph.getEdges().getType().getTypeClass());

        // vertices from the edges' endpoints: 6 is isolated, so it is not there
        Graph<Long, NullValue, Long> fromEdges = Graph.fromCollection(ExampleGraph.edges(), env);
        assertEquals(strings("(1,(null))", "(2,(null))", "(3,(null))", "(4,(null))", "(5,(null))"), vertices(fromEdges));
        assertSame(NullValue.class, fromEdges.getVertices().collect().get(0).getValue().getClass());
        Graph<Long, Long, Long> initialized = Graph.fromCollection(ExampleGraph.edges(), new IdPlusOne(), env);
        assertEquals(strings("(1,2)", "(2,3)", "(3,4)", "(4,5)", "(5,6)"), vertices(initialized));

        DataSet<Tuple2<Long, String>> tupleVertices = env.fromElements(new Tuple2<>(1L, "a"), new Tuple2<>(2L, "b"));
        DataSet<Tuple3<Long, Long, Double>> tupleEdges = env.fromElements(new Tuple3<>(1L, 2L, 0.5));
        Graph<Long, String, Double> fromTuples = Graph.fromTupleDataSet(tupleVertices, tupleEdges, env);
        assertEquals(strings("(1,a)", "(2,b)"), vertices(fromTuples));
        assertEquals(strings("(1,2,0.5)"), edges(fromTuples));
        assertEquals(2, Graph.fromTupleDataSet(tupleEdges, env).numberOfVertices());
        assertEquals(strings("(1,2)", "(2,3)"), vertices(Graph.fromTupleDataSet(tupleEdges, new IdPlusOne(), env)));
        assertEquals(1, Graph.fromTuple2DataSet(env.fromElements(new Tuple2<>(7L, 8L)), env).numberOfEdges());

        Graph<Long, Long, Long> fromDataSets = Graph.fromDataSet(graph.getVertices(), graph.getEdges(), env);
        assertEquals(6, fromDataSets.numberOfVertices());
        assertEquals(7, fromDataSets.numberOfEdges());
        assertEquals(5, Graph.fromDataSet(graph.getEdges(), env).numberOfVertices());
        assertEquals(strings("(1,2)", "(2,3)", "(3,4)", "(4,5)", "(5,6)"),
                vertices(Graph.fromDataSet(graph.getEdges(), new IdPlusOne(), env)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void emptyCollectionIsRejectedWithAReason(int parallelism) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Graph.fromCollection(new ArrayList<Edge<Long, Long>>(), env(parallelism)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void idsAndTriplets(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings(1L, 2L, 3L, 4L, 5L, 6L), sorted(graph.getVertexIds().collect()));
        assertEquals(strings("(1,2)", "(1,3)", "(2,3)", "(3,4)", "(3,5)", "(4,5)", "(5,1)"),
                sorted(graph.getEdgeIds().collect()));
        List<Triplet<Long, Long, Long>> triplets = graph.getTriplets().collect();
        assertEquals(strings("(1,2,10,20,12)", "(1,3,10,30,13)", "(2,3,20,30,23)", "(3,4,30,40,34)",
                "(3,5,30,50,35)", "(4,5,40,50,45)", "(5,1,50,10,51)"), sorted(triplets));
        Triplet<Long, Long, Long> first = triplets.stream().filter(t -> t.f0 == 5L).findFirst().orElseThrow();
        assertEquals(new Vertex<>(5L, 50L), first.getSrcVertex());
        assertEquals(new Vertex<>(1L, 10L), first.getTrgVertex());
        assertEquals(edge(5, 1), first.getEdge());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void mapsVertexAndEdgeValues(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings("(1,20)", "(2,40)", "(3,60)", "(4,80)", "(5,100)", "(6,120)"),
                vertices(graph.mapVertices(new TimesTwo())));
        Graph<Long, Long, String> named = graph.mapEdges(new EdgeValueAsString());
        assertEquals(strings("(1,2,e12)", "(1,3,e13)", "(2,3,e23)", "(3,4,e34)", "(3,5,e35)", "(4,5,e45)", "(5,1,e51)"),
                edges(named));
        // a lambda loses its result type, so it comes with the explicit type information
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeInformation<Vertex<Long, String>> vertexType = new TupleTypeInfo(Vertex.class, Types.LONG, Types.STRING);
        Graph<Long, String, Long> lambda = graph.mapVertices(v -> "v" + v.getId(), vertexType);
        assertEquals(strings("(1,v1)", "(2,v2)", "(3,v3)", "(4,v4)", "(5,v5)", "(6,v6)"), vertices(lambda));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void lambdaWithoutTypeInformationIsRejectedWhereItIsPassed(int parallelism) {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        MapFunction<Vertex<Long, Long>, List<Long>> erased = v -> List.of(v.getId());
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> graph.mapVertices(erased));
        assertTrue(e.getMessage().contains("TypeInformation<Vertex<K, NV>>"), e.getMessage());
        MapFunction<Edge<Long, Long>, List<Long>> erasedEdge = edge -> List.of(edge.getValue());
        e = assertThrows(InvalidTypesException.class, () -> graph.mapEdges(erasedEdge));
        assertTrue(e.getMessage().contains("TypeInformation<Edge<K, NV>>"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void filtersAndSubgraphs(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        FilterFunction<Vertex<Long, Long>> notThree = v -> v.getId() != 3L;
        FilterFunction<Edge<Long, Long>> evenValue = e -> e.getValue() % 2 == 0;

        Graph<Long, Long, Long> withoutThree = graph.filterOnVertices(notThree);
        assertEquals(strings("(1,10)", "(2,20)", "(4,40)", "(5,50)", "(6,60)"), vertices(withoutThree));
        assertEquals(strings("(1,2,12)", "(4,5,45)", "(5,1,51)"), edges(withoutThree));

        Graph<Long, Long, Long> evenEdges = graph.filterOnEdges(evenValue);
        assertEquals(6, evenEdges.numberOfVertices());
        assertEquals(strings("(1,2,12)", "(3,4,34)"), edges(evenEdges));

        Graph<Long, Long, Long> both = graph.subgraph(notThree, evenValue);
        assertEquals(5, both.numberOfVertices());
        assertEquals(strings("(1,2,12)"), edges(both));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void reverseAndUndirected(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings("(2,1,12)", "(3,1,13)", "(3,2,23)", "(4,3,34)", "(5,3,35)", "(5,4,45)", "(1,5,51)"),
                edges(graph.reverse()));
        List<String> undirected = edges(graph.getUndirected());
        assertEquals(14, undirected.size());
        assertTrue(undirected.contains("(1,2,12)") && undirected.contains("(2,1,12)"));
        assertEquals(6, graph.getUndirected().numberOfVertices());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void degreesIncludeIsolatedVertices(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings("(1,1)", "(2,1)", "(3,2)", "(4,1)", "(5,2)", "(6,0)"), sorted(graph.inDegrees().collect()));
        assertEquals(strings("(1,2)", "(2,1)", "(3,2)", "(4,1)", "(5,1)", "(6,0)"), sorted(graph.outDegrees().collect()));
        List<Tuple2<Long, LongValue>> degrees = graph.getDegrees().collect();
        assertEquals(strings("(1,3)", "(2,2)", "(3,4)", "(4,2)", "(5,3)", "(6,0)"), sorted(degrees));
        assertEquals(LongValue.class, degrees.get(0).f1.getClass());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void joinsReplaceMatchedValuesOnly(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        DataSet<Tuple2<Long, Long>> perVertex = env.fromElements(new Tuple2<>(1L, 1L), new Tuple2<>(3L, 3L),
                new Tuple2<>(9L, 9L));
        assertEquals(strings("(1,11)", "(2,20)", "(3,33)", "(4,40)", "(5,50)", "(6,60)"),
                vertices(graph.joinWithVertices(perVertex, new Sum())));
        assertEquals(strings("(1,2,13)", "(1,3,14)", "(2,3,23)", "(3,4,37)", "(3,5,38)", "(4,5,45)", "(5,1,51)"),
                edges(graph.joinWithEdgesOnSource(perVertex, new Sum())));
        assertEquals(strings("(1,2,12)", "(1,3,16)", "(2,3,26)", "(3,4,34)", "(3,5,35)", "(4,5,45)", "(5,1,52)"),
                edges(graph.joinWithEdgesOnTarget(perVertex, new Sum())));
        DataSet<Tuple3<Long, Long, Long>> perEdge = env.fromElements(new Tuple3<>(3L, 4L, 100L), new Tuple3<>(4L, 3L, 200L));
        assertEquals(strings("(1,2,12)", "(1,3,13)", "(2,3,23)", "(3,4,134)", "(3,5,35)", "(4,5,45)", "(5,1,51)"),
                edges(graph.joinWithEdges(perEdge, new Sum())));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void addsVerticesAndEdges(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        Graph<Long, Long, Long> added = graph.addVertex(new Vertex<>(7L, 70L));
        assertEquals(7, added.numberOfVertices());
        // an existing id keeps its vertex
        assertEquals(vertices(graph), vertices(graph.addVertices(List.of(new Vertex<>(1L, 999L)))));
        assertTrue(vertices(graph.addVertices(List.of(new Vertex<>(1L, 999L), new Vertex<>(8L, 80L)))).contains("(8,80)"));

        Graph<Long, Long, Long> withEdge = graph.addEdge(new Vertex<>(6L, 60L), new Vertex<>(7L, 70L), 67L);
        assertTrue(vertices(withEdge).contains("(7,70)"));
        assertEquals(7, withEdge.numberOfVertices());
        assertTrue(edges(withEdge).contains("(6,7,67)"));
        assertEquals(8, withEdge.numberOfEdges());

        // an edge to a vertex that is not in the graph is ignored
        Graph<Long, Long, Long> withEdges = graph.addEdges(List.of(edge(6, 1), edge(6, 9)));
        assertTrue(edges(withEdges).contains("(6,1,61)"));
        assertFalse(edges(withEdges).contains("(6,9,69)"));
        assertEquals(8, withEdges.numberOfEdges());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void removingAVertexRemovesItsEdges(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        // the value does not matter, the id does
        Graph<Long, Long, Long> withoutThree = graph.removeVertex(new Vertex<>(3L, -1L));
        assertEquals(strings("(1,10)", "(2,20)", "(4,40)", "(5,50)", "(6,60)"), vertices(withoutThree));
        assertEquals(strings("(1,2,12)", "(4,5,45)", "(5,1,51)"), edges(withoutThree));
        Graph<Long, Long, Long> withoutMore = graph.removeVertices(List.of(new Vertex<>(1L, 10L), new Vertex<>(5L, 50L)));
        assertEquals(strings("(2,3,23)", "(3,4,34)"), edges(withoutMore));
        assertTrue(withoutMore.validate(new InvalidVertexIdsValidator<>()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void removesEdgesBySourceAndTarget(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism)).addEdges(List.of(new Edge<>(1L, 2L, 0L)));
        Graph<Long, Long, Long> removed = graph.removeEdge(new Edge<>(1L, 2L, -5L));
        assertEquals(6, removed.numberOfEdges());
        assertFalse(edges(removed).stream().anyMatch(e -> e.startsWith("(1,2,")));
        Graph<Long, Long, Long> removedMany = graph.removeEdges(List.of(edge(1, 2), edge(4, 5), edge(2, 1)));
        assertEquals(strings("(1,3,13)", "(2,3,23)", "(3,4,34)", "(3,5,35)", "(5,1,51)"), edges(removedMany));
        assertEquals(6, removedMany.numberOfVertices());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void unionDifferenceIntersect(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        Graph<Long, Long, Long> other = Graph.fromCollection(
                List.of(new Vertex<>(5L, 50L), new Vertex<>(1L, 10L), new Vertex<>(7L, 70L)),
                List.of(edge(5, 1), edge(5, 1), edge(1, 7), new Edge<>(1L, 2L, 0L)), env);

        Graph<Long, Long, Long> union = graph.union(other);
        assertEquals(7, union.numberOfVertices());
        assertEquals(11, union.numberOfEdges());

        Graph<Long, Long, Long> difference = graph.difference(other);
        assertEquals(strings("(2,20)", "(3,30)", "(4,40)", "(6,60)"), vertices(difference));
        assertEquals(strings("(2,3,23)", "(3,4,34)"), edges(difference));

        Graph<Long, NullValue, Long> distinct = graph.intersect(other, true);
        assertEquals(strings("(5,1,51)"), edges(distinct));
        assertEquals(2, distinct.numberOfVertices());
        // (5,1,51) once here and twice there: one pair, both of its edges
        assertEquals(strings("(5,1,51)", "(5,1,51)"), edges(graph.intersect(other, false)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void validatorFindsEdgesToMissingVertices(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        assertTrue(graph.validate(new InvalidVertexIdsValidator<>()));
        Graph<Long, Long, Long> broken = Graph.fromCollection(ExampleGraph.vertices(),
                List.of(edge(1, 2), edge(2, 42)), env);
        assertFalse(broken.validate(new InvalidVertexIdsValidator<>()));
        Graph<Long, Long, Long> brokenSource = Graph.fromCollection(ExampleGraph.vertices(), List.of(edge(42, 1)), env);
        assertFalse(brokenSource.validate(new InvalidVertexIdsValidator<>()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void brokenInvariantsGetOneDefinedAnswer(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<Long, Long, Long> dangling = Graph.fromCollection(List.of(new Vertex<>(1L, 10L), new Vertex<>(2L, 20L)),
                List.of(edge(1, 2), edge(1, 42), edge(42, 2)), env);
        // an edge counts at the end whose vertex exists; the missing vertex 42 gets no degree
        assertEquals(strings("(1,2)", "(2,0)"), sorted(dangling.outDegrees().collect()));
        assertEquals(strings("(1,0)", "(2,2)"), sorted(dangling.inDegrees().collect()));
        assertEquals(strings("(1,2)", "(2,2)"), sorted(dangling.getDegrees().collect()));

        Graph<Long, Long, Long> conflicting = Graph.fromCollection(List.of(new Vertex<>(1L, -1L)), List.of(edge(1, 1)), env);
        List<Vertex<Long, Long>> united = ExampleGraph.graph(env).union(conflicting).getVertices().collect();
        assertEquals(6, united.size());
        assertEquals(1, united.stream().filter(v -> v.getId() == 1L).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void runsAlgorithms(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        GraphAlgorithm<Long, Long, Long, Long> selfLoopCount = input -> input.filterOnEdges(
                e -> e.getSource().equals(e.getTarget())).numberOfEdges();
        assertEquals(0L, graph.run(selfLoopCount));
        assertEquals(1L, graph.addEdges(List.of(edge(4, 4))).run(selfLoopCount));
    }

    /** The vertex id with its neighbors' ids, sorted, e.g. "3:1,2" ("3:" for none). */
    static final class NeighborIds implements NeighborsFunctionWithVertexValue<Long, Long, Long, String> {
        @Override
        public void iterateNeighbors(Vertex<Long, Long> vertex, Iterable<Tuple2<Edge<Long, Long>, Vertex<Long, Long>>> neighbors,
                Collector<String> out) {
            List<Long> ids = new ArrayList<>();
            for (Tuple2<Edge<Long, Long>, Vertex<Long, Long>> neighbor : neighbors) {
                ids.add(neighbor.f1.getId());
            }
            Collections.sort(ids);
            out.collect(vertex.getId() + ":" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** Sum of neighbor values plus edge values, per vertex id. */
    static final class NeighborAndEdgeSum implements NeighborsFunction<Long, Long, Long, Tuple2<Long, Long>> {
        @Override
        public void iterateNeighbors(Iterable<Tuple3<Long, Edge<Long, Long>, Vertex<Long, Long>>> neighbors,
                Collector<Tuple2<Long, Long>> out) {
            long id = -1;
            long sum = 0;
            for (Tuple3<Long, Edge<Long, Long>, Vertex<Long, Long>> neighbor : neighbors) {
                id = neighbor.f0;
                sum += neighbor.f1.getValue() + neighbor.f2.getValue();
            }
            out.collect(new Tuple2<>(id, sum));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void reducesOnNeighbors(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings("1:2,3", "2:3", "3:4,5", "4:5", "5:1", "6:"),
                sorted(graph.groupReduceOnNeighbors(new NeighborIds(), EdgeDirection.OUT).collect()));
        assertEquals(strings("1:5", "2:1", "3:1,2", "4:3", "5:3,4", "6:"),
                sorted(graph.groupReduceOnNeighbors(new NeighborIds(), EdgeDirection.IN).collect()));
        assertEquals(strings("1:2,3,5", "2:1,3", "3:1,2,4,5", "4:3,5", "5:1,3,4", "6:"),
                sorted(graph.groupReduceOnNeighbors(new NeighborIds(), EdgeDirection.ALL).collect()));
        // vertex 3: out-edges 34 and 35 to neighbors valued 40 and 50
        assertEquals(strings("(1,75)", "(2,53)", "(3,159)", "(4,95)", "(5,61)"),
                sorted(graph.groupReduceOnNeighbors(new NeighborAndEdgeSum(), EdgeDirection.OUT).collect()));
        assertEquals(strings("(1,101)", "(2,22)", "(3,66)", "(4,64)", "(5,150)"),
                sorted(graph.groupReduceOnNeighbors(new NeighborAndEdgeSum(), EdgeDirection.IN).collect()));
        ReduceNeighborsFunction<Long> max = Math::max;
        assertEquals(strings("(1,30)", "(2,30)", "(3,50)", "(4,50)", "(5,10)"),
                sorted(graph.reduceOnNeighbors(max, EdgeDirection.OUT).collect()));
        assertEquals(strings("(1,50)", "(2,30)", "(3,50)", "(4,50)", "(5,40)"),
                sorted(graph.reduceOnNeighbors(max, EdgeDirection.ALL).collect()));
        assertThrows(IllegalArgumentException.class, () -> graph.reduceOnNeighbors(max, null));
    }

    static final class MaxNeighborValue implements EdgesFunctionWithVertexValue<Long, Long, Long, Tuple2<Long, Long>> {
        @Override
        public void iterateEdges(Vertex<Long, Long> vertex, Iterable<Edge<Long, Long>> edges,
                Collector<Tuple2<Long, Long>> out) {
            long max = vertex.getValue();
            for (Edge<Long, Long> edge : edges) {
                max = Math.max(max, edge.getValue());
            }
            out.collect(new Tuple2<>(vertex.getId(), max));
        }
    }

    static final class EdgeCount implements EdgesFunction<Long, Long, Tuple2<Long, Integer>> {
        @Override
        public void iterateEdges(Iterable<Tuple2<Long, Edge<Long, Long>>> edges, Collector<Tuple2<Long, Integer>> out) {
            long id = -1;
            int count = 0;
            for (Tuple2<Long, Edge<Long, Long>> edge : edges) {
                id = edge.f0;
                count++;
            }
            out.collect(new Tuple2<>(id, count));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void reducesOnEdges(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env(parallelism));
        assertEquals(strings("(1,13)", "(2,23)", "(3,35)", "(4,45)", "(5,51)", "(6,60)"),
                sorted(graph.groupReduceOnEdges(new MaxNeighborValue(), EdgeDirection.OUT).collect()));
        assertEquals(strings("(1,51)", "(2,20)", "(3,30)", "(4,40)", "(5,50)", "(6,60)"),
                sorted(graph.groupReduceOnEdges(new MaxNeighborValue(), EdgeDirection.IN).collect()));
        assertEquals(strings("(1,3)", "(2,2)", "(3,4)", "(4,2)", "(5,3)"),
                sorted(graph.groupReduceOnEdges(new EdgeCount(), EdgeDirection.ALL).collect()));
        assertEquals(strings("(1,1)", "(2,1)", "(3,2)", "(4,1)", "(5,2)"),
                sorted(graph.groupReduceOnEdges(new EdgeCount(), EdgeDirection.IN).collect()));
        ReduceEdgesFunction<Long> sum = Long::sum;
        assertEquals(strings("(1,25)", "(2,23)", "(3,69)", "(4,45)", "(5,51)"),
                sorted(graph.reduceOnEdges(sum, EdgeDirection.OUT).collect()));
        assertEquals(strings("(1,76)", "(2,35)", "(3,105)", "(4,79)", "(5,131)"),
                sorted(graph.reduceOnEdges(sum, EdgeDirection.ALL).collect()));
        assertThrows(IllegalArgumentException.class, () -> graph.reduceOnEdges(sum, null));
        assertEquals(Collections.emptyList(), sorted(graph.filterOnEdges(e -> false).reduceOnEdges(sum, EdgeDirection.IN).collect()));
    }
}
