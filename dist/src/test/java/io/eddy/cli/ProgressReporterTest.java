package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.cli.testprograms.SlowSumJob;
import io.eddy.runtime.executor.JobProgress;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line: its text, redrawn in place on a pseudo-terminal (through {@code script}),
 * plain lines when stderr is not a terminal, nothing with {@code --quiet}, and the program's stdout
 * untouched in every case.
 */
@Timeout(120)
class ProgressReporterTest {

    @TempDir
    Path temp;

    @Test
    void theLineSaysTasksReadsExchangesAndSupersteps() {
        JobProgress progress = new JobProgress(12_345, 8, 3, 5, 1_234_567, 45L * 1024 * 1024, 800_000, 30L * 1024 * 1024,
                List.of(new JobProgress.Loop("PageRank", 7, 10)));
        assertEquals("[eddy 12.3s] tasks 3 running, 5/8 done | read 1234.6k records, 45.0 MB"
                + " | exchanged 800.0k records, 30.0 MB | PageRank superstep 7/10", ProgressReporter.render(progress));
        assertEquals("[eddy 0.5s] tasks 1 running, 0/2 done | read 12 records",
                ProgressReporter.render(new JobProgress(500, 2, 1, 0, 12, 0, 0, 0, List.of())));
    }

    /** Runs the slow job in a new JVM, through {@code script} (a pseudo-terminal) when asked; returns its output. */
    private String runSlowJob(boolean onTerminal, String... cliOptions) throws Exception {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-D" + ProgressReporter.INTERVAL_PROPERTY + "=100",
                "-cp", System.getProperty("java.class.path"), EddyCli.class.getName(), "run", "-p", "2"));
        java.addAll(List.of(cliOptions));
        java.add(Processes.jarWithMainClass(temp.resolve("slow-job.jar"), SlowSumJob.class).toString());
        Path output = temp.resolve(onTerminal ? "terminal.out" : "plain.out");
        ProcessBuilder builder;
        if (onTerminal) {
            String command = String.join(" ", java.stream().map(a -> "'" + a + "'").toList());
            builder = new ProcessBuilder("script", "-qfec", command, "/dev/null");
            builder.redirectOutput(output.toFile());
        } else {
            builder = new ProcessBuilder(java);
            builder.redirectOutput(temp.resolve("stdout").toFile());
            builder.redirectError(output.toFile());
        }
        builder.directory(temp.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        assertTrue(process.waitFor(100, TimeUnit.SECONDS), "the job did not end");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndErased() throws Exception {
        String text = runSlowJob(true);
        assertTrue(text.contains("\r\033[K[eddy "), text);
        assertTrue(text.contains("tasks "), text);
        assertTrue(text.contains("sum=820"), text);
        // erased before the program's result is printed
        assertFalse(text.substring(text.lastIndexOf("\r\033[K")).contains("[eddy"), text);
    }

    @Test
    void quietShowsNothing() throws Exception {
        String text = runSlowJob(true, "--quiet");
        assertFalse(text.contains("[eddy"), text);
        assertTrue(text.contains("sum=820"), text);
    }

    @Test
    void withoutATerminalProgressIsPlainLinesOnStderrAndStdoutHasOnlyTheResult() throws Exception {
        String stderr = runSlowJob(false);
        assertFalse(stderr.contains("\r"), stderr);
        assertTrue(stderr.lines().anyMatch(l -> l.startsWith("[eddy ") && l.contains(" done")), stderr);
        assertEquals("sum=820\n", Files.readString(temp.resolve("stdout")));
    }
}
