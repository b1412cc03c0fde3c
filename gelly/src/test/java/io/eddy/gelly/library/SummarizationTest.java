package io.eddy.gelly.library;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Summarization on a hand-made graph: vertices grouped by value, edges by groups and value. */
class SummarizationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void groupsVerticesAndEdgesByValue(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        List<Vertex<Long, String>> vertices = List.of(new Vertex<>(1L, "A"), new Vertex<>(2L, "A"), new Vertex<>(3L, "B"),
                new Vertex<>(4L, "B"), new Vertex<>(5L, "B"), new Vertex<>(6L, "C"));
        List<Edge<Long, String>> edges = List.of(new Edge<>(1L, 2L, "x"), new Edge<>(1L, 3L, "x"), new Edge<>(2L, 4L, "x"),
                new Edge<>(3L, 4L, "y"), new Edge<>(4L, 5L, "y"), new Edge<>(5L, 6L, "x"), new Edge<>(6L, 1L, "x"));
        Graph<Long, Summarization.VertexValue<String>, Summarization.EdgeValue<String>> summary = Graph
                .fromCollection(vertices, edges, env).run(new Summarization<Long, String, String>());
        assertEquals(List.of("(1,(A,2))", "(3,(B,3))", "(6,(C,1))"),
                summary.getVertices().collect().stream().map(Object::toString).sorted().collect(Collectors.toList()));
        assertEquals(List.of("(1,1,(x,1))", "(1,3,(x,2))", "(3,3,(y,2))", "(3,6,(x,1))", "(6,1,(x,1))"),
                summary.getEdges().collect().stream().map(Object::toString).sorted().collect(Collectors.toList()));
        Summarization.VertexValue<String> value = summary.getVertices().collect().stream()
                .filter(v -> v.getId() == 3L).findFirst().get().getValue();
        assertEquals("B", value.getVertexGroupValue());
        assertEquals(3L, value.getVertexGroupCount());
    }
}
