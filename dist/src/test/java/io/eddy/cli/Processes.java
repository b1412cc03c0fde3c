package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a process, for the integration tests of the distribution (*IT). */
final class Processes {

    /** How a process ended: its exit code and everything it printed. */
    record Result(int exitCode, String stdout, String stderr) {

        /** For assertion messages. */
        String describe() {
            return "exit code " + exitCode + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    private Processes() {}

    /** The root of the Eddy source tree: the parent of the dist module the tests run in. */
    static Path projectRoot() {
        Path dist = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return dist.getParent();
    }

    /** The distribution jar {@code mvn package} built. */
    static Path distributionJar() {
        return projectRoot().resolve("dist/target/eddy-dist.jar");
    }

    /** The {@code java} of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to this process's, and
     * waits at most {@code timeoutSeconds}; output goes to files, so a chatty process never blocks.
     */
    static Result run(List<String> command, Path directory, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("eddy-it-", ".out");
        Path stderr = Files.createTempFile("eddy-it-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " did not end within " + timeoutSeconds + " s; stderr:\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
