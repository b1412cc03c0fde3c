package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.utils.ParameterTool;
import io.eddy.benchmarks.IterationData.Graph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graphs suite's baselines compute what Gelly computes: hand-worked values on tiny graphs, and the
 * same results as the Eddy programs (EddyGraphJobs, Gelly's library on Eddy) on a small R-MAT graph.
 */
class GraphBaselinesTest {

    @TempDir
    Path temp;

    private Path graph(String edges) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("graph"));
        Files.writeString(dir.resolve("edges.txt"), edges);
        return dir;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /**
     * 0 -> 1, 0 -> 2, 1 -> 2, 3 -> 2; vertex 2 has no out-edges, 3 no in-edges, id 4 no edge (so n = 4).
     * One iteration from 1/4 each: received 0, 1/8, 5/8, 0; the sinks are 1 - 3/4 = 1/4 (vertex 2's
     * score); uniform = (0.15 + 0.85 / 4) / 4 = 0.090625; score = uniform + 0.85 * received.
     */
    @Test
    void pageRankGivesTheScoreOfSinksToEveryVertex() throws Exception {
        Path output = temp.resolve("pagerank");
        GraphBaselines.pageRank(graph("0 1\n0 2\n1 2\n3 2\n"), output, 2, 5, 1);
        List<String> lines = lines(output);
        assertEquals(4, lines.size(), "a vertex without edges is not in the graph: " + lines);
        double[] expected = {0.090625, 0.090625 + 0.85 * 0.125, 0.090625 + 0.85 * 0.625, 0.090625};
        for (int v = 0; v < 4; v++) {
            String[] fields = lines.get(v).split(" ");
            assertEquals(Integer.toString(v), fields[0]);
            assertEquals(expected[v], Double.parseDouble(fields[1]), 1e-15, "vertex " + v);
        }
    }

    @Test
    void pageRankScoresSumToOne() throws Exception {
        Path output = temp.resolve("pagerank");
        GraphBaselines.pageRank(graph("0 1\n0 2\n1 2\n3 2\n2 5\n5 6\n"), output, 3, 8, 10);
        double sum = 0;
        for (String line : lines(output)) {
            sum += Double.parseDouble(line.split(" ")[1]);
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void componentsIgnoreDirectionAndLeaveOutVerticesWithoutEdges() throws Exception {
        Path output = temp.resolve("wcc");
        GraphBaselines.connectedComponents(graph("0 1\n2 1\n4 3\n6 5\n"), output, 2, 8, 100);
        assertEquals(List.of("0 0", "1 0", "2 0", "3 3", "4 3", "5 5", "6 5"), lines(output));
    }

    /** 0 -> 1 -> 2 and 0 -> 2 (the shorter way wins), 3 -> 0 (3 is unreachable from 0). */
    @Test
    void shortestPathsFollowTheLighterWay() throws Exception {
        Path output = temp.resolve("sssp");
        GraphBaselines.shortestPaths(graph("0 1\n1 2\n0 2\n3 0\n"), output, 2, 4, 0);
        double w01 = GraphBaselines.weight(0, 1);
        double viaOne = w01 + GraphBaselines.weight(1, 2);
        double direct = GraphBaselines.weight(0, 2);
        assertEquals(List.of("0 0.0", "1 " + w01, "2 " + Math.min(viaOne, direct), "3 Infinity"), lines(output));
    }

    @Test
    void weightsAreWholeNumbersFromOneToAHundredAsInTheGellyPrograms() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long source = random.nextLong(1L << 40);
            long target = random.nextLong(1L << 40);
            double weight = GraphBaselines.weight(source, target);
            assertTrue(weight >= 1 && weight <= 100 && weight == Math.rint(weight), Double.toString(weight));
            assertEquals(EddyGraphJobs.weight(source, target), weight);
        }
    }

    @Test
    void theSourceIsTheVertexWithTheMostOutEdgesTheSmallestOnATie() {
        assertEquals(2, GraphBaselines.highestOutDegree(new int[] {1, 2, 3, 2, 3, 0}, 4));
    }

    @ParameterizedTest(name = "{0} on Eddy agrees with the baseline")
    @ValueSource(strings = {"gelly-wcc", "gelly-wcc-gsa", "gelly-sssp", "gelly-sssp-gsa"})
    void eddyAgreesWithTheBaseline(String job) throws Exception {
        Graph graph = IterationData.graph(temp.resolve("data"), 10, 8);
        int vertices = (int) graph.vertices();
        int source = GraphBaselines.highestOutDegree(IterationBaselines.readEdges(graph.edgesFile(), 2)[0], vertices);
        Path baseline = temp.resolve("baseline");
        if (job.startsWith("gelly-wcc")) {
            GraphBaselines.connectedComponents(graph.dir(), baseline, 2, vertices, 1000);
        } else {
            GraphBaselines.shortestPaths(graph.dir(), baseline, 2, vertices, source);
        }
        Path eddy = temp.resolve("eddy");
        EddyGraphJobs.run(ParameterTool.fromArgs(new String[] {"--job", job, "--input", graph.dir().toString(),
                "--output", eddy.toString(), "--source", Integer.toString(source), "--parallelism", "2"}));
        IterationResults expected = IterationResults.read(job, baseline);
        assertTrue(expected.size() > vertices / 2, "most vertices have edges");
        assertNull(expected.difference(IterationResults.read(job, eddy)));
    }
}
