package io.eddy.yarn.client;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.RemoteEnvironment;
import io.eddy.client.ClusterExecutor;
import io.eddy.runtime.cluster.ClusterClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Eddy session on YARN, as {@link YarnSessionClient#start} returns it: the application, the
 * JobManager's address and the cluster secret. Jobs go to it as to a standalone cluster, through a
 * {@link ClusterClient} or a {@link #remoteEnvironment}. Valid while the {@link YarnSessionClient} that
 * started it is open.
 */
public final class YarnSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(YarnSession.class);

    private final YarnClient yarn;
    private final FileSystem fs;
    private final ApplicationId applicationId;
    private final Path stagingDirectory;
    private final String host;
    private final int port;
    private final byte[] secret;
    private java.nio.file.Path secretFile;
    private ApplicationReport finalReport;

    YarnSession(YarnClient yarn, FileSystem fs, ApplicationId applicationId, Path stagingDirectory, String host,
                int port, byte[] secret) {
        this.yarn = yarn;
        this.fs = fs;
        this.applicationId = applicationId;
        this.stagingDirectory = stagingDirectory;
        this.host = host;
        this.port = port;
        this.secret = secret.clone();
    }

    public ApplicationId applicationId() {
        return applicationId;
    }

    /** The JobManager's host, as the ApplicationMaster registered it. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** {@code host:port} of the JobManager, for {@link ClusterClient#connect} and {@link ClusterExecutor#ADDRESS}. */
    public String address() {
        return host + ":" + port;
    }

    public byte[] secret() {
        return secret.clone();
    }

    public Path stagingDirectory() {
        return stagingDirectory;
    }

    /** A client of the session's JobManager; the caller closes it. */
    public ClusterClient clusterClient() {
        return ClusterClient.connect(address(), secret);
    }

    /**
     * The secret in a local file readable only by this user (what {@link ClusterExecutor#SECRET_FILE}
     * wants), written on first use and deleted when the session is stopped or killed.
     */
    public synchronized java.nio.file.Path secretFile() throws IOException {
        if (secretFile == null) {
            java.nio.file.Path file = Files.createTempFile("eddy-" + applicationId + "-", ".secret",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            secretFile = file;
        }
        return secretFile;
    }

    /** An environment whose programs run in this session, shipping {@code jars} with each job. */
    public ExecutionEnvironment remoteEnvironment(String... jars) throws IOException {
        io.eddy.api.configuration.Configuration conf = new io.eddy.api.configuration.Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, secretFile().toString());
        return new RemoteEnvironment(host, port, conf, jars);
    }

    /**
     * Waits until at least {@code count} TaskExecutors have registered with the JobManager: the session
     * is running as soon as its JobManager is, while its containers may still be starting.
     *
     * @throws IOException if they did not register within {@code timeout}
     */
    public void awaitTaskExecutors(int count, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (ClusterClient client = clusterClient()) {
            int registered;
            while ((registered = client.list().taskExecutors()) < count) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(registered + " of " + count + " TaskExecutors registered with session "
                            + applicationId + " within " + timeout);
                }
                Thread.sleep(200);
            }
        } catch (io.eddy.runtime.rpc.RpcException e) {
            throw new IOException("the JobManager of session " + applicationId + " did not answer", e);
        }
    }

    /** The application's current report. */
    public ApplicationReport report() throws IOException, YarnException {
        return yarn.getApplicationReport(applicationId);
    }

    /**
     * Asks the JobManager to shut down (cancelling any running job), waits up to {@code timeout} for the
     * application to end, killing it if it does not, and deletes the staging directory if the
     * ApplicationMaster did not.
     *
     * @return the final report (FINISHED and SUCCEEDED after a clean stop)
     */
    public synchronized ApplicationReport stop(Duration timeout) throws IOException, YarnException, InterruptedException {
        if (finalReport != null) {
            return finalReport;
        }
        try (ClusterClient client = clusterClient()) {
            client.shutdownCluster();
        } catch (Exception e) {
            LOG.warn("Could not ask the JobManager of {} to shut down: {}", applicationId, e.toString());
        }
        ApplicationReport report = awaitEnd(timeout);
        if (report == null) {
            LOG.warn("Session {} did not end within {} after the shutdown request; killing it", applicationId, timeout);
            return kill();
        }
        return ended(report);
    }

    /** {@link #stop(Duration)} with a minute to end. */
    public ApplicationReport stop() throws IOException, YarnException, InterruptedException {
        return stop(Duration.ofMinutes(1));
    }

    /** Kills the application through YARN, waits until it is KILLED and deletes the staging directory. */
    public synchronized ApplicationReport kill() throws IOException, YarnException, InterruptedException {
        if (finalReport != null) {
            return finalReport;
        }
        yarn.killApplication(applicationId);
        ApplicationReport report = awaitEnd(Duration.ofMinutes(1));
        return ended(report != null ? report : report());
    }

    private ApplicationReport awaitEnd(Duration timeout) throws IOException, YarnException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ApplicationReport report = report();
            if (YarnSessionClient.ENDED.contains(report.getYarnApplicationState())) {
                return report;
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(200);
        }
    }

    private ApplicationReport ended(ApplicationReport report) throws IOException {
        finalReport = report;
        if (fs.delete(stagingDirectory, true)) {
            LOG.info("Deleted the staging directory {} the ApplicationMaster left", stagingDirectory);
        }
        if (secretFile != null) {
            Files.deleteIfExists(secretFile);
        }
        LOG.info("Session {} ended: {} {}", applicationId, report.getYarnApplicationState(),
                report.getFinalApplicationStatus());
        return report;
    }

    /** Stops the session unless it has ended. */
    @Override
    public void close() throws Exception {
        stop();
    }
}
