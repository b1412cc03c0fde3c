package io.eddy.yarn.am;

import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import io.eddy.yarn.ProgramSpec;
import io.eddy.yarn.SessionArguments;
import io.eddy.yarn.SessionStaging;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.DataOutputBuffer;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.service.CompositeService;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ContainerId;
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
 * <p>With a {@link ProgramSpec} in its working directory the application runs one program
 * (application mode): the ApplicationMaster runs it with the {@link ProgramDriver} once the
 * JobManager listens, and the application ends with the program, SUCCEEDED or FAILED with the
 * program's failure as diagnostics. An ApplicationMaster started again by YARN (a later attempt, after
 * the previous one died) runs the program again from its start: outputs are committed only when
 * their job succeeds, so what the dead attempt wrote never shows, and nothing is written twice.
 *
 * <p>Started by the session client as {@code java io.eddy.yarn.am.ApplicationMaster <SessionArguments>}
 * in a container whose working directory holds the localized staging files, with
 * {@value SessionStaging#STAGING_DIRECTORY_ENV} naming the staging directory.
 */
public final class ApplicationMaster extends CompositeService {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationMaster.class);
    private static final long CONTAINER_STOP_WAIT_MILLIS = 5_000;

    /**
     * How long a program's TaskExecutors may stay without a job before their containers are given
     * back (the next job asks for new ones), as Flink's {@code resourcemanager.taskmanager-timeout}.
     */
    public static final String IDLE_TIMEOUT = "taskexecutor.idle-timeout";

    private final SessionArguments arguments;
    private final String host;
    private final org.apache.hadoop.fs.Path stagingDirectory;
    private final Path workingDirectory;
    private final ApplicationLifecycle lifecycle = new ApplicationLifecycle();
    private ProgramSpec program;
    private ProgramService programService;
    private volatile ClusterClient progressClient;
    private volatile double lastProgress;
    private volatile long progressReadNanos;

    private ElasticityService elasticity;
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
        Path secretFile = workingDirectory.resolve(SessionStaging.SECRET_FILE);
        byte[] secret = ClusterClient.readSecret(secretFile);
        Path programFile = workingDirectory.resolve(ProgramSpec.FILE);
        if (Files.exists(programFile)) {
            try (InputStream in = Files.newInputStream(programFile)) {
                program = ProgramSpec.read(in);
            }
        }
        Map<String, LocalResource> resources = SessionStaging.localResources(stagingDirectory.getFileSystem(conf),
                stagingDirectory);
        containers = new TaskExecutorContainers(arguments,
                diagnostics -> lifecycle.handle(ApplicationLifecycle.EventType.CONTAINERS_EXHAUSTED,
                        FinalApplicationStatus.FAILED, diagnostics));
        jobManager = new JobManagerService(host, secret, arguments.settings(), workingDirectory.resolve("jobmanager"),
                () -> lifecycle.handle(ApplicationLifecycle.EventType.JOBMANAGER_SHUT_DOWN,
                        program == null ? FinalApplicationStatus.SUCCEEDED : FinalApplicationStatus.FAILED,
                        program == null ? null : "the JobManager was shut down while the program ran"),
                program == null ? null : demand -> elasticity.onDemand(demand));
        resourceManager = new ResourceManagerService(containers, this::progress,
                diagnostics -> lifecycle.handle(ApplicationLifecycle.EventType.RESOURCE_MANAGER_FAILED,
                        FinalApplicationStatus.FAILED, diagnostics));
        launcher = new ContainerLauncherService(containers, arguments, resources, containerTokens());
        containers.connect(resourceManager, launcher);
        // started in this order, stopped in the reverse one
        addService(jobManager);
        addService(resourceManager);
        addService(launcher);
        if (program != null) {
            long idleTimeout = io.eddy.runtime.coordinator.RestartStrategy.duration(
                    arguments.settings().getOrDefault(IDLE_TIMEOUT, "30 s")).toMillis();
            elasticity = new ElasticityService(containers, jobManager, arguments.slots(), idleTimeout, this::jobsRunning);
            addService(elasticity);
            programService = new ProgramService(program, ProgramDriver.load(), secretFile, workingDirectory,
                    ended -> lifecycle.handle(ApplicationLifecycle.EventType.PROGRAM_ENDED, programEnd(ended),
                            ended.diagnostics()));
            addService(programService);
        }
        super.serviceInit(conf);
    }

    @Override
    protected void serviceStart() throws Exception {
        super.serviceStart();
        resourceManager.register(jobManager.host(), jobManager.port(), jobManager.webUrl());
        lifecycle.handle(ApplicationLifecycle.EventType.REGISTERED);
        String address = jobManager.host() + ":" + jobManager.port();
        launcher.setJobManagerAddress(address);
        // before the program runs: it may end at once
        lifecycle.handle(ApplicationLifecycle.EventType.STARTED);
        if (programService == null) {
            containers.requestAll();
        } else {
            progressClient = ClusterClient.connect(address, ClusterClient.readSecret(
                    workingDirectory.resolve(SessionStaging.SECRET_FILE)));
            programService.runProgram(address);
        }
    }

    /** The JobManager's jobs, as a client sees them; none before the program runs. */
    private java.util.List<ClusterProtocol.JobStatus> jobs() throws io.eddy.runtime.rpc.RpcException {
        ClusterClient client = progressClient;
        return client == null ? java.util.List.of() : client.list().jobs();
    }

    /** Whether the JobManager runs a job now (the program's jobs run one at a time, but need not). */
    private boolean jobsRunning() {
        try {
            return jobs().stream().anyMatch(job -> !job.ended());
        } catch (io.eddy.runtime.rpc.RpcException e) {
            return true; // unknown: keep the TaskExecutors
        }
    }

    /**
     * How a program's end ends the application: SUCCEEDED with exit code 0; KILLED when it failed
     * because one of its jobs was cancelled (by {@code eddy cancel} against the application's
     * JobManager), as Flink reports a cancelled job's application; FAILED otherwise.
     */
    private FinalApplicationStatus programEnd(ProgramDriver.Outcome ended) {
        if (ended.succeeded()) {
            return FinalApplicationStatus.SUCCEEDED;
        }
        try {
            if (jobs().stream().anyMatch(job -> io.eddy.runtime.coordinator.JobCoordinator.State.CANCELLED.name().equals(job.state()))) {
                return FinalApplicationStatus.KILLED;
            }
        } catch (io.eddy.runtime.rpc.RpcException | RuntimeException e) {
            LOG.debug("Could not read the jobs' states", e);
        }
        return FinalApplicationStatus.FAILED;
    }

    @Override
    protected void serviceStop() throws Exception {
        super.serviceStop();
        if (progressClient != null) {
            progressClient.close();
        }
    }

    /**
     * What the ResourceManager shows as progress. A session: the share of its TaskExecutors registered.
     * A program: the share of the running job's tasks that have finished (the jobs a program will
     * submit later are unknown), read from the JobManager at most once a second.
     */
    private double progress() {
        if (progressClient == null) {
            return arguments.taskExecutors() == 0 ? 1
                    : (double) jobManager.registeredTaskExecutors() / arguments.taskExecutors();
        }
        long now = System.nanoTime();
        if (now - progressReadNanos > 1_000_000_000L) {
            progressReadNanos = now;
            try {
                for (ClusterProtocol.JobStatus job : jobs()) {
                    ClusterProtocol.Progress p = job.progress();
                    if (!job.ended() && p != null && p.totalTasks() > 0) {
                        lastProgress = (double) p.finishedTasks() / p.totalTasks();
                    }
                }
            } catch (io.eddy.runtime.rpc.RpcException | RuntimeException e) {
                LOG.debug("Could not read the jobs' progress", e);
            }
        }
        return lastProgress;
    }

    /**
     * Waits for the session to end, then winds it down: no more replacements, the JobManager stops its
     * TaskExecutors, what still runs is released, the staging directory is deleted and the AM
     * unregisters (the deletion comes first because YARN may stop this container soon after).
     */
    public FinalApplicationStatus run() throws Exception {
        ApplicationLifecycle.Outcome end = lifecycle.outcome().get();
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
            String container = System.getenv(ApplicationConstants.Environment.CONTAINER_ID.name());
            if (container != null) {
                LOG.info("ApplicationMaster attempt {} of {}",
                        ContainerId.fromString(container).getApplicationAttemptId().getAttemptId(),
                        ContainerId.fromString(container).getApplicationAttemptId().getApplicationId());
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
