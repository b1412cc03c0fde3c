package io.eddy.yarn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerState;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * HDFS (one DataNode) and YARN (a ResourceManager and two NodeManagers) in this JVM, for the session
 * tests. Containers are real child processes: they get their class path from
 * {@code yarn.application.classpath}, set to a configuration directory (the cluster's addresses, no
 * test-only keys) plus this JVM's class path without this module's test classes, so the tests'
 * functions reach the cluster only in the job jar the client ships; or, for tests of the packaged
 * distribution, to a class path they choose (e.g. Hadoop's jars only, as on a real cluster).
 */
public final class YarnTestCluster implements AutoCloseable {

    private final MiniDFSCluster dfs;
    private final MiniYARNCluster yarn;
    private final Configuration conf;
    private final Path confDir;

    private YarnTestCluster(MiniDFSCluster dfs, MiniYARNCluster yarn, Configuration conf, Path confDir) {
        this.dfs = dfs;
        this.yarn = yarn;
        this.conf = conf;
        this.confDir = confDir;
    }

    /** A cluster whose containers get this JVM's class path less the calling test's classes. */
    public static YarnTestCluster start(Path directory, Class<?> test) throws Exception {
        return start(directory, containerClassPath(test), 2048);
    }

    /**
     * A cluster whose containers get {@code classPath} (after the configuration directory) and whose
     * two NodeManagers offer {@code nodeMemoryMb} each.
     */
    public static YarnTestCluster start(Path directory, List<String> containerClassPath, int nodeMemoryMb)
            throws Exception {
        Configuration dfsConf = new Configuration();
        dfsConf.setInt("dfs.replication", 1);
        // block locations then name the host the NodeManagers run on, so input splits can be read locally
        dfsConf.set("dfs.datanode.hostname", "localhost");
        MiniDFSCluster dfs = new MiniDFSCluster.Builder(dfsConf, directory.resolve("dfs").toFile()).numDataNodes(1)
                .checkDataNodeHostConfig(true).build();
        dfs.waitActive();
        Path confDir = Files.createDirectories(directory.resolve("conf"));
        List<String> classPath = new ArrayList<>(List.of(confDir.toString()));
        classPath.addAll(containerClassPath);

        YarnConfiguration conf = new YarnConfiguration();
        conf.set("fs.defaultFS", dfs.getURI().toString());
        conf.setInt("dfs.replication", 1);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        // MiniYARNCluster overwrites yarn.nodemanager.resource.memory-mb with this key's value
        conf.setInt("yarn.minicluster.yarn.nodemanager.resource.memory-mb", nodeMemoryMb);
        conf.setInt(YarnConfiguration.NM_VCORES, 4);
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        // a nearly full disk would make the NodeManagers unhealthy and the applications wait forever
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 99.0f);
        conf.setFloat("yarn.scheduler.capacity.maximum-am-resource-percent", 1.0f);
        conf.setLong(YarnConfiguration.NM_PROCESS_KILL_WAIT_MS, 100);
        conf.setLong(YarnConfiguration.NM_SLEEP_DELAY_BEFORE_SIGKILL_MS, 100);
        // the NodeManagers stop in about a second instead of ten with log aggregation on
        conf.setBoolean(YarnConfiguration.LOG_AGGREGATION_ENABLED, true);
        conf.set(YarnConfiguration.NM_REMOTE_APP_LOG_DIR, "/tmp/app-logs");
        // keeps container directories and logs for a look after a failed test (target/test/data)
        conf.setInt(YarnConfiguration.DEBUG_NM_DELETE_DELAY_SEC, 600);
        conf.set("yarn.node-attribute.fs-store.root-dir", directory.resolve("node-attributes").toUri().toString());
        conf.set(YarnConfiguration.YARN_APPLICATION_CLASSPATH, String.join(",", classPath));

        // Fixed ports, chosen free: with ephemeral ones the ResourceManager builds its web proxy's URLs
        // (the applications' tracking URLs) from port 0, before its web server has its real port.
        conf.setBoolean(YarnConfiguration.YARN_MINICLUSTER_FIXED_PORTS, true);
        MiniYARNCluster yarn = null;
        for (int attempt = 1; yarn == null; attempt++) {
            for (String key : List.of(YarnConfiguration.RM_ADDRESS, YarnConfiguration.RM_SCHEDULER_ADDRESS,
                    YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, YarnConfiguration.RM_ADMIN_ADDRESS,
                    YarnConfiguration.RM_WEBAPP_ADDRESS)) {
                conf.set(key, "localhost:" + freePort());
            }
            MiniYARNCluster candidate = new MiniYARNCluster("eddy-yarn-session", 2, 1, 1);
            try {
                candidate.init(new YarnConfiguration(conf));
                candidate.start();
                yarn = candidate;
            } catch (RuntimeException e) {
                try {
                    candidate.stop();
                } catch (RuntimeException stopFailed) {
                    e.addSuppressed(stopFailed);
                }
                // a port free when chosen can be taken before the ResourceManager binds it: choose again
                if (attempt == 3 || !causedByBindException(e)) {
                    dfs.shutdown(true);
                    throw e;
                }
            }
        }
        if (!yarn.waitForNodeManagersToConnect(60_000)) {
            yarn.stop();
            dfs.shutdown(true);
            throw new IllegalStateException("the NodeManagers did not connect");
        }
        Configuration client = new Configuration(yarn.getConfig());
        writeClusterConfiguration(confDir, client);
        return new YarnTestCluster(dfs, yarn, client, confDir);
    }

    /**
     * A port free now, below the kernel's range for ephemeral ports (from 32768 by default): the
     * connections the clusters open meanwhile get their local ports from that range, so they cannot
     * take this one before the ResourceManager binds it; only another listener could.
     */
    private static int freePort() throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("localhost", port));
                return port;
            } catch (IOException inUse) {
                // try another
            }
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean causedByBindException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * core-site.xml and yarn-site.xml with only the keys containers need: dumping the whole
     * configuration would carry test-only classes (MiniDFSCluster's StaticMapping) into them.
     */
    private static void writeClusterConfiguration(Path confDir, Configuration cluster) throws IOException {
        Configuration core = new Configuration(false);
        core.set("fs.defaultFS", cluster.get("fs.defaultFS"));
        core.set("dfs.replication", "1");
        Configuration site = new Configuration(false);
        for (String key : List.of(YarnConfiguration.RM_ADDRESS, YarnConfiguration.RM_SCHEDULER_ADDRESS,
                YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, YarnConfiguration.RM_ADMIN_ADDRESS,
                YarnConfiguration.RM_WEBAPP_ADDRESS, YarnConfiguration.YARN_APPLICATION_CLASSPATH)) {
            site.set(key, cluster.get(key));
        }
        try (OutputStream out = Files.newOutputStream(confDir.resolve("core-site.xml"))) {
            core.writeXml(out);
        }
        try (OutputStream out = Files.newOutputStream(confDir.resolve("yarn-site.xml"))) {
            site.writeXml(out);
        }
    }

    /** Surefire's real class path (its own jar only points at it), less the test classes of {@code test}'s module. */
    public static List<String> containerClassPath(Class<?> test) throws IOException {
        String surefire = System.getProperty("surefire.test.class.path");
        List<String> entries = new ArrayList<>();
        if (surefire != null) {
            entries.addAll(List.of(surefire.split(File.pathSeparator)));
        } else {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (new File(entry).getName().startsWith("surefirebooter")) {
                    try (JarFile jar = new JarFile(entry)) {
                        for (String url : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH)
                                .trim().split("\\s+")) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                } else {
                    entries.add(entry);
                }
            }
        }
        String testClasses = testClassesDirectory(test).toString();
        entries.removeIf(entry -> Path.of(entry).toAbsolutePath().toString().equals(testClasses));
        return entries;
    }

    private static Path testClassesDirectory(Class<?> test) {
        return Path.of(URI.create(test.getProtectionDomain().getCodeSource().getLocation().toString()))
                .toAbsolutePath();
    }

    /** A jar of the test classes of {@code test}'s module: the job jar the tests' programs ship. */
    public static Path testClassesJar(Path directory, Class<?> test) throws IOException {
        Path classes = testClassesDirectory(test);
        Path jar = directory.resolve("yarn-test-jobs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The client's configuration: the ResourceManager's real (ephemeral) ports and HDFS. */
    public Configuration configuration() {
        return new Configuration(conf);
    }

    /** A directory with core-site.xml and yarn-site.xml naming this cluster: a {@code HADOOP_CONF_DIR}. */
    public Path configurationDirectory() {
        return confDir;
    }

    /** {@code hdfs://host:port}. */
    public String hdfs() {
        return dfs.getURI().toString();
    }

    public MiniYARNCluster yarn() {
        return yarn;
    }

    @Override
    public void close() {
        yarn.stop();
        dfs.shutdown(true);
    }

    // ---- assertions and lookups shared by the YARN tests ------------------------------------------

    /** The lines of every file a sink wrote under {@code dir}, sorted. */
    public static List<String> lines(FileSystem hdfs, String dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (FileStatus file : hdfs.listStatus(new org.apache.hadoop.fs.Path(dir))) {
            String name = file.getPath().getName();
            if (file.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(hdfs.open(file.getPath()),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                }
            }
        }
        lines.sort(String::compareTo);
        return lines;
    }

    /** A log file of a container, from the log directory of whichever NodeManager ran it. */
    public String containerLog(ContainerId container, String name) throws Exception {
        for (int i = 0; i < 2; i++) {
            for (String logDir : yarn.getNodeManager(i).getNMContext().getLocalDirsHandler().getLogDirs()) {
                Path file = Path.of(logDir, container.getApplicationAttemptId().getApplicationId().toString(),
                        container.toString(), name);
                if (Files.exists(file)) {
                    return Files.readString(file);
                }
            }
        }
        throw new AssertionError("no " + name + " of " + container);
    }

    /**
     * What {@code yarn logs -applicationId <id>} prints once it holds every one of {@code expected}
     * (waiting up to a minute: each NodeManager aggregates its containers' logs on its own time).
     */
    public String aggregatedLogs(ApplicationId application, String... expected) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
            int code;
            synchronized (System.class) {
                java.io.PrintStream stdout = System.out;
                System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
                try {
                    org.apache.hadoop.yarn.webapp.util.WebServiceClient.initialize(configuration());
                    org.apache.hadoop.yarn.client.cli.LogsCLI logs = new org.apache.hadoop.yarn.client.cli.LogsCLI();
                    logs.setConf(configuration());
                    code = logs.run(new String[] {"-applicationId", application.toString()});
                } finally {
                    org.apache.hadoop.yarn.webapp.util.WebServiceClient.destroy();
                    System.setOut(stdout);
                }
            }
            String text = captured.toString(StandardCharsets.UTF_8);
            if (code == 0 && java.util.Arrays.stream(expected).allMatch(text::contains)) {
                return text;
            }
            assertTrue(System.currentTimeMillis() < deadline, "no aggregated logs of " + application + ": " + text);
            Thread.sleep(500);
        }
    }

    /** The live processes of the application's containers, told apart by their command-line marker. */
    public static List<ProcessHandle> containerProcesses(ApplicationId application) {
        return ProcessHandle.allProcesses()
                .filter(p -> containerOf(p).map(c -> c.getApplicationAttemptId().getApplicationId().equals(application))
                        .orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    public static Optional<ContainerId> containerOf(ProcessHandle process) {
        String marker = "-D" + SessionStaging.CONTAINER_MARKER + "=";
        return process.info().arguments().flatMap(arguments -> {
            for (String argument : arguments) {
                if (argument.startsWith(marker)) {
                    return Optional.of(ContainerId.fromString(argument.substring(marker.length())));
                }
            }
            return Optional.empty();
        });
    }

    /** No process of the application runs, and neither NodeManager holds a container of it that is not done. */
    public void assertNoContainerLeft(ApplicationId application) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            List<ProcessHandle> processes = containerProcesses(application);
            List<ContainerId> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                yarn.getNodeManager(i).getNMContext().getContainers().forEach((id, container) -> {
                    if (id.getApplicationAttemptId().getApplicationId().equals(application)
                            && container.getContainerState() != ContainerState.DONE) {
                        held.add(id);
                    }
                });
            }
            int reported;
            org.apache.hadoop.yarn.client.api.YarnClient yarnClient = org.apache.hadoop.yarn.client.api.YarnClient.createYarnClient();
            yarnClient.init(configuration());
            yarnClient.start();
            try {
                reported = yarnClient.getNodeReports(NodeState.RUNNING).stream().mapToInt(NodeReport::getNumContainers).sum();
            } finally {
                yarnClient.stop();
            }
            if (processes.isEmpty() && held.isEmpty() && reported == 0) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "left running: processes " + processes
                    + ", containers " + held + ", containers in node reports " + reported);
            Thread.sleep(200);
        }
    }
}
