package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.eddy.cli.testprograms.SlowJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals a real {@code eddy run} process while its job runs: SIGTERM and SIGINT cancel the job,
 * leave no staging or spill directory, print one line and exit with 143 and 130; after
 * {@code kill -9}, which leaves the staging directory, the next run to the same target removes it.
 */
class EddyCliSignalTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path tempDir;

    private Path jar;
    private Path outputDir;
    private Path spillDir;
    private final Map<Process, Path> stderrFiles = new HashMap<>();

    @BeforeEach
    void jobJar() throws IOException {
        jar = Processes.jarWithMainClass(tempDir.resolve("slow.jar"), SlowJob.class);
        outputDir = Files.createDirectories(tempDir.resolve("output"));
        spillDir = Files.createDirectories(tempDir.resolve("spill"));
    }

    @Test
    void sigtermCancelsCleansUpAndExits143() throws Exception {
        assertSignalCancels("TERM", 143);
    }

    @Test
    void sigintCancelsCleansUpAndExits130() throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored where this test runs (started as a background job by a "
                + "shell without job control); the eddy process inherits that and the JVM leaves it ignored");
        assertSignalCancels("INT", 130);
    }

    /**
     * Whether this JVM started with SIGINT ignored, as POSIX shells start background jobs when job
     * control is off: a child process inherits the disposition, and a JVM does not handle a signal it
     * was started ignoring (Linux: the {@code SigIgn} mask of {@code /proc/self/status}).
     */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).trim(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    @Test
    void theNextRunRemovesTheStagingDirectoryOfAKilledRun() throws Exception {
        Process killed = start();
        awaitStagingDirectory(killed);
        signal(killed, "KILL");
        assertTrue(killed.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, stagingDirectories().size(), "kill -9 leaves the staging directory");

        Process next = start("10");
        assertTrue(next.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue(), stderr(next));
        assertEquals(List.of(), stagingDirectories());
        assertTrue(Files.isDirectory(outputDir.resolve("numbers")), "the second run committed its output");
    }

    private void assertSignalCancels(String signal, int exitCode) throws Exception {
        Process process = start();
        awaitStagingDirectory(process);
        signal(process, signal);
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the process ends after SIG" + signal);
        String stderr = stderr(process);
        assertEquals(exitCode, process.exitValue(), stderr);
        List<String> lines = stderr.lines().toList();
        assertEquals("eddy: job cancelled (SIG" + signal + ")", lines.get(lines.size() - 1), stderr);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("eddy: ")).count(), stderr);
        assertEquals(List.of(), list(outputDir), "no staging directory and no output");
        assertEquals(List.of(), list(spillDir), "no spill directory");
    }

    /** Starts {@code eddy run -p 2 slow.jar <output>/numbers [records]} in a new JVM. */
    private static String distributionLogConfiguration() {
        try {
            return Path.of(EddyCli.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("log4j.properties").toUri().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Process start(String... records) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dio.tmp.dirs=" + spillDir, "-Deddy.log.file=" + tempDir.resolve("eddy.log"),
                // the distribution's logging, not the tests': stack traces go to the file, as users see it
                "-Dlog4j.configuration=" + distributionLogConfiguration(),
                "-cp", System.getProperty("java.class.path"), EddyCli.class.getName(),
                "run", "-p", "2", jar.toString(), outputDir.resolve("numbers").toString()));
        command.addAll(List.of(records));
        Path stderr = tempDir.resolve("stderr-" + stderrFiles.size() + ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        stderrFiles.put(process, stderr);
        return process;
    }

    private void awaitStagingDirectory(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (stagingDirectories().isEmpty()) {
            assertTrue(process.isAlive(), "the job ended before its output was staged");
            assertTrue(System.nanoTime() < deadline, "no staging directory appeared");
            Thread.sleep(50);
        }
        Thread.sleep(300); // let the subtasks write a little
        assertTrue(process.isAlive());
    }

    private List<Path> stagingDirectories() throws IOException {
        return list(outputDir).stream().filter(p -> p.getFileName().toString().startsWith(".numbers.eddy-staging-"))
                .toList();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    private String stderr(Process process) throws IOException {
        assertFalse(process.isAlive());
        return Files.readString(stderrFiles.get(process), StandardCharsets.UTF_8);
    }
}
