package io.eddy.gelly.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code eddy graph}: its usage errors, exit codes and format inference. */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LdbcGraphCommandTest {

    @TempDir
    Path dir;

    private final CapturedGraphCommand cli = new CapturedGraphCommand();

    private void assertUsageError(String reason, String... args) {
        assertEquals(2, cli.run(args), cli.err());
        assertTrue(cli.err().startsWith("eddy graph: " + reason), cli.err());
        assertTrue(cli.err().contains("Usage: eddy graph <algorithm>"), cli.err());
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, cli.run("--help"));
        String usage = cli.out();
        for (String algorithm : new String[] {"bfs", "pr", "wcc", "cdlp", "lcc", "sssp"}) {
            assertTrue(usage.contains("  " + algorithm + " "), usage);
        }
        assertEquals("", cli.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertUsageError("missing the algorithm");
        assertUsageError("unknown algorithm 'page-rank'", "page-rank", "--input", "g.e", "--output", "o");
        assertUsageError("missing --output", "wcc", "--input", "g", "--format", "adjacency");
        assertUsageError("missing --source-vertex", "bfs", "--input", "g", "--output", "o");
        assertUsageError("wcc takes no --iterations", "wcc", "--input", "g", "--output", "o", "--iterations", "3");
        assertUsageError("pr takes no --max-iterations", "pr", "--input", "g", "--output", "o", "--max-iterations", "3");
        assertUsageError("unknown option '--sorce-vertex'", "bfs", "--input", "g", "--output", "o", "--sorce-vertex", "1");
        assertUsageError("--source-vertex needs an integer, not 'one'", "bfs", "--input", "g", "--output", "o",
                "--source-vertex", "one");
        assertUsageError("--format must be evlp or adjacency", "lcc", "--input", "g", "--output", "o", "--format", "csv");
        assertUsageError("the evlp format needs the vertex file", "lcc", "--input", "nowhere.e", "--output", "o");
        assertUsageError("--parallelism must be at least 1", "lcc", "--input", "g", "--output", "o", "-p", "0");
        assertUsageError("sssp needs edge weights", "sssp", "--input", "g", "--output", "o", "--source-vertex", "1");
    }

    @Test
    void malformedInputFailsTheJobWithExitOne() throws Exception {
        Files.writeString(dir.resolve("g.v"), "1\n2\n");
        Files.writeString(dir.resolve("g.e"), "1 2\n2 one\n");
        assertEquals(1, cli.run("wcc", "--input", dir.resolve("g.e").toString(), "--output",
                dir.resolve("out").toString()));
        assertTrue(cli.err().matches("eddy graph: job failed: Malformed edge file .*g\\.e, line 2, field 2 \\(target\\):"
                + " expected Long, found \"one\"\\R"), cli.err());
        assertTrue(Files.notExists(dir.resolve("out")), "a failed job leaves no output");
    }

    @Test
    void theVertexFileDefaultsToTheEdgeFilesSiblingAndMaxIterationsIsAnAlias() throws Exception {
        Files.writeString(dir.resolve("g.v"), "1\n2\n3\n9");
        Files.writeString(dir.resolve("g.e"), "1 2\n2 3\n");
        Path output = dir.resolve("out");
        assertEquals(0, cli.run("cdlp", "--input", dir.resolve("g.e").toString(), "--output", output.toString(),
                "--max-iterations=1", "-p", "1"), cli.err());
        StringBuilder lines = new StringBuilder();
        try (var parts = Files.list(output)) {
            for (Path part : parts.sorted().toList()) {
                lines.append(Files.readString(part));
            }
        }
        // 1 hears 2; 2 hears 1 and 3: tie, 1; 3 hears 2; 9 is isolated
        assertEquals("1 2\n2 1\n3 2\n9 9\n", lines.toString());
        assertTrue(cli.out().startsWith("eddy graph: cdlp wrote " + output), cli.out());
    }
}
