package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy graph} through the command line's entry point: LDBC Graphalytics validation cases
 * (a directed and an undirected one, both input formats) judged by the data's compare.py, and
 * the usage errors' exit code. The algorithms' full validation is Gelly's LdbcValidationTest.
 */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EddyCliGraphTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EddyCli cli = new EddyCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), ExampleRegistry.builtIn(),
            EddyCliGraphTest.class.getClassLoader());

    @TempDir
    Path tempDir;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void directedPageRankFromEvlpFiles() throws Exception {
        Path output = tempDir.resolve("pr");
        assertEquals(0, cli.run("graph", "pr", "--directed", "-p", "2",
                "--vertices", GraphalyticsData.data().resolve("validation-graphs/example/example-directed.v").toString(),
                "--input", GraphalyticsData.data().resolve("validation-graphs/example/example-directed.e").toString(),
                "--output", output.toString(), "--damping-factor", "0.85", "--iterations", "2"), err());
        GraphalyticsData.assertMatches("pr", "validation-graphs/example/example-directed-PR", output);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("eddy graph: pr wrote " + output), out.toString());
    }

    @Test
    void undirectedCdlpFromAnAdjacencyList() throws Exception {
        Path output = tempDir.resolve("cdlp");
        assertEquals(0, cli.run("graph", "cdlp", "--format", "adjacency", "-p", "2",
                "--input", GraphalyticsData.data().resolve("validation-graphs/cdlp/undir-input").toString(),
                "--output", output.toString(), "--max-iterations", "5"), err());
        GraphalyticsData.assertMatches("cdlp", "validation-graphs/cdlp/undir-output", output);
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        for (List<String> args : List.of(List.of("graph"), List.of("graph", "page-rank", "--input", "g", "--output", "o"),
                List.of("graph", "bfs", "--input", "g", "--output", "o"))) {
            err.reset();
            assertEquals(EddyCli.EXIT_USAGE, cli.run(args.toArray(new String[0])), String.join(" ", args));
            assertTrue(err().contains("Usage: eddy graph <algorithm>"), err());
        }
        assertEquals(EddyCli.EXIT_OK, cli.run("graph", "--help"));
        assertEquals(EddyCli.EXIT_OK, cli.run("help", "graph"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: eddy graph <algorithm>"));
    }

    @Test
    void malformedInputIsAFailedJobNamingFileAndLine() throws Exception {
        Files.writeString(tempDir.resolve("g.v"), "1\n2\n");
        Files.writeString(tempDir.resolve("g.e"), "1 2\n2 x\n");
        assertEquals(EddyCli.EXIT_FAILURE, cli.run("graph", "wcc", "--input", tempDir.resolve("g.e").toString(),
                "--output", tempDir.resolve("out").toString()));
        assertTrue(err().startsWith("eddy: job failed: Malformed edge file "), err());
        assertTrue(err().contains("g.e, line 2, field 2 (target): expected Long, found \"x\""), err());
    }

    @Test
    void libraryConnectedComponentsAndPageRankFromACsvEdgeList() throws Exception {
        Path edges = tempDir.resolve("edges.csv");
        Files.writeString(edges, "# components {1,2,3} and {7,8}\r\n1,2\r\n3,2\r\n\r\n8,7\r\n");
        Path components = tempDir.resolve("cc");
        assertEquals(EddyCli.EXIT_OK, cli.run("graph", "connected-components", "--input", edges.toString(),
                "--output", components.toString(), "-p", "2"), err());
        assertEquals(List.of("1 1", "2 1", "3 1", "7 7", "8 7"), sortedLines(components));
        Path ranks = tempDir.resolve("pr");
        assertEquals(EddyCli.EXIT_OK, cli.run("graph", "pagerank", "--input", edges.toString(), "--output",
                ranks.toString(), "--directed", "--iterations=3"), err());
        assertEquals(5, sortedLines(ranks).size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("eddy graph: pagerank wrote " + ranks), out.toString());
    }

    private static List<String> sortedLines(Path dir) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        try (var parts = Files.list(dir)) {
            for (Path part : parts.toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        java.util.Collections.sort(lines);
        return lines;
    }
}
