package io.eddy.cli;

import io.eddy.cli.ClusterDirectory.ClusterProcess;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.TaskExecutorRunner;
import io.eddy.runtime.rpc.RpcException;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the processes of a standalone cluster on this machine: one JobManager and N
 * TaskExecutors, run with the same {@code java} and class path as the command line (the cluster
 * runs from the same distribution, so the examples are on its class path too).
 *
 * <p>The processes must outlive the command that started them and must not see the Ctrl-C typed
 * into its terminal: the terminal sends SIGINT to its whole foreground process group, so each
 * process starts in a session of its own ({@code setsid}, where it exists), with stdin from
 * {@code /dev/null} and stdout and stderr in files, since a pipe to a command that has exited would
 * break its next write. Each process logs through SLF4J into its own file of the
 * {@link ClusterDirectory}, configured by {@value #LOG_CONFIGURATION}, which has no console
 * appender: the {@code .out} file then holds only what the JVM itself prints.
 */
final class StandaloneCluster {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneCluster.class);

    /** The reload4j configuration of the cluster's processes, a class path resource of the distribution. */
    static final String LOG_CONFIGURATION = "log4j-cluster.properties";

    /** Options the cluster's JVMs get on top of those taken over from the command line's JVM. */
    static final String JAVA_OPTS_VARIABLE = "EDDY_CLUSTER_JAVA_OPTS";

    /** The system property that names a cluster process on its command line, e.g. {@code -Deddy.cluster.process=jobmanager}. */
    static final String PROCESS_PROPERTY = "eddy.cluster.process";

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);

    /** The packages Kryo reaches into, opened as scripts/eddy and the jar's manifest do. */
    private static final List<String> JDK_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");

    /**
     * What to start.
     *
     * @param managedMemory bytes of managed memory per TaskExecutor, or null for its default
     * @param host the address the processes listen on, or null for the JobManager's default (127.0.0.1)
     * @param settings {@code key=value} settings for the JobManager and the TaskExecutors
     * @param tlsKeyStore the PKCS12 store for TLS on every connection, or null for plaintext
     * @param tlsPassword its password (null without TLS)
     */
    record Spec(int taskExecutors, int slots, Long managedMemory, String host, Map<String, String> settings,
                Path tlsKeyStore, String tlsPassword) {

        /** A plaintext cluster. */
        Spec(int taskExecutors, int slots, Long managedMemory, String host, Map<String, String> settings) {
            this(taskExecutors, slots, managedMemory, host, settings, null, null);
        }
    }

    /** A cluster that runs: the JobManager's address and the processes, JobManager first. */
    record Started(String address, List<ClusterProcess> processes) {}

    /** A process this start launched, with the handle that knows its exit code. */
    private record Running(ClusterProcess record, Process process) {}

    /** What {@link #stop} ended, and whether it had to kill some of them. */
    record Stopped(String address, List<ClusterProcess> processes, List<ClusterProcess> killed) {}

    /** A start or stop that did not work out; the message is for the user. */
    static final class ClusterException extends Exception {
        private static final long serialVersionUID = 1L;

        ClusterException(String message) {
            super(message);
        }
    }

    private final ClusterDirectory directory;

    StandaloneCluster(ClusterDirectory directory) {
        this.directory = directory;
    }

    /**
     * Starts the JobManager and the TaskExecutors and waits until all TaskExecutors registered. The
     * caller checked that no cluster of the directory runs and holds its lock. On failure everything
     * started is stopped again and the directory's state deleted.
     */
    Started start(Spec spec) throws ClusterException, IOException, InterruptedException {
        directory.create();
        directory.clearState(List.of());
        directory.writeSecret();
        List<String> tlsArgs = new ArrayList<>();
        if (spec.tlsKeyStore() != null) {
            directory.writeTls(spec.tlsKeyStore(), spec.tlsPassword());
            tlsArgs.addAll(List.of("--tls-keystore", spec.tlsKeyStore().toAbsolutePath().toString(),
                    "--tls-password-file", directory.tlsPasswordFile().toString()));
        }
        // the work directories carry a token of this start, so two clusters sharing a temp dir never meet
        String token = HexFormat.of().formatHex(randomBytes(4));
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        List<Running> running = new ArrayList<>();
        Thread cleanupOnExit = new Thread(() -> stopQuietly(running), "eddy cluster start cleanup");
        // Ctrl-C while waiting ends this JVM; the processes started so far must not stay behind
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        try {
            Path jobManagerWork = temp.resolve("eddy-jobmanager-" + token);
            List<String> jobManagerArgs = new ArrayList<>(List.of("--secret-file", directory.secretFile().toString(),
                    "--address-file", directory.addressFile().toString(), "--work-dir", jobManagerWork.toString()));
            if (spec.host() != null) {
                jobManagerArgs.addAll(List.of("--host", spec.host()));
            }
            jobManagerArgs.addAll(tlsArgs);
            spec.settings().forEach((key, value) -> jobManagerArgs.add(key + "=" + value));
            running.add(launch("jobmanager", JobManager.class.getName(), jobManagerArgs, jobManagerWork));

            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            String address = awaitAddress(running, deadline);

            for (int i = 1; i <= spec.taskExecutors(); i++) {
                String id = token + "-" + i;
                List<String> args = new ArrayList<>(List.of("--jobmanager", address,
                        "--secret-file", directory.secretFile().toString(), "--slots", Integer.toString(spec.slots()),
                        "--tmp-dirs", temp.toString(), "--id", id));
                args.addAll(tlsArgs);
                if (spec.managedMemory() != null) {
                    args.addAll(List.of("--managed-memory", Long.toString(spec.managedMemory())));
                }
                if (spec.host() != null) {
                    args.addAll(List.of("--host", spec.host()));
                }
                spec.settings().forEach((key, value) -> args.add(key + "=" + value));
                running.add(launch("taskexecutor-" + i, TaskExecutorRunner.class.getName(), args,
                        temp.resolve("eddy-taskexecutor-" + id)));
            }
            awaitRegistrations(address, spec.taskExecutors(), running, deadline);
            List<ClusterProcess> processes = running.stream().map(Running::record).toList();
            running.clear();
            return new Started(address, processes);
        } catch (ClusterException | IOException | InterruptedException | RuntimeException e) {
            stopQuietly(running);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException e) {
                // the JVM is exiting already; the hook does its work
            }
        }
    }

    private Running launch(String name, String mainClass, List<String> args, Path workDirectory)
            throws IOException {
        List<String> command = new ArrayList<>();
        Optional<Path> setsid = setsid();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(javaBinary());
        // Linux shows other processes at most 4096 bytes of a command line, which a long class path
        // fills before the main class: this marker, early on, is how the pids are recognized
        command.add("-D" + PROCESS_PROPERTY + "=" + name);
        command.addAll(jvmOptions());
        command.add("-Deddy.log.file=" + directory.logFile(name));
        command.add("-Dlog4j.configuration=" + LOG_CONFIGURATION);
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.outputFile(name).toFile()))
                .redirectErrorStream(true);
        Process process = builder.start();
        // setsid execs java in place (it forks only when it is a process group leader, which a child
        // of this JVM never is), so the pid is the JVM's
        ClusterProcess recorded = new ClusterProcess(name, process.pid(), workDirectory);
        directory.record(recorded);
        LOG.debug("Started {} (pid {}): {}", name, process.pid(), String.join(" ", command));
        return new Running(recorded, process);
    }

    private String awaitAddress(List<Running> running, long deadline)
            throws IOException, ClusterException, InterruptedException {
        while (true) {
            Optional<String> address = directory.address();
            if (address.isPresent()) {
                return address.get();
            }
            checkAlive(running);
            if (System.nanoTime() > deadline) {
                throw new ClusterException("the JobManager did not start within " + START_TIMEOUT.toSeconds()
                        + " s; see " + logFiles(running));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private void awaitRegistrations(String address, int expected, List<Running> running, long deadline)
            throws IOException, ClusterException, InterruptedException {
        int registered = 0;
        String lastProblem = "";
        try (ClusterClient client = ClusterClient.connect(address, ClusterClient.readSecret(directory.secretFile()), directory.tls())) {
            while (true) {
                try {
                    registered = client.list().taskExecutors();
                    if (registered >= expected) {
                        return;
                    }
                } catch (RpcException e) {
                    lastProblem = "; the JobManager does not answer: " + e.getMessage();
                }
                checkAlive(running);
                if (System.nanoTime() > deadline) {
                    throw new ClusterException(registered + " of " + expected + " TaskExecutors registered within "
                            + START_TIMEOUT.toSeconds() + " s" + lastProblem + "; see " + logFiles(running));
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    private void checkAlive(List<Running> running) throws ClusterException {
        for (Running process : running) {
            if (!process.process().isAlive()) {
                throw new ClusterException("the " + describe(process.process().pid(), process.process().exitValue(),
                        process.record().name()) + "; see " + directory.logFile(process.record().name()) + " and "
                        + directory.outputFile(process.record().name()));
            }
        }
    }

    private static String describe(long pid, int exitCode, String name) {
        return "process " + name + " (pid " + pid + ") exited with code " + exitCode;
    }

    private String logFiles(List<Running> running) {
        List<String> files = new ArrayList<>();
        for (Running process : running) {
            files.add(directory.logFile(process.record().name()).toString());
        }
        return String.join(", ", files);
    }

    private void stopQuietly(List<Running> running) {
        List<ClusterProcess> processes = new ArrayList<>();
        for (Running process : running) {
            processes.add(process.record());
            process.process().destroy();
        }
        try {
            terminate(processes, KILL_TIMEOUT);
            directory.clearState(processes);
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOG.warn("Could not clean up after a failed cluster start", e);
        }
        running.clear();
    }

    // ---------------------------------------------------------------------------------------------
    // stop
    // ---------------------------------------------------------------------------------------------

    /**
     * Asks the JobManager to shut down (it stops the TaskExecutors it knows), waits up to
     * {@link #STOP_TIMEOUT} for every recorded process to exit, then sends SIGTERM and finally
     * SIGKILL to what is left, and deletes the directory's state. Null if nothing was recorded.
     */
    Stopped stop() throws IOException, InterruptedException {
        if (!directory.hasState()) {
            return null;
        }
        List<ClusterProcess> processes = directory.processes();
        Optional<String> address = directory.address();
        if (address.isPresent() && Files.isRegularFile(directory.secretFile())) {
            try (ClusterClient client = ClusterClient.connect(address.get(), ClusterClient.readSecret(directory.secretFile()), directory.tls())) {
                client.shutdownCluster();
            } catch (RpcException | IOException | IllegalArgumentException e) {
                LOG.warn("Could not ask the JobManager at {} to shut down; stopping its processes by signal", address.get(), e);
            }
        }
        List<ClusterProcess> killed = terminate(processes, STOP_TIMEOUT);
        directory.clearState(processes);
        return new Stopped(address.orElse(null), processes, killed);
    }

    /**
     * Waits up to {@code timeout} for the processes to exit, then ends the rest: SIGTERM (their
     * shutdown hooks release what they hold), then SIGKILL. Returns those that needed a signal.
     */
    private static List<ClusterProcess> terminate(List<ClusterProcess> processes, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitExit(processes, deadline);
        List<ClusterProcess> left = processes.stream().filter(ClusterProcess::isAlive).toList();
        for (ClusterProcess process : left) {
            LOG.warn("{} (pid {}) did not exit; sending SIGTERM", process.name(), process.pid());
            process.handle().ifPresent(ProcessHandle::destroy);
        }
        awaitExit(left, System.nanoTime() + KILL_TIMEOUT.toNanos());
        for (ClusterProcess process : left) {
            process.handle().ifPresent(handle -> {
                LOG.warn("{} (pid {}) ignored SIGTERM; sending SIGKILL", process.name(), process.pid());
                handle.destroyForcibly();
            });
        }
        awaitExit(left, System.nanoTime() + KILL_TIMEOUT.toNanos());
        return left;
    }

    private static void awaitExit(List<ClusterProcess> processes, long deadline) throws InterruptedException {
        for (ClusterProcess process : processes) {
            Optional<ProcessHandle> handle = process.handle();
            if (handle.isEmpty()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            try {
                handle.get().onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // still running: the caller signals it
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the command line of a cluster process
    // ---------------------------------------------------------------------------------------------

    private static Optional<Path> setsid() {
        for (String candidate : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** The java binary running this command line. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(command -> command.endsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The command line's own heap and VM options ({@code -X...}, as {@code EDDY_JAVA_OPTS} set them),
     * the JDK packages Kryo needs opened, then {@value #JAVA_OPTS_VARIABLE}, whose options come last
     * and so win.
     */
    static List<String> jvmOptions() {
        Set<String> options = new LinkedHashSet<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-X") && !argument.startsWith("-Xrunjdwp") && !argument.startsWith("-Xdebug")) {
                options.add(argument);
            }
        }
        options.addAll(JDK_OPENS);
        List<String> result = new ArrayList<>(options);
        String extra = System.getenv(JAVA_OPTS_VARIABLE);
        if (extra != null && !extra.isBlank()) {
            result.addAll(List.of(extra.trim().split("\\s+")));
        }
        return result;
    }

    /**
     * The command line's class path. Started with {@code java -jar eddy-dist.jar}, that is the jar
     * alone (the {@link LibDirectoryAgent} adds {@code lib/} at run time), so {@code lib/*} is added.
     * The launcher expanded the script's {@code lib/*} into every jar; a directory whose jars are all
     * on the class path becomes {@code dir/*} again, which keeps the command lines short in {@code ps}.
     */
    static String classPath() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            Path lib = Path.of(entries[0]).toAbsolutePath().resolveSibling(LibDirectoryAgent.LIB_DIRECTORY);
            if (Files.isDirectory(lib)) {
                return Path.of(entries[0]).toAbsolutePath() + File.pathSeparator + lib + File.separator + "*";
            }
        }
        Set<Path> all = new LinkedHashSet<>();
        for (String entry : entries) {
            if (!entry.isEmpty()) {
                all.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (Path entry : all) {
            Path directory = entry.getParent();
            List<Path> jars = directory == null || !entry.toString().endsWith(".jar")
                    ? List.of() : LibDirectoryAgent.jarsIn(directory);
            boolean wholeDirectory = jars.size() > 1 && all.containsAll(jars);
            result.add(wholeDirectory ? directory + File.separator + "*" : entry.toString());
        }
        return String.join(File.pathSeparator, result);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
