package io.eddy.gelly.library.graphalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Where the LDBC validation data is ({@code shared/data/graphalytics} beside an ancestor of the
 * working directory: the repository's parent in a checkout and in CI), and its judge, compare.py.
 */
final class GraphalyticsData {

    private static final String RELATIVE = "shared/data/graphalytics";

    private GraphalyticsData() {}

    static Path dir() {
        Path start = Paths.get("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("cases.tsv"))) {
                return candidate;
            }
        }
        return fail("The LDBC Graphalytics validation data was not found: no " + RELATIVE
                + "/cases.tsv beside " + start + " or any of its ancestors");
    }

    /** Runs compare.py and fails with its report unless the result passes. */
    static void assertPasses(String algorithm, Path expected, Path result) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", dir().resolve("compare.py").toString(), algorithm,
                expected.toString(), result.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("compare.py did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), () -> "compare.py " + algorithm + " " + expected + " " + result
                + " says:\n" + report);
    }
}
