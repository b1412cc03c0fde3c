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
    /**
     * Writes {@code jar} with a manifest naming {@code mainClass} and that class's own class file, for
     * running a test program (whose other classes are on the test class path) as a user's job jar.
     */
    static Path jarWithMainClass(Path jar, Class<?> mainClass) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, mainClass.getName());
        String entry = mainClass.getName().replace('.', '/') + ".class";
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest);
             java.io.InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

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
