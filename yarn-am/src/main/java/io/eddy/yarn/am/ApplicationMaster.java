package io.eddy.yarn.am;

import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.yarn.SessionArguments;
import io.eddy.yarn.SessionStaging;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.DataOutputBuffer;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.service.CompositeService;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.security.AMRMTokenIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ApplicationMaster of an Eddy session. It runs the session's JobManager in its own JVM, registers
 * with the ResourceManager under the JobManager's host and port (so clients read the address from the
 * application report), keeps the TaskExecutor containers running, and ends when the JobManager is shut
 * down (the application SUCCEEDED) or when it cannot keep TaskExecutors running (FAILED): it then
 * releases its containers, deletes the staging directory and unregisters.
 *
 * <p>Started by the session client as {@code java io.eddy.yarn.am.ApplicationMaster <SessionArguments>}
 * in a container whose working directory holds the localized staging files, with
 * {@value SessionStaging#STAGING_DIRECTORY_ENV} naming the staging directory.
 */
public final class ApplicationMaster extends CompositeService {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationMaster.class);
    private static final long CONTAINER_STOP_WAIT_MILLIS = 5_000;

    /** How the session ended. */
    private record Outcome(FinalApplicationStatus status, String diagnostics) {}

    private final SessionArguments arguments;
    private final String host;
    private final org.apache.hadoop.fs.Path stagingDirectory;
    private final Path workingDirectory;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private TaskExecutorContainers containers;
    private JobManagerService jobManager;
    private ResourceManagerService resourceManager;
    private ContainerLauncherService launcher;

    /**
     * @param host the node's host name, where the JobManager listens
     * @param stagingDirectory the session's staging directory, deleted when the session ends
     * @param workingDirectory the container's working directory, holding the localized secret
     */
    public ApplicationMaster(SessionArguments arguments, String host, org.apache.hadoop.fs.Path stagingDirectory,
                             Path workingDirectory) {
        super("Eddy ApplicationMaster");
        this.arguments = arguments;
        this.host = host;
        this.stagingDirectory = stagingDirectory;
        this.workingDirectory = workingDirectory;
    }

    @Override
    protected void serviceInit(Configuration conf) throws Exception {
        byte[] secret = ClusterClient.readSecret(workingDirectory.resolve(SessionStaging.SECRET_FILE));
        Map<String, LocalResource> resources = SessionStaging.localResources(stagingDirectory.getFileSystem(conf),
                stagingDirectory);
        containers = new TaskExecutorContainers(arguments, diagnostics -> end(FinalApplicationStatus.FAILED, diagnostics));
        jobManager = new JobManagerService(host, secret, arguments.settings(), workingDirectory.resolve("jobmanager"),
                () -> end(FinalApplicationStatus.SUCCEEDED, null));
        resourceManager = new ResourceManagerService(containers, this::progress,
                diagnostics -> end(FinalApplicationStatus.FAILED, diagnostics));
        launcher = new ContainerLauncherService(containers, arguments, resources, containerTokens());
        containers.connect(resourceManager, launcher);
        // started in this order, stopped in the reverse one
        addService(jobManager);
        addService(resourceManager);
        addService(launcher);
        super.serviceInit(conf);
    }

    @Override
    protected void serviceStart() throws Exception {
        super.serviceStart();
        resourceManager.register(jobManager.host(), jobManager.port(), jobManager.webUrl());
        launcher.setJobManagerAddress(jobManager.host() + ":" + jobManager.port());
        containers.requestAll();
    }

    /** The share of the wanted TaskExecutors registered with the JobManager. */
    private double progress() {
        return arguments.taskExecutors() == 0 ? 1 : (double) jobManager.registeredTaskExecutors() / arguments.taskExecutors();
    }

    private void end(FinalApplicationStatus status, String diagnostics) {
        if (outcome.complete(new Outcome(status, diagnostics))) {
            LOG.info("The session ends: {}{}", status, diagnostics == null ? "" : " (" + diagnostics + ")");
        }
    }

    /**
     * Waits for the session to end, then winds it down: no more replacements, the JobManager stops its
     * TaskExecutors, what still runs is released, the staging directory is deleted and the AM
     * unregisters (the deletion comes first because YARN may stop this container soon after).
     */
    public FinalApplicationStatus run() throws Exception {
        Outcome end = outcome.get();
        containers.stop();
        jobManager.closeJobManager();
        containers.releaseAll(CONTAINER_STOP_WAIT_MILLIS);
        try {
            stagingDirectory.getFileSystem(getConfig()).delete(stagingDirectory, true);
        } catch (Exception e) {
            LOG.warn("Could not delete the staging directory {}", stagingDirectory, e);
        }
        resourceManager.unregister(end.status(), end.diagnostics());
        return end.status();
    }

    /**
     * The credentials the AM got from the client (e.g. HDFS delegation tokens on a secure cluster),
     * without the AM's own token for the ResourceManager, which containers must not have.
     */
    private static ByteBuffer containerTokens() throws Exception {
        Credentials credentials = new Credentials(UserGroupInformation.getCurrentUser().getCredentials());
        credentials.getAllTokens().removeIf(token -> AMRMTokenIdentifier.KIND_NAME.equals(token.getKind()));
        DataOutputBuffer out = new DataOutputBuffer();
        credentials.writeTokenStorageToStream(out);
        return ByteBuffer.wrap(out.getData(), 0, out.getLength());
    }

    /** Runs the ApplicationMaster; see the class comment. */
    public static void main(String[] args) {
        int exitCode = 1;
        ApplicationMaster master = null;
        try {
            SessionArguments arguments = SessionArguments.parse(args);
            String host = System.getenv(ApplicationConstants.Environment.NM_HOST.name());
            String staging = System.getenv(SessionStaging.STAGING_DIRECTORY_ENV);
            if (host == null || staging == null) {
                throw new IllegalStateException("NM_HOST and " + SessionStaging.STAGING_DIRECTORY_ENV
                        + " must be set: the ApplicationMaster runs in a YARN container started by the session client");
            }
            master = new ApplicationMaster(arguments, host, new org.apache.hadoop.fs.Path(staging),
                    Path.of("").toAbsolutePath());
            master.init(new YarnConfiguration());
            master.start();
            LOG.info("The session ended: {}", master.run());
            exitCode = 0;
        } catch (Throwable t) {
            // a non-zero exit before unregistering lets YARN start another attempt, if any are left
            LOG.error("The ApplicationMaster failed", t);
        } finally {
            if (master != null) {
                master.stop();
            }
            try {
                FileSystem.closeAll();
            } catch (Exception e) {
                LOG.debug("Closing the file systems failed", e);
            }
        }
        System.exit(exitCode);
    }
}
