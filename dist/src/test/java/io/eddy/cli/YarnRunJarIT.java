package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.yarn.YarnTestCluster;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code yarn jar dist/target/eddy-dist.jar run --target yarn ...} does, on a MiniYARNCluster
 * whose containers have Hadoop's jars only (as {@code yarn.application.classpath} lists them on a real
 * cluster): the client runs under Hadoop's {@code RunJar} with Hadoop's class path and
 * {@code HADOOP_CONF_DIR}, ships the distribution jar it runs from, and a user's WordCount jar (whose
 * classes reach the containers only in that jar) and the WordCount example both count the words of an
 * HDFS file into HDFS.
 */
@Timeout(300)
class YarnRunJarIT {

    @TempDir
    Path directory;

    @Test
    void yarnJarRunsAUserJarAndAnExampleOnYarn() throws Exception {
        List<String> hadoopClassPath = hadoopClassPath();
        try (YarnTestCluster cluster = YarnTestCluster.start(directory, hadoopClassPath, 2048)) {
            FileSystem hdfs = FileSystem.get(cluster.configuration());
            try (OutputStream out = hdfs.create(new org.apache.hadoop.fs.Path(cluster.hdfs() + "/in/text.txt"))) {
                out.write("to be or not to be\nthat is the question\nto be\n".getBytes(StandardCharsets.UTF_8));
            }
            // a user's WordCount jar: its own Main-Class and classes, nothing of Eddy inside
            Path userJar = Processes.jarWithMainClass(directory.resolve("wordcount.jar"),
                    io.eddy.cli.testprograms.UserWordCount.class);

            for (String program : List.of(userJar.toString(), "wordcount")) {
                String output = cluster.hdfs() + "/out-" + (program.endsWith(".jar") ? "jar" : "example");
                List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx512m", "-cp",
                        cluster.configurationDirectory() + File.pathSeparator + String.join(File.pathSeparator, hadoopClassPath),
                        "org.apache.hadoop.util.RunJar", Processes.distributionJar().toString(),
                        "run", "--target", "yarn", "-p", "2", "--master-memory", "640", "--taskexecutor-memory", "512",
                        program, "--input", cluster.hdfs() + "/in", "--output", output));
                Processes.Result result = Processes.run(command, directory,
                        Map.of("HADOOP_CONF_DIR", cluster.configurationDirectory().toString()), 240);
                assertEquals(0, result.exitCode(), result.toString());
                assertTrue(result.stderr().contains("SUCCEEDED"), result.stderr());
                assertEquals(List.of("be 3", "is 1", "not 1", "or 1", "question 1", "that 1", "the 1", "to 3"),
                        YarnTestCluster.lines(hdfs, output), program);
            }
        }
    }

    /**
     * What {@code hadoop classpath} gives on a cluster: the Hadoop client jars the build copied to
     * {@code target/lib}, and the logging jars a Hadoop installation has beside them (Eddy's
     * distribution jar carries its own copies, so the build leaves them out of {@code lib}).
     */
    private static List<String> hadoopClassPath() throws Exception {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Processes.projectRoot().resolve("dist/target/lib"))) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> entries.add(jar.toString()));
        }
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("slf4j-api-") || name.startsWith("slf4j-reload4j-") || name.startsWith("reload4j-")) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
