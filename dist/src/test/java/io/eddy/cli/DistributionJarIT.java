package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar dist/target/eddy-dist.jar} works as {@code scripts/eddy}: a job that reads and
 * writes files through Hadoop's FileSystem finds the jars of {@code lib/}. Runs after the package
 * phase (see dist/pom.xml); skipped only where the jar was not built, e.g. in an IDE.
 */
class DistributionJarIT {

    @TempDir
    Path tempDir;

    @Test
    void javaDashJarRunsAJobThatReadsAndWritesFiles() throws Exception {
        Path jar = Processes.distributionJar();
        assumeTrue(Files.isRegularFile(jar), jar + " is not built (mvn -pl dist -am package)");
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            assertEquals(LibDirectoryAgent.class.getName(),
                    jarFile.getManifest().getMainAttributes().getValue("Launcher-Agent-Class"));
        }
        Path input = Files.writeString(tempDir.resolve("in.txt"), "to be or not to be\nthat is the question\n");
        Path output = tempDir.resolve("counts");

        Processes.Result result = Processes.run(List.of(Processes.java(), "-Xmx512m",
                        "-Deddy.log.file=" + tempDir.resolve("eddy.log"), "-jar", jar.toString(),
                        "run", "-p", "2", "wordcount", "--input", input.toString(), "--output", output.toString()),
                tempDir, Map.of(), 120);

        assertEquals(0, result.exitCode(), result.describe());
        assertTrue(!result.stderr().contains("IllegalAccess") && !result.stderr().contains("warning"), result.describe());
        assertTrue(Files.isDirectory(output), "at parallelism 2 the sink writes a directory of files");
        StringBuilder counts = new StringBuilder();
        try (var files = Files.list(output)) {
            for (Path file : files.sorted().toList()) {
                counts.append(Files.readString(file));
            }
        }
        List<String> lines = counts.toString().lines().sorted().toList();
        assertEquals(List.of("be 2", "is 1", "not 1", "or 1", "question 1", "that 1", "the 1", "to 2"), lines);
    }
}
