package io.eddy.gelly;

import static io.eddy.gelly.ExampleGraph.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.CsvParseException;
import io.eddy.api.types.NullValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graph.fromCsvReader on temporary files: each typing method, the format options and malformed input. */
class GraphCsvReaderTest {

    @TempDir
    Path dir;

    private String file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    private static List<String> vertices(Graph<?, ?, ?> graph) throws Exception {
        return sorted(graph.getVertices().collect());
    }

    private static List<String> edges(Graph<?, ?, ?> graph) throws Exception {
        return sorted(graph.getEdges().collect());
    }

    static final class Times10 implements MapFunction<Long, Long> {
        @Override
        public Long map(Long id) {
            return id * 10;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void typesReadsVertexAndEdgeFiles(int parallelism) throws Exception {
        String v = file("v.csv", "1,a\n2,b\n3,c\n");
        String e = file("e.csv", "1,2,0.5\n2,3,1.5\n");
        Graph<Long, String, Double> graph = Graph.fromCsvReader(v, e, env(parallelism))
                .types(Long.class, String.class, Double.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, "a"), new Vertex<>(2L, "b"), new Vertex<>(3L, "c"))),
                vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, 0.5), new Edge<>(2L, 3L, 1.5))), edges(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void typesWithInitializerValuesTheEndpoints(int parallelism) throws Exception {
        String e = file("e.csv", "1,2,x\n2,3,y\n");
        Graph<Long, Long, String> graph = Graph.fromCsvReader(e, new Times10(), env(parallelism))
                .types(Long.class, Long.class, String.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, 10L), new Vertex<>(2L, 20L), new Vertex<>(3L, 30L))),
                vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, "x"), new Edge<>(2L, 3L, "y"))), edges(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void edgeTypesGivesNullVertexValues(int parallelism) throws Exception {
        String e = file("e.csv", "1,2,7\n1,3,8\n");
        Graph<Long, NullValue, Integer> graph = Graph.fromCsvReader(e, env(parallelism))
                .edgeTypes(Long.class, Integer.class);
        NullValue n = NullValue.getInstance();
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, n), new Vertex<>(2L, n), new Vertex<>(3L, n))),
                vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, 7), new Edge<>(1L, 3L, 8))), edges(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void keyTypeReadsTwoColumns(int parallelism) throws Exception {
        String e = file("e.csv", "a,b\nb,c\n");
        Graph<String, NullValue, NullValue> graph = Graph.fromCsvReader(e, env(parallelism)).keyType(String.class);
        NullValue n = NullValue.getInstance();
        assertEquals(sorted(Arrays.asList(new Vertex<>("a", n), new Vertex<>("b", n), new Vertex<>("c", n))),
                vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>("a", "b", n), new Edge<>("b", "c", n))), edges(graph));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void vertexTypesWithVertexFileAndWithInitializer(int parallelism) throws Exception {
        String v = file("v.csv", "1,100\n2,200\n");
        String e = file("e.csv", "1,2\n");
        NullValue n = NullValue.getInstance();
        Graph<Long, Long, NullValue> fromFile = Graph.fromCsvReader(v, e, env(parallelism))
                .vertexTypes(Long.class, Long.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, 100L), new Vertex<>(2L, 200L))), vertices(fromFile));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, n))), edges(fromFile));

        Graph<Long, Long, NullValue> initialized = Graph.fromCsvReader(e, new Times10(), env(parallelism))
                .vertexTypes(Long.class, Long.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, 10L), new Vertex<>(2L, 20L))), vertices(initialized));
    }

    @Test
    void delimitersCommentsHeadersAndIncludedFields() throws Exception {
        String v = file("v.txt", "id|name;#c|x;1|'a|b';2|'c'");
        String e = file("e.txt", "src\ttrg\tskip\tval\n% note\n1\t2\tzz\t5\n");
        Graph<Long, String, Integer> graph = Graph.fromCsvReader(v, e, env(1))
                .lineDelimiterVertices(";").fieldDelimiterVertices("|").ignoreFirstLineVertices()
                .ignoreCommentsVertices("#").parseQuotedStringsVertices('\'')
                .fieldDelimiterEdges("\t").ignoreFirstLineEdges().ignoreCommentsEdges("%")
                .includeFieldsEdges("1101")
                .types(Long.class, String.class, Integer.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, "a|b"), new Vertex<>(2L, "c"))), vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, 5))), edges(graph));
    }

    @Test
    void lineDelimiterOfEdgesAndInvalidLinesSkipped() throws Exception {
        String e = file("e.csv", "1,2,3|oops,2,3|4,5,6");
        Graph<Long, NullValue, Long> graph = Graph.fromCsvReader(e, env(1))
                .lineDelimiterEdges("|").ignoreInvalidLinesEdges().edgeTypes(Long.class, Long.class);
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, 3L), new Edge<>(4L, 5L, 6L))), edges(graph));
    }

    @Test
    void malformedEdgeLineNamesFileLineAndField() throws Exception {
        String e = file("bad-edges.csv", "1,2,3\n4,5,6\n7,x,9\n");
        Graph<Long, NullValue, Long> graph = Graph.fromCsvReader(e, env(1)).edgeTypes(Long.class, Long.class);
        Exception thrown = assertThrows(Exception.class, () -> graph.getEdges().collect());
        CsvParseException parse = find(thrown);
        assertNotNull(parse, "no CsvParseException in the cause chain of " + thrown);
        String message = parse.getMessage();
        assertTrue(message.contains("bad-edges.csv"), message);
        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("field 2"), message);
    }

    @Test
    void malformedVertexLineNamesFileLineAndField() throws Exception {
        String v = file("bad-vertices.csv", "1,10\n2,ten\n");
        String e = file("e.csv", "1,2,3\n");
        Graph<Long, Long, Long> graph = Graph.fromCsvReader(v, e, env(1)).types(Long.class, Long.class, Long.class);
        Exception thrown = assertThrows(Exception.class, () -> graph.getVertices().collect());
        CsvParseException parse = find(thrown);
        assertNotNull(parse, "no CsvParseException in the cause chain of " + thrown);
        String message = parse.getMessage();
        assertTrue(message.contains("bad-vertices.csv") && message.contains("line 2") && message.contains("field 2"),
                message);
    }

    @Test
    void wrongNumberOfColumnsNamesFileAndLine() throws Exception {
        String missingValue = file("short.csv", "1,2,3\n4,5\n");
        Graph<Long, NullValue, Long> weighted = Graph.fromCsvReader(missingValue, env(1)).edgeTypes(Long.class, Long.class);
        CsvParseException tooFew = find(assertThrows(Exception.class, () -> weighted.getEdges().collect()));
        assertNotNull(tooFew);
        assertTrue(tooFew.getMessage().contains("short.csv, line 2: expected 3 fields, found 2"), tooFew.getMessage());

        // keyType reads two columns: a third is an error here, unless includeFieldsEdges("11") drops it
        String weightedFile = file("long.csv", "1,2,3\n");
        Graph<Long, NullValue, NullValue> pairs = Graph.fromCsvReader(weightedFile, env(1)).keyType(Long.class);
        CsvParseException tooMany = find(assertThrows(Exception.class, () -> pairs.getEdges().collect()));
        assertNotNull(tooMany);
        assertTrue(tooMany.getMessage().contains("long.csv, line 1: expected 2 fields, found 3"), tooMany.getMessage());
        assertEquals(1, Graph.fromCsvReader(weightedFile, env(1)).includeFieldsEdges("11").keyType(Long.class)
                .getEdges().collect().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void includedFieldsByFlagsAndBitMaskAndQuotedEdgeValues(int parallelism) throws Exception {
        String v = file("v.csv", "x,1,one\ny,2,two\n");
        String e = file("e.csv", "1;skip;2;\"a;b\"\n");
        Graph<Long, String, String> graph = Graph.fromCsvReader(v, e, env(parallelism))
                .includeFieldsVertices(false, true, true)
                .fieldDelimiterEdges(";").includeFieldsEdges(0b1101L).parseQuotedStringsEdges('"')
                .types(Long.class, String.class, String.class);
        assertEquals(sorted(Arrays.asList(new Vertex<>(1L, "one"), new Vertex<>(2L, "two"))), vertices(graph));
        assertEquals(sorted(Arrays.asList(new Edge<>(1L, 2L, "a;b"))), edges(graph));
    }

    @Test
    void vertexValuesNeedAFileOrAnInitializer() throws Exception {
        String e = file("e.csv", "1,2,3\n");
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> Graph.fromCsvReader(e, env(1)).types(Long.class, Long.class, Long.class));
        assertTrue(ex.getMessage().contains("vertex file"), ex.getMessage());
        assertThrows(IllegalStateException.class, () -> Graph.fromCsvReader(e, env(1)).vertexTypes(Long.class, Long.class));
    }

    private static CsvParseException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CsvParseException) {
                return (CsvParseException) c;
            }
        }
        return null;
    }
}
