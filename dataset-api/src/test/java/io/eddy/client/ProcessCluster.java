package io.eddy.client;

import io.eddy.runtime.cluster.ClusterClient;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A standalone cluster for tests: a JobManager and TaskExecutors, each its own JVM, started from this
 * module's main class path without its test classes, so the tests' functions reach the cluster only
 * in the job jar {@link #testClassesJar()} that the client ships.
 */
public final class ProcessCluster implements AutoCloseable {

    private final Path directory;
    private final Path secretFile;
    private final Process jobManager;
    private final List<Process> taskExecutors = new ArrayList<>();
    private final String address;
    private final List<String> classPath;
    private final io.eddy.runtime.rpc.RpcSecurity.Tls tls;

    /**
     * @param settings JobManager settings ({@code key=value}), e.g. a restart strategy
     */
    public ProcessCluster(Path directory, int taskExecutors, int slots, List<String> settings) throws Exception {
        this(directory, taskExecutors, slots, settings, null);
    }

    /** A cluster whose control and data connections all use TLS with {@code tls}'s store (null: plaintext). */
    ProcessCluster(Path directory, int taskExecutors, int slots, List<String> settings,
                   io.eddy.runtime.rpc.RpcSecurity.Tls tls) throws Exception {
        this.directory = directory;
        this.tls = tls;
        if (tls != null) {
            settings = new ArrayList<>(settings);
            settings.addAll(List.of("--tls-keystore", tls.keyStore().toString(), "--tls-password",
                    new String(tls.keyStorePassword())));
        }
        this.classPath = mainClassPath();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        secretFile = directory.resolve("secret");
        Files.writeString(secretFile, Base64.getEncoder().encodeToString(secret));
        Files.writeString(directory.resolve("log4j.properties"), String.join("\n",
                "log4j.rootLogger=INFO, console",
                "log4j.appender.console=org.apache.log4j.ConsoleAppender",
                "log4j.appender.console.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.console.layout.ConversionPattern=%d{HH:mm:ss,SSS} %-5p [%t] %c{1} - %m%n",
                "log4j.logger.io.grpc=WARN", "log4j.logger.io.netty=WARN", ""));
        Path addressFile = directory.resolve("address");
        List<String> command = new ArrayList<>(java("io.eddy.runtime.cluster.JobManager"));
        command.addAll(List.of("--secret-file", secretFile.toString(), "--address-file", addressFile.toString(),
                "--work-dir", directory.resolve("jobmanager").toString()));
        command.addAll(settings);
        jobManager = start(command, "jobmanager");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(addressFile)) {
            if (!jobManager.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the JobManager did not start: " + log("jobmanager"));
            }
            Thread.sleep(50);
        }
        address = Files.readString(addressFile).trim();
        for (int i = 0; i < taskExecutors; i++) {
            startTaskExecutor(slots, settings);
        }
        awaitTaskExecutors(taskExecutors);
    }

    /** Starts one more TaskExecutor JVM. */
    Process startTaskExecutor(int slots, List<String> settings) throws IOException {
        int number = taskExecutors.size() + 1;
        Path tmp = Files.createDirectories(directory.resolve("te-tmp-" + number));
        List<String> command = new ArrayList<>(java("io.eddy.runtime.cluster.TaskExecutorRunner"));
        command.addAll(List.of("--jobmanager", address, "--secret-file", secretFile.toString(), "--slots",
                Integer.toString(slots), "--tmp-dirs", tmp.toString(), "--id", "te-" + number,
                "--managed-memory", Long.toString(64L << 20)));
        command.addAll(settings);
        Process process = start(command, "taskexecutor-" + number);
        taskExecutors.add(process);
        return process;
    }

    void awaitTaskExecutors(int count) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        try (ClusterClient client = client()) {
            while (client.list().taskExecutors() < count) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(count + " TaskExecutors did not register: " + log("taskexecutor-1"));
                }
                Thread.sleep(100);
            }
        }
    }

    private List<String> java(String mainClass) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:+UseSerialGC", "-Dlog4j.configuration=" + directory.resolve("log4j.properties").toUri(), "-cp", String.join(File.pathSeparator, classPath), mainClass);
    }

    private Process start(List<String> command, String name) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** A client of this cluster, over TLS if the cluster uses it. */
    ClusterClient client() throws IOException {
        return ClusterClient.connect(address, ClusterClient.readSecret(secretFile), tls);
    }

    String log(String name) {
        try {
            return Files.readString(directory.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public String address() {
        return address;
    }

    public Path secretFile() {
        return secretFile;
    }

    List<Process> taskExecutors() {
        return taskExecutors;
    }

    Process jobManager() {
        return jobManager;
    }

    /** Stops the JobManager through the control plane (it stops the TaskExecutors), then makes sure. */
    @Override
    public void close() throws Exception {
        try (ClusterClient client = client()) {
            client.shutdownCluster();
        } catch (Exception e) {
            // killed below
        }
        List<Process> all = new ArrayList<>(taskExecutors);
        all.add(jobManager);
        for (Process process : all) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The class path of this JVM without test classes, expanding surefire's manifest-only jar. */
    private static List<String> mainClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && new File(entry).getName().startsWith("surefirebooter")) {
                try (JarFile jar = new JarFile(entry)) {
                    String manifestPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    for (String url : manifestPath.trim().split("\\s+")) {
                        entries.add(Path.of(URI.create(url)).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        entries.removeIf(entry -> entry.endsWith("test-classes") || entry.endsWith("test-classes/")
                || entry.contains("surefire") || entry.contains("junit"));
        return entries;
    }

    /** A jar of this module's test classes: the job jar the tests' programs ship. */
    static Path testClassesJar(Path directory) throws IOException {
        return testClassesJar(directory, ProcessCluster.class);
    }

    /** A jar of the test classes that hold {@code anchor}: the job jar another module's tests ship. */
    public static Path testClassesJar(Path directory, Class<?> anchor) throws IOException {
        Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = directory.resolve("test-job.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
