package io.eddy.gelly.asm.degree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.directed.EdgeDegreesPair;
import io.eddy.gelly.asm.degree.annotate.directed.EdgeSourceDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.EdgeTargetDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexInDegree;
import io.eddy.gelly.asm.degree.annotate.directed.VertexOutDegree;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeDegreePair;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeSourceDegree;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeTargetDegree;
import io.eddy.gelly.asm.degree.annotate.undirected.VertexDegree;
import io.eddy.gelly.library.LibraryTestGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Degree annotations of vertices and edges, directed and undirected, with and without isolated vertices. */
class DegreeAnnotationTest {

    /** 0<->1, 0->2, 3->1 and the isolated vertex 4. */
    private static Graph<LongValue, NullValue, NullValue> graph(ExecutionEnvironment env) {
        List<Vertex<LongValue, NullValue>> vertices = new ArrayList<>();
        for (long id = 0; id <= 4; id++) {
            vertices.add(new Vertex<>(new LongValue(id), NullValue.getInstance()));
        }
        Graph<LongValue, NullValue, NullValue> edges = LibraryTestGraphs.directed(env, new long[][] {{0, 1}, {1, 0}, {0, 2}, {3, 1}});
        return Graph.fromDataSet(env.fromCollection(vertices), edges.getEdges(), env);
    }

    private static List<String> sorted(DataSet<?> data) throws Exception {
        return data.collect().stream().map(Object::toString).sorted().collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void directedDegrees(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = graph(LibraryTestGraphs.env(parallelism));
        assertEquals(List.of("(0,(2,2,1))", "(1,(2,1,2))", "(2,(1,0,1))", "(3,(1,1,0))"),
                sorted(graph.run(new VertexDegrees<LongValue, NullValue, NullValue>())));
        assertEquals(List.of("(0,(2,2,1))", "(1,(2,1,2))", "(2,(1,0,1))", "(3,(1,1,0))", "(4,(0,0,0))"),
                sorted(graph.run(new VertexDegrees<LongValue, NullValue, NullValue>().setIncludeZeroDegreeVertices(true))));
        assertEquals(List.of("(0,2)", "(1,1)", "(2,0)", "(3,1)", "(4,0)"),
                sorted(graph.run(new VertexOutDegree<LongValue, NullValue, NullValue>().setIncludeZeroDegreeVertices(true))));
        assertEquals(List.of("(0,1)", "(1,2)", "(2,1)"), sorted(graph.run(new VertexInDegree<LongValue, NullValue, NullValue>())));
        assertEquals(List.of("(0,1,((null),(2,2,1)))", "(0,2,((null),(2,2,1)))", "(1,0,((null),(2,1,2)))", "(3,1,((null),(1,1,0)))"),
                sorted(graph.run(new EdgeSourceDegrees<LongValue, NullValue, NullValue>())));
        assertEquals(List.of("(0,1,((null),(2,1,2)))", "(0,2,((null),(1,0,1)))", "(1,0,((null),(2,2,1)))", "(3,1,((null),(2,1,2)))"),
                sorted(graph.run(new EdgeTargetDegrees<LongValue, NullValue, NullValue>())));
        assertEquals("(3,1,((null),(1,1,0),(2,1,2)))", sorted(graph.run(new EdgeDegreesPair<LongValue, NullValue, NullValue>())).get(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void undirectedDegrees(int parallelism) throws Exception {
        Graph<LongValue, NullValue, NullValue> graph = graph(LibraryTestGraphs.env(parallelism)).getUndirected();
        // 0-1 appears four times (two edges, both ways): degrees count stored edges
        assertEquals(List.of("(0,3)", "(1,3)", "(2,1)", "(3,1)", "(4,0)"),
                sorted(graph.run(new VertexDegree<LongValue, NullValue, NullValue>().setIncludeZeroDegreeVertices(true))));
        assertEquals(sorted(graph.run(new VertexDegree<LongValue, NullValue, NullValue>())),
                sorted(graph.run(new VertexDegree<LongValue, NullValue, NullValue>().setReduceOnTargetId(true))));
        assertEquals("(0,2,((null),3))", sorted(graph.run(new EdgeSourceDegree<LongValue, NullValue, NullValue>())).get(2));
        assertEquals("(0,2,((null),1))", sorted(graph.run(new EdgeTargetDegree<LongValue, NullValue, NullValue>())).get(2));
        assertEquals("(0,2,((null),3,1))", sorted(graph.run(new EdgeDegreePair<LongValue, NullValue, NullValue>())).get(2));
    }
}
