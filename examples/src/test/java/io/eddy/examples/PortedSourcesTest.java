package io.eddy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks that every committed Eddy program under {@code src/main/java} and {@code src/test/java} is
 * exactly what {@code port-from-flink.sed} makes of its Flink original in {@code src/flink-originals}:
 * the examples must stay proof that a Flink program runs after rewriting its imports and nothing else.
 */
class PortedSourcesTest {

    /** The examples module; surefire runs tests with the module directory as working directory. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ORIGINALS = MODULE.resolve("src/flink-originals");
    private static final String ORIGINAL_SUFFIX = ".java.txt";

    @TestFactory
    Stream<DynamicTest> portedSourceEqualsSedOutputOfOriginal() throws IOException {
        Path script = sedScript();
        List<Path> originals = originals();
        assertFalse(originals.isEmpty(), "no Flink originals found under " + ORIGINALS);
        return originals.stream().map(original -> DynamicTest.dynamicTest(
                ORIGINALS.relativize(original).toString(),
                () -> assertEquals(Files.readString(portedLocation(original), StandardCharsets.UTF_8),
                        runSed(script, original),
                        "ported source differs from the sed output of " + original)));
    }

    @Test
    void repositoryCopyOfScriptMatchesSharedScript() throws IOException {
        Path repositoryCopy = MODULE.getParent().resolve("scripts/port-from-flink.sed");
        assertTrue(Files.isRegularFile(repositoryCopy), "missing " + repositoryCopy);
        Path shared = MODULE.getParent().resolve("../shared/port-from-flink.sed").normalize();
        if (Files.isRegularFile(shared)) {
            // the repository may be ahead of the shared copy (new rules, e.g. for new API packages), never behind
            assertTrue(containsInOrder(Files.readAllLines(repositoryCopy), Files.readAllLines(shared)),
                    "scripts/port-from-flink.sed is out of date with " + shared);
        }
    }

    /** Whether every line of {@code part} occurs in {@code whole}, in the same order. */
    private static boolean containsInOrder(List<String> whole, List<String> part) {
        int next = 0;
        for (String line : whole) {
            if (next < part.size() && line.equals(part.get(next))) {
                next++;
            }
        }
        return next == part.size();
    }

    @Test
    void everyPortedProgramHasItsOriginal() throws IOException {
        // a ported program without an original can no longer be checked against Flink
        Path ported = MODULE.resolve("src/test/java/io/eddy/ported");
        if (!Files.isDirectory(ported)) {
            return;
        }
        try (Stream<Path> files = Files.list(ported)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (name.endsWith("Test.java") || name.endsWith("ITCase.java") || name.equals("package-info.java") || name.equals("PortedPrograms.java")) {
                    continue;
                }
                Path original = ORIGINALS.resolve("io/eddy/ported").resolve(name + ".txt");
                assertTrue(Files.isRegularFile(original), "no Flink original for " + file);
            }
        }
    }

    /**
     * The repository's script: {@link #repositoryCopyOfScriptMatchesSharedScript} checks that it holds
     * every rule of the shared one, in order, so it ports at least what the shared one does.
     */
    private static Path sedScript() {
        return MODULE.getParent().resolve("scripts/port-from-flink.sed");
    }

    private static List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.walk(ORIGINALS)) {
            return files.filter(f -> f.toString().endsWith(ORIGINAL_SUFFIX)).sorted().collect(Collectors.toList());
        }
    }

    /** Ported Flink test programs live with the tests; everything else is a main-source example. */
    private static Path portedLocation(Path original) {
        String relative = ORIGINALS.relativize(original).toString();
        String source = relative.substring(0, relative.length() - ".txt".length());
        String root = source.startsWith("io/eddy/ported/") ? "src/test/java" : "src/main/java";
        return MODULE.resolve(root).resolve(source);
    }

    private static String runSed(Path script, Path original) throws IOException, InterruptedException {
        Process sed = new ProcessBuilder("sed", "-E", "-f", script.toString(), original.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sed.waitFor(30, TimeUnit.SECONDS), "sed did not finish");
        assertEquals(0, sed.exitValue(), "sed failed on " + original);
        return output;
    }
}
