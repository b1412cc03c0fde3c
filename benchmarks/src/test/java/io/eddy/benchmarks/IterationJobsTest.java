package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.utils.ParameterTool;
import io.eddy.benchmarks.IterationData.Graph;
import io.eddy.benchmarks.IterationData.Points;
import io.eddy.runtime.iteration.SuperstepStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The iterations suite compares engines only if they compute the same thing: the DataSet programs on
 * Eddy and the plain-Java baselines, whatever their number of threads, agree within the suite's
 * tolerances and run the same supersteps; the generators are deterministic and give what they promise.
 */
class IterationJobsTest {

    private static final int LOG_VERTICES = 10;

    @TempDir
    static Path temp;
    static Graph graph;
    static Points points;

    @BeforeAll
    static void generateInputs() throws Exception {
        graph = IterationData.graph(temp.resolve("data"), LOG_VERTICES, 8);
        points = IterationData.points(temp.resolve("data"), 5000, 10);
    }

    private static JobExecutionResult runOnEddy(String job, Path output) throws Exception {
        String input = (job.equals("kmeans") ? points.dir() : graph.dir()).toString();
        return EddyIterationJobs.run(ParameterTool.fromArgs(new String[] {"--job", job, "--input", input,
                "--output", output.toString(), "--vertices", Long.toString(graph.vertices()), "--iterations", "10",
                "--parallelism", "2"}));
    }

    @Test
    void pageRankAgrees() throws Exception {
        Path eddyOutput = temp.resolve("pagerank-eddy");
        JobExecutionResult result = runOnEddy("pagerank", eddyOutput);
        assertEquals(10, result.getSuperstepStatistics().size());
        IterationResults eddy = IterationResults.read("pagerank", eddyOutput);
        assertEquals(graph.vertices(), eddy.size(), "every vertex keeps a rank");
        for (int threads : new int[] {1, 3}) {
            Path baseline = temp.resolve("pagerank-baseline-" + threads);
            IterationBaselines.pageRank(graph.dir(), baseline, threads, (int) graph.vertices(), 10);
            assertNull(IterationResults.read("pagerank", baseline).difference(eddy), threads + " threads");
        }
    }

    @Test
    void connectedComponentsAgreeSuperstepForSuperstep() throws Exception {
        Path eddyOutput = temp.resolve("components-eddy");
        List<SuperstepStats> supersteps = runOnEddy("components", eddyOutput).getSuperstepStatistics();
        IterationResults eddy = IterationResults.read("components", eddyOutput);
        assertEquals(graph.vertices(), eddy.size());
        assertEquals(0, supersteps.get(supersteps.size() - 1).feedbackRecords(), "the loop ends on an empty workset");
        for (int threads : new int[] {1, 3}) {
            Path baseline = temp.resolve("components-baseline-" + threads);
            int baselineSupersteps = IterationBaselines.connectedComponents(graph.dir(), baseline, threads,
                    (int) graph.vertices(), 1000);
            assertNull(IterationResults.read("components", baseline).difference(eddy), threads + " threads");
            assertEquals(supersteps.size(), baselineSupersteps, threads + " threads");
        }
    }

    @Test
    void kMeansAgrees() throws Exception {
        Path eddyOutput = temp.resolve("kmeans-eddy");
        JobExecutionResult result = runOnEddy("kmeans", eddyOutput);
        assertEquals(10, result.getSuperstepStatistics().size());
        IterationResults eddy = IterationResults.read("kmeans", eddyOutput);
        assertEquals(10, eddy.size());
        for (int threads : new int[] {1, 3}) {
            Path baseline = temp.resolve("kmeans-baseline-" + threads);
            IterationBaselines.kMeans(points.dir(), baseline, threads, 10);
            assertNull(IterationResults.read("kmeans", baseline).difference(eddy), threads + " threads");
        }
    }

    @Test
    void differencesBeyondTheTolerancesAreFound() throws Exception {
        Files.writeString(temp.resolve("a"), "1 0.5\n2 0.25\n");
        Files.writeString(temp.resolve("b"), "2 0.25000000000001\n1 0.5\n");
        Files.writeString(temp.resolve("c"), "1 0.5\n2 0.2500001\n");
        IterationResults a = IterationResults.read("pagerank", temp.resolve("a"));
        assertNull(a.difference(IterationResults.read("pagerank", temp.resolve("b"))));
        assertNotNull(a.difference(IterationResults.read("pagerank", temp.resolve("c"))));
        assertNull(IterationResults.read("kmeans", temp.resolve("a"))
                .difference(IterationResults.read("kmeans", temp.resolve("c"))));
        assertNotNull(IterationResults.read("components", temp.resolve("a"))
                .difference(IterationResults.read("components", temp.resolve("b"))));
    }

    @Test
    void generatedGraphHasDistinctEdgesWithoutLoopsAndIsDeterministic() throws Exception {
        List<String> lines = Files.readAllLines(graph.edgesFile(), StandardCharsets.US_ASCII);
        assertEquals(8L << LOG_VERTICES, lines.size());
        Set<String> distinct = new HashSet<>();
        for (String line : lines) {
            String[] ends = line.split(" ");
            assertTrue(!ends[0].equals(ends[1]) && Long.parseLong(ends[0]) < graph.vertices()
                    && Long.parseLong(ends[1]) < graph.vertices(), line);
            assertTrue(distinct.add(line), "repeated edge " + line);
        }
        Graph again = IterationData.graph(temp.resolve("again"), LOG_VERTICES, 8);
        assertEquals(lines, Files.readAllLines(again.edgesFile(), StandardCharsets.US_ASCII));
    }

    @Test
    void initialCentroidsAreTheFirstPoints() throws Exception {
        List<String> pointLines = Files.readAllLines(points.dir().resolve("points.txt"));
        List<String> centers = Files.readAllLines(points.dir().resolve("centers.txt"));
        assertEquals(5000, pointLines.size());
        assertEquals(10, centers.size());
        for (int i = 0; i < 10; i++) {
            assertEquals((i + 1) + " " + pointLines.get(i), centers.get(i));
        }
        byte[] line = new byte[32];
        assertEquals("-12.0350", new String(line, 0, IterationData.appendDecimal(line, 0, -12.035), StandardCharsets.US_ASCII));
        assertEquals("0.0001", new String(line, 0, IterationData.appendDecimal(line, 0, 0.00005), StandardCharsets.US_ASCII));
    }
}
