package io.eddy.gelly.library.metric;

import static io.eddy.gelly.library.LibraryTestGraphs.env;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.LibraryTestGraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vertex and edge metrics on hand-made graphs, with hand-computed values. */
class MetricsTest {

    static final long[][] UNDIRECTED = {{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {6, 7}, {7, 8}, {8, 5}};

    static final long[][] DIRECTED = {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {3, 1}, {3, 2}, {3, 4}};

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void undirectedMetrics(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.undirected(env, UNDIRECTED);
        var vertexMetrics = new io.eddy.gelly.library.metric.undirected.VertexMetrics<LongValue, NullValue, NullValue>().run(graph);
        var edgeMetrics = new io.eddy.gelly.library.metric.undirected.EdgeMetrics<LongValue, NullValue, NullValue>().run(graph);
        env.execute();
        var v = vertexMetrics.getResult();
        assertEquals(9, v.getNumberOfVertices());
        assertEquals(10, v.getNumberOfEdges());
        assertEquals(20 / 9.0, v.getAverageDegree(), 1e-12);
        assertEquals(10 / 36.0, v.getDensity(), 1e-12);
        assertEquals(14, v.getNumberOfTriplets());
        assertEquals(3, v.getMaximumDegree());
        assertEquals(3, v.getMaximumTriplets());
        assertEquals(new io.eddy.gelly.library.metric.undirected.EdgeMetrics.Result(3, 9, 1, 3), edgeMetrics.getResult());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void directedMetrics(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Graph<LongValue, NullValue, NullValue> graph = LibraryTestGraphs.directed(env, DIRECTED);
        var vertexMetrics = new io.eddy.gelly.library.metric.directed.VertexMetrics<LongValue, NullValue, NullValue>().run(graph);
        var edgeMetrics = new io.eddy.gelly.library.metric.directed.EdgeMetrics<LongValue, NullValue, NullValue>().run(graph);
        env.execute();
        var v = vertexMetrics.getResult();
        assertEquals(new io.eddy.gelly.library.metric.directed.VertexMetrics.Result(5, 5, 1, 10, 3, 3, 3, 3), v);
        assertEquals(7, v.getNumberOfEdges());
        assertEquals(7 / 20.0, v.getDensity(), 1e-12);
        assertEquals(new io.eddy.gelly.library.metric.directed.EdgeMetrics.Result(2, 6, 1, 3), edgeMetrics.getResult());
    }
}
