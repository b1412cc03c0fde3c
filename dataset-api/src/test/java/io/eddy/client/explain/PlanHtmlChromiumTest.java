package io.eddy.client.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders plan pages in headless Chromium through {@code scripts/check-plan-html.sh}, the same check a
 * person runs by hand, so the page's script is tested where it actually runs: in a browser.
 *
 * <p>Chromium is required. Without it the script installs Debian's package (as root or through
 * sudo) and fails clearly when it cannot, so a machine that lacks it cannot look green; only with
 * {@code EDDY_SKIP_BROWSER_TESTS=1} are these tests skipped instead. CI installs Chromium in
 * {@code .ci/run} beforehand.
 */
class PlanHtmlChromiumTest {

    private static final String SKIP_VARIABLE = "EDDY_SKIP_BROWSER_TESTS";

    /** Seconds one run of the check may take; the script itself gives Chromium at most 120. */
    private static final long CHECK_TIMEOUT_SECONDS = 300;

    /**
     * Six nodes: two sources, a join whose second input is a blocking exchange, a map that also reads
     * the customers as a broadcast set, a reduce with a local sort, and a sink. Six edges.
     */
    private static final String SIX_NODE_PLAN = """
            {"nodes": [
              {"id": 1, "type": "source", "pact": "Data Source", "contents": "CsvInputFormat (orders.tbl)", "parallelism": 2,
               "chain": 1, "estimates": [{"name": "Est. Output Size", "value": "163.9 MB"}]},
              {"id": 2, "type": "source", "pact": "Data Source", "contents": "CsvInputFormat (customer.tbl)", "parallelism": 2},
              {"id": 3, "type": "pact", "pact": "Join", "contents": "Join at main(Q3.java:80)", "parallelism": 2,
               "driver_strategy": "Hybrid Hash (build: second)", "chain": 2, "managed_memory": "50% of slot",
               "predecessors": [
                 {"id": 1, "side": "first", "ship_strategy": "Hash Partition on [0]"},
                 {"id": 2, "side": "second", "ship_strategy": "Hash Partition on [0]", "exchange": "blocking"}]},
              {"id": 4, "type": "pact", "pact": "Map", "contents": "Map at main(Q3.java:85)", "parallelism": 2,
               "driver_strategy": "Map", "chain": 2,
               "predecessors": [
                 {"id": 3, "side": "first", "ship_strategy": "Forward"},
                 {"id": 2, "side": "broadcast", "ship_strategy": "Broadcast"}]},
              {"id": 5, "type": "pact", "pact": "Reduce", "contents": "Reduce at main(Q3.java:90)", "parallelism": 2,
               "driver_strategy": "Sorted Group Reduce",
               "predecessors": [{"id": 4, "side": "first", "ship_strategy": "Hash Partition on [1]",
                                 "local_strategy": "Sort on [1:ASC]"}]},
              {"id": 6, "type": "sink", "pact": "Data Sink", "contents": "CsvOutputFormat (path: /tmp/out)", "parallelism": 1,
               "predecessors": [{"id": 5, "side": "first", "ship_strategy": "Redistribute"}]}
            ]}
            """;

    @TempDir
    Path tempDir;

    // Per test rather than per class, so a skipped run reports every test as skipped.
    @BeforeEach
    void requireChromium() {
        if (onPath("chromium")) {
            return;
        }
        if ("1".equals(System.getenv(SKIP_VARIABLE))) {
            Assumptions.abort("chromium is not installed and " + SKIP_VARIABLE + "=1: browser tests skipped");
        }
        // otherwise check-plan-html.sh installs it, or fails saying why it could not
    }

    @Test
    void sixNodePlanRendersEveryNodeAndEdge() throws Exception {
        Path page = write("six-nodes.html", PlanHtml.render(SIX_NODE_PLAN, "six nodes"));
        Result result = check(page);
        assertEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("nodes expected 6, recorded 6, in DOM 6"), result.output);
        assertTrue(result.output.contains("edges expected 6, recorded 6, in DOM 6"), result.output);
        assertFalse(result.output.contains("loops expected"), "a plan without loops has no loop line: " + result.output);
        assertTrue(result.output.contains("check-plan-html: OK"), result.output);
    }

    @Test
    void pageWithBrokenJsonFailsTheCheckWithTheParseError() throws Exception {
        Path page = write("broken.html", PlanHtml.render("{\"nodes\": [ {\"id\": 1, \"pact\": ", "broken"));
        Result result = check(page);
        assertNotEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("the page shows an error: The plan is not valid JSON"), result.output);
    }

    @Test
    void tpchQuery3SampleRendersWithAScreenshot() throws Exception {
        String json = sample("tpch-q3-plan.json");
        Path page = write("q3.html", PlanHtml.render(json, "TPC-H Query 3"));
        Path screenshot = tempDir.resolve("q3.png");
        Result result = check(page, screenshot);
        assertEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("nodes expected 11, recorded 11, in DOM 11"), result.output);
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the page");
    }

    /**
     * The plan {@code eddy plan --json pagerank} prints: a bulk iteration of 10 of its 15 nodes whose head gets
     * its feedback from the Iteration Tail, with one loop-invariant input (the links).
     */
    @Test
    void pageRankSampleDrawsItsLoopFeedbackEdgeAndLoopInvariantInput() throws Exception {
        String json = sample("pagerank-plan.json");
        Path page = write("pagerank.html", PlanHtml.render(json, "PageRank"));
        Result result = check(page);
        assertEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("nodes expected 15, recorded 15, in DOM 15"), result.output);
        // The feedback edge is not one of the 15 plan edges: the JSON does not list it as a predecessor.
        assertTrue(result.output.contains("edges expected 15, recorded 15, in DOM 15"), result.output);
        assertTrue(result.output.contains("loops expected 1, recorded 1, in DOM 1; feedback edges expected 1, recorded 1,"
                + " in DOM 1; loop-invariant inputs expected 1, recorded 1, in DOM 1"), result.output);
        assertTrue(result.output.contains("check-plan-html: OK"), result.output);
    }

    /** A plan JSON next to this class in the test resources. */
    private static String sample(String name) throws IOException {
        try (InputStream in = PlanHtmlChromiumTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(tempDir.resolve(name), html);
    }

    private Result check(Path... arguments) throws Exception {
        // Surefire runs in the module directory; the script is in the repository's scripts/.
        Path script = Path.of("..", "scripts", "check-plan-html.sh").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(script), "missing " + script);
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = script.toString();
        for (int i = 0; i < arguments.length; i++) {
            command[i + 2] = arguments[i].toString();
        }
        Path output = tempDir.resolve("check-output-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("check-plan-html.sh did not finish in " + CHECK_TIMEOUT_SECONDS + " s: " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    private record Result(int exitCode, String output) {}

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
