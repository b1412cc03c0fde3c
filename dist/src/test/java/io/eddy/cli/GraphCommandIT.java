package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every LDBC Graphalytics validation case ({@code shared/data/graphalytics/cases.tsv}) through
 * {@code scripts/eddy graph} on the distribution this build made, at parallelism 2, each result
 * judged by the benchmark's {@code compare.py}. Runs after the package phase.
 */
class GraphCommandIT {

    @TempDir
    Path tempDir;

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(GraphalyticsData.data().resolve("cases.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split("\t");
                cases.add(Arguments.of(f[0], f[1], Boolean.parseBoolean(f[2]), f[3], f[4], f[5], f[6], f[7]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validationCasePassesThroughTheScript(String name, String algorithm, boolean directed, String format,
            String verticesOrAdjacency, String edges, String parameters, String expected) throws Exception {
        assumeTrue(Files.isRegularFile(Processes.distributionJar()), "the distribution is not built");
        Path data = GraphalyticsData.data();
        Path output = tempDir.resolve("out");
        List<String> command = new ArrayList<>(List.of("bash", Processes.projectRoot().resolve("scripts/eddy").toString(),
                "graph", algorithm, "-p", "2", "--output", output.toString()));
        if (directed) {
            command.add("--directed");
        }
        if (format.equals("evlp")) {
            command.addAll(List.of("--vertices", data.resolve(verticesOrAdjacency).toString(),
                    "--input", data.resolve(edges).toString()));
        } else {
            command.addAll(List.of("--format", "adjacency", "--input", data.resolve(verticesOrAdjacency).toString()));
        }
        for (String parameter : parameters.split(";")) {
            String[] kv = parameter.split("=", 2);
            switch (kv[0]) {
                case "source-vertex" -> command.addAll(List.of("--source-vertex", kv[1]));
                case "damping-factor" -> command.addAll(List.of("--damping-factor", kv[1]));
                case "num-iterations", "max-iterations" -> command.addAll(List.of("--iterations", kv[1]));
                default -> {
                    // "-" (none) and the weight column, which sssp always reads
                }
            }
        }
        Processes.Result result = Processes.run(command, tempDir, Map.of("EDDY_SKIP_BUILD", "1",
                "EDDY_LOG_FILE", tempDir.resolve("eddy.log").toString(), "EDDY_JAVA_OPTS", "-Xmx512m",
                "JAVA_HOME", System.getProperty("java.home")), 120);
        assertEquals(0, result.exitCode(), name + ": " + result.describe());
        GraphalyticsData.assertMatches(algorithm, expected, output);
    }
}
