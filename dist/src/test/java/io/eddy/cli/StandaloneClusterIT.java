package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eddy.cli.testprograms.SquaresJob;
import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.TaskExecutorRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone cluster as a user runs it, from the built distribution: {@code eddy cluster start}
 * starts a JobManager and two TaskExecutor processes, {@code eddy run --cluster} runs examples and a
 * user's jar on them with the results of the embedded runtime, {@code list} and {@code cancel} talk
 * to the JobManager, a wrong secret is refused, and {@code cluster stop} leaves no process, open
 * port or work directory behind. One test, as every step needs the cluster of the steps before.
 * Runs after the package phase (see dist/pom.xml).
 */
class StandaloneClusterIT {

    private static final int TIMEOUT_SECONDS = 120;
    private static final Pattern TASK_EXECUTOR_PORTS =
            Pattern.compile("control plane on ([\\w.-]+):(\\d+), data plane on [^/\\s]*/?([\\d.]+):(\\d+)");

    @TempDir
    Path tempDir;

    private Path clusterDir;
    private Path tmp;

    @Test
    void startRunListCancelStop() throws Exception {
        Path jar = Processes.distributionJar();
        assumeTrue(Files.isRegularFile(jar), jar + " is not built (mvn -pl dist -am package)");
        clusterDir = tempDir.resolve("cluster");
        tmp = Files.createDirectories(tempDir.resolve("tmp"));
        writeStaleState();

        Processes.Result started = eddy("cluster", "start", "--taskexecutors", "2", "heartbeat.timeout=10s");
        List<ProcessHandle> processes = clusterProcesses();
        try {
            assertEquals(0, started.exitCode(), started.describe());
            assertTrue(started.stderr().contains("removing the state of a cluster that is no longer running"),
                    started.describe());
            List<String> lines = started.stdout().strip().lines().toList();
            String address = lines.get(lines.size() - 1);
            assertTrue(address.matches("127\\.0\\.0\\.1:\\d+"), "the last line is host:port: " + started.describe());
            assertEquals(address, Files.readString(clusterDir.resolve("address")).strip());
            assertEquals(1, count(processes, JobManager.class), "one JobManager: " + commands(processes));
            assertEquals(2, count(processes, TaskExecutorRunner.class), "two TaskExecutors: " + commands(processes));
            assertEquals(Files.readString(clusterDir.resolve("secret")).strip().length(), 44, "32 bytes in Base64");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(clusterDir.resolve("secret"))));

            Processes.Result again = eddy("cluster", "start");
            assertEquals(1, again.exitCode(), again.describe());
            assertTrue(again.stderr().contains("is still running"), again.describe());

            assertSameLines(eddy("run", "-q", "--cluster", address, "wordcount"), eddy("run", "-q", "-p", "2", "wordcount"));
            assertSameLines(eddy("run", "-q", "-p", "2", "--cluster", address, "connected-components"),
                    eddy("run", "-q", "-p", "2", "connected-components"));
            assertSameRanks(eddy("run", "-q", "-p", "3", "--cluster", address, "pagerank"),
                    eddy("run", "-q", "-p", "2", "pagerank"));
            for (String example : List.of("wordcount-records", "tpch-q3", "weblog", "kmeans", "transitive-closure")) {
                assertSameNumbers(example, eddy("run", "-q", "-p", "2", "--cluster", address, example),
                        eddy("run", "-q", "-p", "2", example));
            }

            Path userJar = jarOf(SquaresJob.class, tempDir.resolve("squares.jar"));
            Processes.Result squares = eddy("run", "-q", "-p", "2", "--cluster", address, userJar.toString(), "10");
            assertEquals(0, squares.exitCode(), squares.describe());
            assertEquals("sum of squares: 385", squares.stdout().strip());

            Processes.Result list = eddy("list", "--cluster", address);
            assertEquals(0, list.exitCode(), list.describe());
            assertTrue(list.stdout().lines().filter(line -> line.contains(" FINISHED ")).count() >= 9, list.describe());
            assertTrue(list.stdout().contains("2 TaskExecutors, 4 slots"), list.describe());
            Processes.Result listRecorded = eddy("list");
            assertEquals(list.stdout(), listRecorded.stdout(), "list without an address uses the recorded one");

            Processes.Result cancel = eddy("cancel", "--cluster", address, "0123456789abcdef");
            assertEquals(1, cancel.exitCode(), cancel.describe());
            assertTrue(cancel.stderr().contains("no job 0123456789abcdef"), cancel.describe());

