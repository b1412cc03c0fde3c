package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Eddy runners must stay the Flink runners' programs with only their imports rewritten (and the
 * class renamed), or the benchmarks would compare different programs.
 */
class EddyJobsPortTest {

    /** The benchmarks module; surefire runs tests with the module directory as working directory. */
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @ParameterizedTest(name = "Eddy{0} is the sed port of Flink{0}")
    @ValueSource(strings = {"Jobs", "JoinJobs", "IterationJobs"})
    void eddyRunnerIsTheSedPortOfFlinkRunner(String runner) throws Exception {
        String ported = sedPort(MODULE.resolve("flink-runner/src/main/java/io/eddy/benchmarks/Flink" + runner + ".java"));
        assertEquals(ported.replace("Flink" + runner, "Eddy" + runner),
                Files.readString(MODULE.resolve("src/main/java/io/eddy/benchmarks/Eddy" + runner + ".java")));
    }

    /** The graphs suite's programs name each other, so every FlinkGraph... class becomes EddyGraph.... */
    @ParameterizedTest(name = "Eddy{0} is the sed port of Flink{0} (Gelly)")
    @ValueSource(strings = {"GraphJobs", "GraphPageRank"})
    void eddyGraphProgramIsTheSedPortOfFlinkGellyProgram(String program) throws Exception {
        String ported = sedPort(MODULE.resolve("flink-gelly-runner/src/main/java/io/eddy/benchmarks/Flink" + program
                + ".java"));
        assertEquals(ported.replaceAll("Flink(Graph\\w*)", "Eddy$1"),
                Files.readString(MODULE.resolve("src/main/java/io/eddy/benchmarks/Eddy" + program + ".java")));
    }

    /** {@code file} after {@code port-from-flink.sed}. */
    private static String sedPort(Path file) throws Exception {
        Path shared = MODULE.getParent().resolve("../shared/port-from-flink.sed").normalize();
        Path script = Files.isRegularFile(shared) ? shared : MODULE.getParent().resolve("scripts/port-from-flink.sed");
        Process sed = new ProcessBuilder("sed", "-E", "-f", script.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String ported = new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sed.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, sed.exitValue());
        return ported;
    }
}
