package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The LDBC Graphalytics validation data beside the repository, and its checker {@code compare.py}. */
final class GraphalyticsData {

    private GraphalyticsData() {
    }

    /** {@code shared/data/graphalytics} beside the repository, found from the module directory upwards. */
    static Path data() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/graphalytics");
            if (Files.isRegularFile(candidate.resolve("compare.py"))) {
                return candidate;
            }
        }
        return fail("shared/data/graphalytics (the LDBC validation data) is not beside any ancestor of "
                + Paths.get("").toAbsolutePath());
    }

    /** Fails unless {@code compare.py} accepts {@code result} against the reference file {@code expected}. */
    static void assertMatches(String algorithm, String expected, Path result) throws Exception {
        Process compare = new ProcessBuilder("python3", data().resolve("compare.py").toString(), algorithm,
                data().resolve(expected).toString(), result.toString()).redirectErrorStream(true).start();
        String report = new String(compare.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, compare.waitFor(), algorithm + " " + expected + ": " + report);
    }
}
