package io.eddy.gelly.library.graphalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.CsvParseException;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The readers and the writer: the formats' corners, and malformed input named by file, line, field and type. */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LdbcInputTest {

    @TempDir
    Path dir;

    private final ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);

    private String file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    private static List<String> sorted(List<?> values) {
        List<String> strings = new ArrayList<>();
        values.forEach(v -> strings.add(String.valueOf(v)));
        Collections.sort(strings);
        return strings;
    }

    @Test
    void evlpTakesTheVertexSetFromTheVertexFile() throws Exception {
        Graph<Long, NullValue, Double> graph = GraphalyticsIO.readEvlp(env, file("g.v", "7\n3\n9\n"),
                file("g.e", "3 7\r\n\n7 3 2.5"), false);
        assertEquals(List.of("3", "7", "9"), sorted(graph.getVertexIds().collect()));
        assertEquals(List.of("(3,7,1.0)", "(7,3,1.0)"), sorted(graph.getEdges().collect()),
                "a missing final newline, a CRLF line end and a blank line are fine; unweighted reading ignores the weight");
        Graph<Long, NullValue, Double> weighted = GraphalyticsIO.readEvlp(env, file("w.v", "1\n2"),
                file("w.e", "1 2 0.25\n2 1 1e-3"), true);
        assertEquals(List.of("(1,2,0.25)", "(2,1,0.001)"), sorted(weighted.getEdges().collect()));
    }

    @Test
    void adjacencyListsGiveEveryIdAndUndirectedEdgesOnce() throws Exception {
        String path = file("adj", "1 2 3\n2 1\n3 1\n4\n");
        Graph<Long, NullValue, Double> undirected = GraphalyticsIO.readAdjacencyList(env, path, false);
        assertEquals(List.of("1", "2", "3", "4"), sorted(undirected.getVertexIds().collect()));
        assertEquals(List.of("(1,2,1.0)", "(1,3,1.0)"), sorted(undirected.getEdges().collect()));
        Graph<Long, NullValue, Double> directed = GraphalyticsIO.readAdjacencyList(env, file("dadj", "1 2 5\n2 1"), true);
        assertEquals(List.of("1", "2", "5"), sorted(directed.getVertexIds().collect()),
                "a vertex only named as a neighbour is a vertex");
        assertEquals(List.of("(1,2,1.0)", "(1,5,1.0)", "(2,1,1.0)"), sorted(directed.getEdges().collect()));
    }

    @Test
    void writesVertexValueLinesIntoADirectory() throws Exception {
        Path out = dir.resolve("result");
        GraphalyticsIO.writeResult(env.fromElements(new io.eddy.api.tuple.Tuple2<>(1L, 0.5),
                new io.eddy.api.tuple.Tuple2<>(2L, Double.POSITIVE_INFINITY)).setParallelism(1), out.toString());
        env.execute();
        assertTrue(Files.isDirectory(out), "always a directory of part files, even at parallelism 1");
        List<String> lines = new ArrayList<>();
        try (var parts = Files.list(out)) {
            for (Path part : parts.toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        assertEquals(List.of("1 0.5", "2 Infinity"), sorted(lines));
    }

    private CsvParseException malformed(Graph<Long, ?, ?> graph) {
        Exception e = assertThrows(Exception.class, () -> {
            graph.getVertexIds().collect();
            graph.getEdges().collect();
        });
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CsvParseException csv) {
                return csv;
            }
        }
        throw new AssertionError("no CsvParseException in the causes", e);
    }

    @Test
    void aBadTargetIdNamesFileLineFieldAndType() throws Exception {
        String edges = file("bad.e", "1 2\n2 3\n3 x4\n");
        CsvParseException e = malformed(GraphalyticsIO.readEvlp(env, file("ok.v", "1\n2\n3"), edges, false));
        assertEquals(3, e.getLineNumber());
        assertEquals(1, e.getFieldIndex());
        assertEquals("target", e.getFieldName());
        assertEquals("Long", e.getExpectedType());
        assertEquals("x4", e.getOffendingText());
        assertTrue(e.getFile().endsWith("bad.e"), e.getFile());
        assertTrue(e.getMessage().matches("Malformed edge file .*bad\\.e, line 3, field 2 \\(target\\): expected Long, found \"x4\""),
                e.getMessage());
    }

    @Test
    void aBadVertexIdIsReportedFromTheVertexFile() throws Exception {
        CsvParseException e = malformed(GraphalyticsIO.readEvlp(env, file("bad.v", "1\n\n-2\n"), file("ok.e", "1 1"), false));
        assertEquals(3, e.getLineNumber(), "blank lines count");
        assertEquals("vertex", e.getFieldName());
        assertTrue(e.getMessage().contains("bad.v, line 3, field 1 (vertex): expected Long, found \"-2\""), e.getMessage());
    }

    @Test
    void weightsAreRequiredAndMustBeNumbers() throws Exception {
        CsvParseException missing = malformed(GraphalyticsIO.readEvlp(env, file("w.v", "1\n2"),
                file("missing.e", "1 2 1.5\n2 1"), true));
        assertEquals(2, missing.getLineNumber());
        assertEquals(-1, missing.getFieldIndex());
        assertTrue(missing.getMessage().endsWith("missing.e, line 2: expected 3 fields, found 2 (no weight)"),
                missing.getMessage());

        CsvParseException bad = malformed(GraphalyticsIO.readEvlp(env, file("w2.v", "1\n2"),
                file("bad.e", "1 2 heavy"), true));
        assertEquals(1, bad.getLineNumber());
        assertEquals("Double", bad.getExpectedType());
        assertTrue(bad.getMessage().endsWith("line 1, field 3 (weight): expected Double, found \"heavy\""), bad.getMessage());
    }

    @Test
    void extraFieldsAreAnError() throws Exception {
        CsvParseException e = malformed(GraphalyticsIO.readEvlp(env, file("x.v", "1\n2"), file("x.e", "1 2 3.0 4"), false));
        assertTrue(e.getMessage().endsWith("x.e, line 1: expected 2 or 3 fields, found 4"), e.getMessage());
    }

    @Test
    void aBadNeighbourInAnAdjacencyList() throws Exception {
        CsvParseException e = malformed(GraphalyticsIO.readAdjacencyList(env, file("adj", "1 2\n2 1 3.5"), true));
        assertNotNull(e.getFile());
        assertTrue(e.getMessage().endsWith("adj, line 2, field 3 (neighbour): expected Long, found \"3.5\""),
                e.getMessage());
    }
}
