package io.eddy.cli;

import io.eddy.client.ClusterExecutor;
import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.TaskExecutorRunner;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The directory where {@code eddy cluster start} keeps what the other commands need to find and
 * stop the standalone cluster it started ({@code $EDDY_CLUSTER_DIR}, default {@code ~/.eddy/cluster}):
 *
 * <pre>
 * secret     the cluster's shared secret, Base64 of 32 random bytes, readable by its owner only
 * address    the JobManager's host:port, written by the JobManager once it accepts calls
 * pids       one line per process: name, pid, work directory
 * log/       jobmanager.log, taskexecutor-N.log (and .out: what the JVM itself printed)
 * </pre>
 *
 * <p>{@code cluster stop} deletes the first three and keeps {@code log/}, which the next start
 * appends to (the logs roll at 10 MB). The pids decide whether a cluster is still running; a pid
 * only counts while its process is alive and runs one of the cluster's main classes, so a reused
 * pid after a reboot is not mistaken for the cluster.
 */
final class ClusterDirectory {

    private static final int SECRET_BYTES = 32;

    /** A process {@code cluster start} started. */
    record ClusterProcess(String name, long pid, Path workDirectory) {

        /** The live process behind the pid, if it still is one of the cluster's. */
        Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> handle.info().commandLine()
                    .map(command -> command.contains("-D" + StandaloneCluster.PROCESS_PROPERTY + "=")
                            || command.contains(JobManager.class.getName())
                            || command.contains(TaskExecutorRunner.class.getName()))
                    // without a readable command line (another user's process), trust the pid
                    .orElse(true));
        }

        boolean isAlive() {
            return handle().isPresent();
        }
    }

    private final Path root;

    ClusterDirectory(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** The directory {@code $EDDY_CLUSTER_DIR} names, or {@code ~/.eddy/cluster}; where the run command looks too. */
    static ClusterDirectory fromEnvironment() {
        return new ClusterDirectory(ClusterExecutor.defaultSecretFile().getParent());
    }

    Path root() {
        return root;
    }

    Path secretFile() {
        return root.resolve("secret");
    }

    Path addressFile() {
        return root.resolve("address");
    }

    Path pidsFile() {
        return root.resolve("pids");
    }

    Path logDirectory() {
        return root.resolve("log");
    }

    /** The log a process's loggers write. */
    Path logFile(String processName) {
        return logDirectory().resolve(processName + ".log");
    }

    /** What a process's JVM writes to stdout and stderr itself (crashes, a failing main). */
    Path outputFile(String processName) {
        return logDirectory().resolve(processName + ".out");
    }

    /** Creates the directory (owner only, where the file system has POSIX permissions) and its log directory. */
    void create() throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            setPermissions(root, "rwx------");
        }
        Files.createDirectories(logDirectory());
    }

    /**
     * Keeps two cluster commands from working on the directory at once; null if another holds it.
     * The lock lives as long as the returned channel.
     */
    FileChannel tryLock() throws IOException {
        FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return channel;
    }

    /** Whether anything of a cluster is recorded: a secret, an address or pids. */
    boolean hasState() {
        return Files.exists(secretFile()) || Files.exists(addressFile()) || Files.exists(pidsFile());
    }

    /** The processes recorded, in the order they were started; none without a pids file. */
    List<ClusterProcess> processes() throws IOException {
        if (!Files.isRegularFile(pidsFile())) {
            return List.of();
        }
        List<ClusterProcess> processes = new ArrayList<>();
        for (String line : Files.readAllLines(pidsFile(), StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ", 3);
            if (fields.length < 2) {
                continue;
            }
            try {
                processes.add(new ClusterProcess(fields[0], Long.parseLong(fields[1]),
                        fields.length > 2 ? Path.of(fields[2]) : null));
            } catch (NumberFormatException e) {
                // a line cut short by a crash while writing; the other lines still count
            }
        }
        return processes;
    }

    /** The recorded processes that are still running. */
    List<ClusterProcess> liveProcesses() throws IOException {
        return processes().stream().filter(ClusterProcess::isAlive).toList();
    }

    /** Appends a started process to the pids file. */
    void record(ClusterProcess process) throws IOException {
        Files.writeString(pidsFile(), process.name() + " " + process.pid() + " "
                        + (process.workDirectory() == null ? "" : process.workDirectory()) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The JobManager's host:port, once it wrote it. */
    Optional<String> address() throws IOException {
        if (!Files.isRegularFile(addressFile())) {
            return Optional.empty();
        }
        String address = Files.readString(addressFile(), StandardCharsets.UTF_8).trim();
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /** The key store the cluster's processes use for TLS, recorded by {@code cluster start --tls-keystore}. */
    Path tlsKeyStoreFile() {
        return root.resolve("tls-keystore");
    }

    /** The password of that store, readable by the owner only. */
    Path tlsPasswordFile() {
        return root.resolve("tls-password");
    }

    /** Records that the cluster uses TLS with {@code keyStore}. */
    void writeTls(Path keyStore, String password) throws IOException {
        createPrivate(tlsPasswordFile());
        Files.writeString(tlsPasswordFile(), password + "\n", StandardCharsets.UTF_8);
        Files.writeString(tlsKeyStoreFile(), keyStore.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
    }

    /** The TLS the recorded cluster uses (its store as trust store), or null if it uses none. */
    io.eddy.runtime.rpc.RpcSecurity.Tls tls() throws IOException {
        if (!Files.isRegularFile(tlsKeyStoreFile())) {
            return null;
        }
        Path store = Path.of(Files.readString(tlsKeyStoreFile(), StandardCharsets.UTF_8).strip());
        char[] password = Files.readString(tlsPasswordFile(), StandardCharsets.UTF_8).strip().toCharArray();
        return new io.eddy.runtime.rpc.RpcSecurity.Tls(store, password, store, password);
    }

    /** Creates {@code file} anew, readable by the owner only from the moment it exists. */
    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another command created " + file + " meanwhile", e);
        }
    }

    /** Writes a fresh random secret, readable by the owner only from the moment the file exists. */
    void writeSecret() throws IOException {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        createPrivate(secretFile());
        Files.writeString(secretFile(), Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
    }

    /** Deletes the secret, the address and the pids, and the work directories the processes left. */
    void clearState(List<ClusterProcess> processes) throws IOException {
        for (ClusterProcess process : processes) {
            if (process.workDirectory() != null) {
                io.eddy.runtime.util.Directories.deleteRecursively(process.workDirectory());
            }
        }
        Files.deleteIfExists(secretFile());
        Files.deleteIfExists(tlsKeyStoreFile());
        Files.deleteIfExists(tlsPasswordFile());
        Files.deleteIfExists(addressFile());
        Files.deleteIfExists(addressFile().resolveSibling(addressFile().getFileName() + ".tmp"));
        Files.deleteIfExists(pidsFile());
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults apply
        }
    }
}
