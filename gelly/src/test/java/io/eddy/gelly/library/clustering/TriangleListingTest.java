package io.eddy.gelly.library.clustering;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.LibraryTestGraphs;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Undirected and directed triangle listing on hand-made graphs. */
class TriangleListingTest {

    /** Two triangles sharing the edge 1-2, a pendant vertex and a 4-cycle without chords. */
    static final long[][] EDGES = {{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {6, 7}, {7, 8}, {8, 5}};

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void listsEachUndirectedTriangleOnce(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, EDGES);
        List<String> triangles = graph.run(new io.eddy.gelly.library.clustering.undirected.TriangleListing<LongValue, NullValue, NullValue>()
                .setSortTriangleVertices(true)).collect().stream().map(Object::toString).sorted().collect(Collectors.toList());
        assertEquals(List.of("(0,1,2)", "(1,2,3)"), triangles);
        assertEquals(12, graph.run(new io.eddy.gelly.library.clustering.undirected.TriangleListing<LongValue, NullValue, NullValue>()
                .setPermuteResults(true)).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void listsDirectedTrianglesWithEdgeDirections(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        // 0->1, 1->0, 0->2, 1->2 and 3->1, 3->2 : triangles {0,1,2} and {1,2,3}
        long[][] edges = {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {3, 1}, {3, 2}, {3, 4}};
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.directed(env, edges);
        List<io.eddy.gelly.library.clustering.directed.TriangleListing.Result<LongValue>> results = graph
                .run(new io.eddy.gelly.library.clustering.directed.TriangleListing<LongValue, NullValue, NullValue>()
                        .setSortTriangleVertices(true)).collect();
        List<String> triangles = results.stream().map(Object::toString).sorted().collect(Collectors.toList());
        // (0,1): both ways 0b11; (0,2): 0->2 0b01; (1,2): 1->2 0b01
        // (1,2): 1->2 0b01; (1,3): 3->1 0b10; (2,3): 3->2 0b10
        assertEquals(List.of("(0,1,2," + 0b110101 + ")", "(1,2,3," + 0b011010 + ")"), triangles);
        String printable = results.stream().filter(r -> r.getVertexId0().getValue() == 0).findFirst().get().toPrintableString();
        assertEquals("1st vertex ID: 0, 2nd vertex ID: 1, 3rd vertex ID: 2, edge directions: 0<->1, 0->2, 1->2", printable);
    }
}
