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

    /**
     * Writes {@code jar} with a manifest naming {@code mainClass}, that class's own class file and those
     * of its nested classes, for running a test program as a user's job jar.
     */
    static Path jarWithMainClass(Path jar, Class<?> mainClass) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, mainClass.getName());
        String entry = mainClass.getName().replace('.', '/') + ".class";
        List<String> entries = new java.util.ArrayList<>(List.of(entry));
        java.net.URL location = mainClass.getResource(mainClass.getSimpleName() + ".class");
        if (location != null && "file".equals(location.getProtocol())) {
            String nestedPrefix = mainClass.getSimpleName() + "$";
            try (java.util.stream.Stream<Path> siblings = Files.list(Path.of(java.net.URI.create(location.toString())).getParent())) {
                siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(nestedPrefix)).sorted()
                        .forEach(n -> entries.add(entry.substring(0, entry.lastIndexOf('/') + 1) + n));
            }
        }
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String name : entries) {
                try (java.io.InputStream classFile = mainClass.getClassLoader().getResourceAsStream(name)) {
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    classFile.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

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
