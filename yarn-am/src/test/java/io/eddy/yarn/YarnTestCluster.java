package io.eddy.yarn;

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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * HDFS (one DataNode) and YARN (a ResourceManager and two NodeManagers) in this JVM, for the session
 * tests. Containers are real child processes: they get their class path from
 * {@code yarn.application.classpath}, set to a configuration directory (the cluster's addresses, no
 * test-only keys) plus this JVM's class path without this module's test classes, so the tests'
 * functions reach the cluster only in the job jar the client ships.
 */
final class YarnTestCluster implements AutoCloseable {

    private final MiniDFSCluster dfs;
    private final MiniYARNCluster yarn;
    private final Configuration conf;

    private YarnTestCluster(MiniDFSCluster dfs, MiniYARNCluster yarn, Configuration conf) {
        this.dfs = dfs;
        this.yarn = yarn;
        this.conf = conf;
    }

    static YarnTestCluster start(Path directory) throws Exception {
        Configuration dfsConf = new Configuration();
        dfsConf.setInt("dfs.replication", 1);
        MiniDFSCluster dfs = new MiniDFSCluster.Builder(dfsConf, directory.resolve("dfs").toFile()).numDataNodes(1).build();
        dfs.waitActive();
        Path confDir = Files.createDirectories(directory.resolve("conf"));
        List<String> classPath = new ArrayList<>(List.of(confDir.toString()));
        classPath.addAll(containerClassPath());

        YarnConfiguration conf = new YarnConfiguration();
        conf.set("fs.defaultFS", dfs.getURI().toString());
        conf.setInt("dfs.replication", 1);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        // MiniYARNCluster overwrites yarn.nodemanager.resource.memory-mb with this key's value
        conf.setInt("yarn.minicluster.yarn.nodemanager.resource.memory-mb", 2048);
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

        MiniYARNCluster yarn = new MiniYARNCluster("eddy-yarn-session", 2, 1, 1);
        yarn.init(conf);
        yarn.start();
        if (!yarn.waitForNodeManagersToConnect(60_000)) {
            yarn.stop();
            dfs.shutdown(true);
            throw new IllegalStateException("the NodeManagers did not connect");
        }
        Configuration client = new Configuration(yarn.getConfig());
        writeClusterConfiguration(confDir, client);
        return new YarnTestCluster(dfs, yarn, client);
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

    /** Surefire's real class path (its own jar only points at it), less this module's test classes. */
    private static List<String> containerClassPath() throws IOException {
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
        String testClasses = testClassesDirectory().toString();
        entries.removeIf(entry -> Path.of(entry).toAbsolutePath().toString().equals(testClasses));
        return entries;
    }

    private static Path testClassesDirectory() {
        return Path.of(URI.create(YarnTestCluster.class.getProtectionDomain().getCodeSource().getLocation().toString()))
                .toAbsolutePath();
    }

    /** A jar of this module's test classes: the job jar the tests' programs ship. */
    static Path testClassesJar(Path directory) throws IOException {
        Path classes = testClassesDirectory();
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
    Configuration configuration() {
        return new Configuration(conf);
    }

    /** {@code hdfs://host:port}. */
    String hdfs() {
        return dfs.getURI().toString();
    }

    MiniYARNCluster yarn() {
        return yarn;
    }

    @Override
    public void close() {
        yarn.stop();
        dfs.shutdown(true);
    }
}
