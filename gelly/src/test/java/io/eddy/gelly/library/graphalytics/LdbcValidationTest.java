package io.eddy.gelly.library.graphalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.gelly.command.GraphCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation case of the LDBC Graphalytics data ({@code cases.tsv}: 24 cases over the six
 * algorithms, both directions, both input formats), run through {@code eddy graph}'s entry point at
 * parallelism 1 and 2 and judged by the data's own compare.py with the benchmark's rules.
 */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LdbcValidationTest {

    @TempDir
    Path temp;

    static Stream<Arguments> cases() throws Exception {
        List<String> lines = Files.readAllLines(GraphalyticsData.dir().resolve("cases.tsv"), StandardCharsets.UTF_8);
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            for (int parallelism : new int[] {1, 2}) {
                cases.add(Arguments.of(c[0], parallelism, c));
            }
        }
        assertEquals(48, cases.size(), "cases.tsv should hold 24 cases");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("cases")
    void matchesTheReference(String name, int parallelism, String[] c) throws Exception {
        Path data = GraphalyticsData.dir();
        String algorithm = c[1];
        boolean adjacency = c[3].equals("adjacency");
        Path output = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of(algorithm, "--format", c[3], "--output", output.toString(),
                "-p", Integer.toString(parallelism)));
        if (adjacency) {
            args.addAll(List.of("--input", data.resolve(c[4]).toString()));
        } else {
            args.addAll(List.of("--vertices", data.resolve(c[4]).toString(), "--input", data.resolve(c[5]).toString()));
        }
        if (Boolean.parseBoolean(c[2])) {
            args.add("--directed");
        }
        args.addAll(options(c[6]));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GraphCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(new String[0]));
        assertEquals(0, exit, () -> "eddy graph " + String.join(" ", args) + " failed: " + err.toString(StandardCharsets.UTF_8));
        GraphalyticsData.assertPasses(algorithm, data.resolve(c[7]), output);
    }

    /** {@code source-vertex=1;num-iterations=2} as command-line options; the weight column needs none. */
    private static List<String> options(String parameters) {
        List<String> options = new ArrayList<>();
        if (parameters.equals("-")) {
            return options;
        }
        for (String parameter : parameters.split(";")) {
            String[] kv = parameter.split("=", 2);
            switch (kv[0]) {
                case "weight" -> { }
                case "num-iterations" -> options.addAll(List.of("--iterations", kv[1]));
                default -> options.addAll(List.of("--" + kv[0], kv[1]));
            }
        }
        return options;
    }
}