            Path wrongSecret = Files.writeString(tempDir.resolve("wrong-secret"), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
            Processes.Result refused = eddy("run", "--cluster", address, "--secret-file", wrongSecret.toString(), "wordcount");
            assertEquals(1, refused.exitCode(), refused.describe());
            assertTrue(refused.stderr().contains("authentication failed"), refused.describe());
            assertEquals("", refused.stdout(), "the program did not run");

            List<InetSocketAddress> ports = new ArrayList<>();
            ports.add(socketAddress(address));
            ports.addAll(taskExecutorPorts());
            assertEquals(5, ports.size(), "the JobManager's port and two per TaskExecutor: " + ports);

            Processes.Result stopped = eddy("cluster", "stop");
            assertEquals(0, stopped.exitCode(), stopped.describe());
            assertTrue(stopped.stdout().contains("jobmanager") && stopped.stdout().contains("taskexecutor-2"),
                    stopped.describe());
            for (ProcessHandle process : processes) {
                assertFalse(process.isAlive(), "still running after stop: " + process.info().commandLine().orElse("?"));
            }
            assertTrue(clusterProcesses().isEmpty(), "no cluster process is left");
            for (InetSocketAddress port : ports) {
                assertThrows(IOException.class, () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(port, 2_000);
                    }
                }, port + " still accepts connections");
            }
            try (Stream<Path> left = Files.list(tmp)) {
                List<String> names = left.map(path -> path.getFileName().toString())
                        .filter(name -> name.startsWith("eddy-jobmanager-") || name.startsWith("eddy-taskexecutor-")
                                || name.startsWith("eddy-io-"))
                        .toList();
                assertEquals(List.of(), names, "work directories left in " + tmp);
            }
            assertFalse(Files.exists(clusterDir.resolve("secret")) || Files.exists(clusterDir.resolve("pids"))
                    || Files.exists(clusterDir.resolve("address")), "the cluster's state is deleted");
            assertTrue(Files.size(clusterDir.resolve("log/jobmanager.log")) > 0, "the logs stay");

            Processes.Result stoppedAgain = eddy("cluster", "stop");
            assertEquals(0, stoppedAgain.exitCode(), stoppedAgain.describe());
            assertTrue(stoppedAgain.stdout().contains("No cluster is running"), stoppedAgain.describe());
        } finally {
            // whatever failed above, no process of this test may outlive it
            for (ProcessHandle process : clusterProcesses()) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * {@code cluster start --tls-keystore}: every connection of the cluster uses TLS, {@code run} and
     * {@code list} find the TLS settings the start recorded, and a key store without its password is
     * a usage error.
     */
    @Test
    void aClusterWithTls() throws Exception {
        Path jar = Processes.distributionJar();
        assumeTrue(Files.isRegularFile(jar), jar + " is not built (mvn -pl dist -am package)");
        clusterDir = tempDir.resolve("tls-cluster");
        tmp = Files.createDirectories(tempDir.resolve("tmp"));
        Path store = tempDir.resolve("cluster.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "eddy", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2").redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && keytool.exitValue() == 0);

        Processes.Result noPassword = eddy("cluster", "start", "--tls-keystore", store.toString());
        assertEquals(2, noPassword.exitCode(), noPassword.describe());
        assertTrue(noPassword.stderr().contains("EDDY_TLS_PASSWORD"), noPassword.describe());

        Map<String, String> tls = Map.of("EDDY_TLS_PASSWORD", "changeit");
        try {
            Processes.Result started = eddy(tls, "cluster", "start", "--taskexecutors", "2", "--slots", "1",
                    "--tls-keystore", store.toString());
            assertEquals(0, started.exitCode(), started.describe());
            List<String> lines = started.stdout().strip().lines().toList();
            String address = lines.get(lines.size() - 1);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(clusterDir.resolve("tls-password"))));
            assertTrue(clusterProcesses().stream().allMatch(p -> p.info().commandLine().orElse("").contains("--tls-keystore")),
                    "every process runs with TLS");
            assertSameLines(eddy("run", "-q", "-p", "2", "--cluster", address, "wordcount"),
                    eddy("run", "-q", "-p", "2", "wordcount"));
            Processes.Result list = eddy("list");
            assertEquals(0, list.exitCode(), list.describe());
            assertTrue(list.stdout().contains(" FINISHED "), list.describe());
            Processes.Result stopped = eddy("cluster", "stop");
            assertEquals(0, stopped.exitCode(), stopped.describe());
            assertTrue(clusterProcesses().isEmpty(), "no cluster process is left");
            assertFalse(Files.exists(clusterDir.resolve("tls-password")), "the password file is deleted");
        } finally {
            for (ProcessHandle process : clusterProcesses()) {
                process.destroyForcibly();
            }
        }
    }

    /** A cluster that was killed: its pid is gone, its secret and address remain. */
    private void writeStaleState() throws Exception {
        Files.createDirectories(clusterDir);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(clusterDir.resolve("pids"), "jobmanager " + gone.pid() + " " + tmp.resolve("eddy-jobmanager-old") + "\n");
        Files.writeString(clusterDir.resolve("address"), "127.0.0.1:1\n");
        Files.writeString(clusterDir.resolve("secret"), "old\n");
        Files.createDirectories(tmp.resolve("eddy-jobmanager-old"));
    }

    private Processes.Result eddy(String... args) throws IOException, InterruptedException {
        return eddy(Map.of(), args);
    }

    private Processes.Result eddy(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp,
                "-Deddy.log.file=" + tempDir.resolve("eddy.log"), "-jar", Processes.distributionJar().toString()));
        command.addAll(List.of(args));
        Map<String, String> variables = new java.util.HashMap<>(environment);
        variables.put("EDDY_CLUSTER_DIR", clusterDir.toString());
        return Processes.run(command, tempDir, variables, TIMEOUT_SECONDS);
    }

    /** The processes of this test's cluster: their command lines name its directory (in their log file). */
    private List<ProcessHandle> clusterProcesses() {
        String marker = clusterDir.resolve("log").toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)
                        && (line.contains(JobManager.class.getName()) || line.contains(TaskExecutorRunner.class.getName())))
                        .orElse(false))
                .toList();
    }

    private static long count(List<ProcessHandle> processes, Class<?> mainClass) {
        return processes.stream().filter(process -> process.info().commandLine().orElse("").contains(mainClass.getName()))
                .count();
    }

    private static List<String> commands(List<ProcessHandle> processes) {
        return processes.stream().map(process -> process.info().commandLine().orElse("?")).toList();
    }

    private static void assertSameLines(Processes.Result onCluster, Processes.Result embedded) {
        assertEquals(0, onCluster.exitCode(), onCluster.describe());
        assertEquals(0, embedded.exitCode(), embedded.describe());
        List<String> expected = embedded.stdout().lines().sorted().toList();
        assertFalse(expected.isEmpty(), embedded.describe());
        assertEquals(expected, onCluster.stdout().lines().sorted().toList());
    }

    /**
     * The same lines, in any order, with numbers equal up to the order of floating-point sums (1e-9
     * relative): the remaining examples print words, keys and sums.
     */
    private static void assertSameNumbers(String example, Processes.Result onCluster, Processes.Result embedded) {
        assertEquals(0, onCluster.exitCode(), example + ": " + onCluster.describe());
        assertEquals(0, embedded.exitCode(), example + ": " + embedded.describe());
        List<String> expected = embedded.stdout().lines().sorted().toList();
        List<String> actual = onCluster.stdout().lines().sorted().toList();
        assertFalse(expected.isEmpty(), example + ": " + embedded.describe());
        assertEquals(expected.size(), actual.size(), example + ": " + onCluster.describe());
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            assertEquals(number.matcher(want).replaceAll("#"), number.matcher(got).replaceAll("#"), example);
            java.util.regex.Matcher a = number.matcher(want);
            java.util.regex.Matcher b = number.matcher(got);
            while (a.find() && b.find()) {
                double x = Double.parseDouble(a.group());
                double y = Double.parseDouble(b.group());
                assertEquals(x, y, Math.max(1e-9, Math.abs(x) * 1e-9), example + ": " + want + " vs " + got);
            }
        }
    }

    /** PageRank's ranks, "(page,rank)" lines, agree up to the order of floating-point sums. */
    private static void assertSameRanks(Processes.Result onCluster, Processes.Result embedded) {
        assertEquals(0, onCluster.exitCode(), onCluster.describe());
        assertEquals(0, embedded.exitCode(), embedded.describe());
        Map<String, Double> expected = ranks(embedded.stdout());
        Map<String, Double> actual = ranks(onCluster.stdout());
        assertFalse(expected.isEmpty(), embedded.describe());
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, Double> rank : expected.entrySet()) {
            assertEquals(rank.getValue(), actual.get(rank.getKey()), 1e-12, "rank of page " + rank.getKey());
        }
    }

    private static Map<String, Double> ranks(String output) {
        Map<String, Double> ranks = new TreeMap<>();
        for (String line : output.strip().lines().toList()) {
            String[] fields = line.substring(1, line.length() - 1).split(",");
            ranks.put(fields[0], Double.parseDouble(fields[1]));
        }
        return ranks;
    }

    /** The control and data plane ports the TaskExecutors logged when they started. */
    private List<InetSocketAddress> taskExecutorPorts() throws IOException {
        List<InetSocketAddress> ports = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            String log = Files.readString(clusterDir.resolve("log/taskexecutor-" + i + ".log"), StandardCharsets.UTF_8);
            Matcher matcher = TASK_EXECUTOR_PORTS.matcher(log);
            assertTrue(matcher.find(), "the TaskExecutor logs its ports: " + log);
            ports.add(new InetSocketAddress(matcher.group(1), Integer.parseInt(matcher.group(2))));
            ports.add(new InetSocketAddress(matcher.group(3), Integer.parseInt(matcher.group(4))));
        }
        return ports;
    }

    private static InetSocketAddress socketAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return new InetSocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    /** A jar with {@code mainClass} and its nested classes, named as its Main-Class: a user's job jar. */
    private static Path jarOf(Class<?> mainClass, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String prefix = mainClass.getName().replace('.', '/');
        Path classes = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path directory = classes.resolve(prefix).getParent();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.list(directory)) {
            String simpleName = mainClass.getSimpleName();
            for (Path file : files.filter(f -> f.getFileName().toString().equals(simpleName + ".class")
                    || f.getFileName().toString().startsWith(simpleName + "$")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
