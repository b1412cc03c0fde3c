package io.eddy.gelly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.typeutils.TupleTypeInfo;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vertex, Edge and Triplet as the DataSet API sees them: the type extractor must describe them as
 * tuple types of their own class (so that records keep their class across a shuffle) with the
 * field types bound from the generic signature.
 */
class GraphTypesTest {

    /** A user function with a concrete generic signature, the way Gelly programs build vertices. */
    static final class ToVertex implements MapFunction<Long, Vertex<Long, String>> {
        @Override
        public Vertex<Long, String> map(Long id) {
            return new Vertex<>(id % 3, "v" + id);
        }
    }

    static final class ConcatValues implements ReduceFunction<Vertex<Long, String>> {
        @Override
        public Vertex<Long, String> reduce(Vertex<Long, String> a, Vertex<Long, String> b) {
            // sorted concatenation, so the result does not depend on arrival order
            return new Vertex<>(a.getId(), a.getValue().compareTo(b.getValue()) < 0
                    ? a.getValue() + "+" + b.getValue() : b.getValue() + "+" + a.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void extractedVertexTypeSurvivesAShuffle(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Vertex<Long, String>> vertices = env.fromElements(1L, 2L, 3L, 4L).map(new ToVertex());
        TupleTypeInfo<?> type = assertInstanceOf(TupleTypeInfo.class, vertices.getType());
        assertSame(Vertex.class, type.getTypeClass());
        assertEquals(Types.LONG, type.getTypeAt(0));
        assertEquals(Types.STRING, type.getTypeAt(1));

        List<Vertex<Long, String>> reduced = vertices.groupBy(0).reduce(new ConcatValues()).collect();
        for (Object vertex : reduced) {
            assertSame(Vertex.class, vertex.getClass());
        }
        assertEquals(ExampleGraph.sorted(List.of(new Vertex<>(0L, "v3"), new Vertex<>(1L, "v1+v4"), new Vertex<>(2L, "v2"))),
                ExampleGraph.sorted(reduced));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void graphRecordsKeepTheirClassesThroughJoinsAndGroupings(int parallelism) throws Exception {
        Graph<Long, Long, Long> graph = ExampleGraph.graph(ExecutionEnvironment.createLocalEnvironment(parallelism));
        // each of these went through at least one repartitioning at parallelism 2
        assertAllOfClass(Vertex.class, graph.addVertex(new Vertex<>(9L, 90L)).getVertices().collect());
        assertAllOfClass(Edge.class, graph.filterOnVertices(v -> v.getId() < 5).getEdges().collect());
        assertAllOfClass(Triplet.class, graph.getTriplets().collect());
        assertAllOfClass(Tuple2.class, graph.getVerticesAsTuple2().collect());
        assertAllOfClass(Tuple3.class, graph.getEdgesAsTuple3().collect());
        assertEquals(Triplet.class, graph.getTriplets().getType().getTypeClass());
        assertEquals(ExampleGraph.sorted(ExampleGraph.edges()), ExampleGraph.sorted(graph.getEdgesAsTuple3().collect()));
    }

    private static void assertAllOfClass(Class<?> expected, List<?> records) {
        assertEquals(false, records.isEmpty());
        for (Object record : records) {
            assertSame(expected, record.getClass(), () -> "record " + record);
        }
    }
}
