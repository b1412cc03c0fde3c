package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy new-project} in-process: the files it writes and its usage errors. That the project
 * builds with Maven and runs on Eddy is {@link NewProjectIT}'s part.
 */
class NewProjectTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EddyCli cli = new EddyCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), ExampleRegistry.builtIn(), getClass().getClassLoader());

    @TempDir
    Path tempDir;

    @Test
    void writesAPomAndAJobInTheGivenPackage() throws IOException {
        Path project = tempDir.resolve("word-stats");
        assertEquals(0, cli.run("new-project", project.toString(), "--package", "org.acme.jobs"),
                err.toString(StandardCharsets.UTF_8));

        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<groupId>org.acme.jobs</groupId>"), pom);
        assertTrue(pom.contains("<artifactId>word-stats</artifactId>"), "the name defaults to the directory's: " + pom);
        assertTrue(pom.contains("<eddy.version>" + EddyCli.version() + "</eddy.version>"), pom);
        assertTrue(pom.contains("<artifactId>eddy-dataset-api</artifactId>\n      <scope>provided</scope>"), pom);
        assertTrue(pom.contains("<mainClass>org.acme.jobs.Job</mainClass>"), pom);
        assertFalse(pom.contains("{{"), "every placeholder is filled: " + pom);

        String job = Files.readString(project.resolve("src/main/java/org/acme/jobs/Job.java"));
        assertTrue(job.startsWith("package org.acme.jobs;\n"), job);
        assertTrue(job.contains("eddy run target/word-stats-0.1.0.jar"), job);
        assertEquals("target/\n", Files.readString(project.resolve(".gitignore")));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("with the job org.acme.jobs.Job"), printed);
        assertTrue(printed.contains("  mvn package" + System.lineSeparator()
                + "  eddy run target/word-stats-0.1.0.jar [--input <path>] [--output <path>]"), printed);
    }

    @Test
    void nameOptionAndDefaults() throws IOException {
        Path project = tempDir.resolve("1 not an artifact id");
        assertEquals(0, cli.run("new-project", "--name", "counts", project.toString()));
        assertTrue(Files.readString(project.resolve("pom.xml")).contains("<artifactId>counts</artifactId>"));
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/com/example/Job.java")));
        assertEquals(ProjectTemplate.DEFAULT_NAME, ProjectTemplate.defaultName(project));
    }

    @Test
    void usageErrors() throws IOException {
        Path used = Files.createDirectories(tempDir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        assertUsageError("already exists and is not an empty directory", "new-project", used.toString());
        assertEquals("mine", Files.readString(used.resolve("notes.txt")), "nothing is overwritten");
        assertUsageError("missing the directory", "new-project");
        assertUsageError("one directory expected", "new-project", "a", "b");
        assertUsageError("'com.example.class' is not a Java package name", "new-project",
                tempDir.resolve("p").toString(), "--package", "com.example.class");
        assertUsageError("'my job' is not a valid project name", "new-project", tempDir.resolve("q").toString(),
                "--name", "my job");
        assertUsageError("Unrecognized option: --frobnicate", "new-project", "x", "--frobnicate");
        assertFalse(Files.exists(tempDir.resolve("p")) || Files.exists(tempDir.resolve("q")));

        out.reset();
        assertEquals(0, cli.run("help", "new-project"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: eddy new-project [options] <dir>"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--package <name>"));
    }

    @Test
    void templatePlaceholders() {
        assertEquals("a-x-b", ProjectTemplate.fill("a-{{k}}-b", Map.of("k", "x")));
        assertThrows(IllegalStateException.class, () -> ProjectTemplate.fill("{{missing}}", Map.of()));
        assertThrows(IllegalStateException.class, () -> ProjectTemplate.fill("{{open", Map.of()));
        assertEquals(List.of(), LibDirectoryAgent.jarsIn(tempDir.resolve("absent")));
    }

    private void assertUsageError(String expectedFragment, String... args) {
        err.reset();
        assertEquals(2, cli.run(args), String.join(" ", args));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.startsWith("eddy: new-project: ") && stderr.contains(expectedFragment), stderr);
        assertEquals(1, stderr.strip().lines().count(), stderr);
    }
}
