package io.eddy.yarn.client;

import io.eddy.yarn.SessionArguments;
import io.eddy.yarn.SessionStaging;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.DataOutputBuffer;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ApplicationSubmissionContext;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.apache.hadoop.yarn.client.util.YarnClientUtils;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Eddy sessions on a YARN cluster. {@link #start} creates the session's staging directory,
 * uploads the files to ship and a fresh cluster secret, submits the application with the
 * ApplicationMaster's container, and returns once the ApplicationMaster has registered the
 * JobManager's address with the ResourceManager.
 *
 * <p>The secret travels as a file in the staging directory (0600 in a 0700 directory, localized with
 * APPLICATION visibility) rather than as a secret key in the launch context's credentials: the
 * TaskExecutors read it from a file ({@code --secret-file}) and the runtime has no Hadoop to read
 * credentials with, so a file would have to be written in every container anyway; one mechanism
 * serves the ApplicationMaster and the TaskExecutors alike.
 */
public final class YarnSessionClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(YarnSessionClient.class);
    private static final String MASTER_MAIN = "io.eddy.yarn.am.ApplicationMaster";
    private static final FsPermission PRIVATE_DIRECTORY = new FsPermission((short) 0700);
    private static final FsPermission PRIVATE_FILE = new FsPermission((short) 0600);

    private final Configuration conf;
    private final YarnClient yarn;
    private final FileSystem fs;

    /** A client of the cluster {@code conf} names ({@code yarn.resourcemanager.address}, {@code fs.defaultFS}). */
    public YarnSessionClient(Configuration conf) throws IOException {
        this.conf = new Configuration(conf);
        this.fs = FileSystem.get(this.conf);
        this.yarn = YarnClient.createYarnClient();
        yarn.init(this.conf);
        yarn.start();
    }

    /**
     * Submits a session and waits until its JobManager has registered.
     *
     * @throws IOException if the session failed or did not register within the spec's start timeout
     *                     (then it is killed and its staging directory deleted)
     */
    public YarnSession start(SessionSpec spec) throws IOException, YarnException, InterruptedException {
        YarnClientApplication application = yarn.createApplication();
        Resource largest = application.getNewApplicationResponse().getMaximumResourceCapability();
        if (spec.masterMemoryMb() > largest.getMemorySize() || spec.taskExecutorMemoryMb() > largest.getMemorySize()) {
            throw new IllegalArgumentException("the cluster's largest container has " + largest.getMemorySize()
                    + " MB; asked for " + spec.masterMemoryMb() + " MB (master) and " + spec.taskExecutorMemoryMb()
                    + " MB (TaskExecutor)");
        }
        ApplicationSubmissionContext context = application.getApplicationSubmissionContext();
        ApplicationId id = context.getApplicationId();
        Path staging = SessionStaging.directory(fs, id);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        boolean submitted = false;
        try {
            fillStagingDirectory(staging, spec, secret);
            context.setApplicationName(spec.name());
            context.setApplicationType(SessionStaging.APPLICATION_TYPE);
            context.setApplicationTags(spec.tags());
            context.setQueue(spec.queue());
            context.setMaxAppAttempts(spec.maxAttempts());
            context.setResource(Resource.newInstance(spec.masterMemoryMb(), spec.masterVcores()));
            context.setAMContainerSpec(masterContainer(spec, staging));
            yarn.submitApplication(context);
            submitted = true;
            LOG.info("Submitted session {} '{}' to queue {}", id, spec.name(), spec.queue());
            ApplicationReport report = awaitRegistration(id, spec.startTimeout());
            LOG.info("Session {} is running; its JobManager is at {}:{}", id, report.getHost(), report.getRpcPort());
            return new YarnSession(yarn, fs, id, staging, report.getHost(), report.getRpcPort(), secret);
        } catch (IOException | YarnException | InterruptedException | RuntimeException e) {
            if (submitted) {
                try {
                    yarn.killApplication(id);
                } catch (Exception killFailed) {
                    e.addSuppressed(killFailed);
                }
            }
            fs.delete(staging, true);
            throw e;
        }
    }

    private void fillStagingDirectory(Path staging, SessionSpec spec, byte[] secret) throws IOException {
        fs.mkdirs(staging);
        fs.setPermission(staging, PRIVATE_DIRECTORY);
        for (java.nio.file.Path file : spec.shipFiles()) {
            fs.copyFromLocalFile(false, true, new Path(file.toAbsolutePath().toUri()),
                    new Path(staging, file.getFileName().toString()));
        }
        try (OutputStream out = FileSystem.create(fs, new Path(staging, SessionStaging.SECRET_FILE), PRIVATE_FILE)) {
            out.write(Base64.getEncoder().encodeToString(secret).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private ContainerLaunchContext masterContainer(SessionSpec spec, Path staging) throws IOException {
        SessionArguments arguments = new SessionArguments(spec.taskExecutors(), spec.taskExecutorMemoryMb(),
                spec.taskExecutorVcores(), spec.slotsPerTaskExecutor(), spec.managedMemoryBytes(),
                spec.maxFailedContainers(), spec.taskExecutorJavaOptions(), spec.settings());
        String logDir = ApplicationConstants.LOG_DIR_EXPANSION_VAR;
        List<String> command = new ArrayList<>(List.of(ApplicationConstants.Environment.JAVA_HOME.$$() + "/bin/java",
                "-Xmx" + SessionArguments.heapMb(spec.masterMemoryMb(), 0) + "m",
                "-D" + SessionStaging.CONTAINER_MARKER + "=" + ApplicationConstants.Environment.CONTAINER_ID.$$(),
                "-Deddy.log.file=" + logDir + "/jobmanager.log", MASTER_MAIN));
        arguments.toArguments().forEach(argument -> command.add(SessionStaging.shellWord(argument)));
        command.add("1>" + logDir + "/jobmanager.out");
        command.add("2>" + logDir + "/jobmanager.err");
        Map<String, String> environment = Map.of(
                ApplicationConstants.Environment.CLASSPATH.name(), SessionStaging.classPath(conf),
                SessionStaging.STAGING_DIRECTORY_ENV, staging.toString());
        return ContainerLaunchContext.newInstance(SessionStaging.localResources(fs, staging), environment,
                List.of(String.join(" ", command)), null, tokens(), null);
    }

    /**
     * On a secure cluster, HDFS delegation tokens the ResourceManager renews, for the ApplicationMaster
     * and (passed on by it) the TaskExecutors; nothing otherwise.
     */
    private ByteBuffer tokens() throws IOException {
        if (!UserGroupInformation.isSecurityEnabled()) {
            return null;
        }
        Credentials credentials = new Credentials();
        fs.addDelegationTokens(YarnClientUtils.getRmPrincipal(conf), credentials);
        DataOutputBuffer out = new DataOutputBuffer();
        credentials.writeTokenStorageToStream(out);
        return ByteBuffer.wrap(out.getData(), 0, out.getLength());
    }

    /**
     * Polls the application report until the ApplicationMaster has registered (the report then shows
     * the JobManager's host and port); before that the report's RPC port is -1.
     */
    private ApplicationReport awaitRegistration(ApplicationId id, Duration timeout)
            throws IOException, YarnException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ApplicationReport report = yarn.getApplicationReport(id);
            YarnApplicationState state = report.getYarnApplicationState();
            if (state == YarnApplicationState.RUNNING && report.getRpcPort() > 0) {
                return report;
            }
            if (EnumSet.of(YarnApplicationState.FINISHED, YarnApplicationState.FAILED, YarnApplicationState.KILLED)
                    .contains(state)) {
                throw new IOException("session " + id + " ended while starting: " + state + ", "
                        + report.getFinalApplicationStatus() + ": " + report.getDiagnostics());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("session " + id + " did not start within " + timeout + " (state " + state
                        + ", diagnostics: " + report.getDiagnostics() + ")");
            }
            Thread.sleep(200);
        }
    }

    /** The YARN client sessions started here use; valid until {@link #close}. */
    public YarnClient yarnClient() {
        return yarn;
    }

    /** Stops the YARN client; sessions started here keep running, but their handles can no longer stop them. */
    @Override
    public void close() {
        yarn.stop();
    }
}
