package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The Eddy runner must stay the Flink runner's program with only its imports rewritten (and the class
 * renamed), or the benchmark would compare different programs.
 */
class EddyJobsPortTest {

    /** The benchmarks module; surefire runs tests with the module directory as working directory. */
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void eddyJobsIsTheSedPortOfFlinkJobs() throws Exception {
        Path shared = MODULE.getParent().resolve("../shared/port-from-flink.sed").normalize();
        Path script = Files.isRegularFile(shared) ? shared : MODULE.getParent().resolve("scripts/port-from-flink.sed");
        Path flinkJobs = MODULE.resolve("flink-runner/src/main/java/io/eddy/benchmarks/FlinkJobs.java");
        Process sed = new ProcessBuilder("sed", "-E", "-f", script.toString(), flinkJobs.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String ported = new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sed.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, sed.exitValue());
        assertEquals(ported.replace("FlinkJobs", "EddyJobs"),
                Files.readString(MODULE.resolve("src/main/java/io/eddy/benchmarks/EddyJobs.java")));
    }
}
