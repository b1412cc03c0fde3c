package io.eddy.yarn.client;

import io.eddy.yarn.ProgramSpec;
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
 * Starts Eddy applications on a YARN cluster: sessions, which run jobs clients send them until they
 * are stopped ({@link #start}, which returns once the ApplicationMaster has registered the
 * JobManager's address with the ResourceManager), and applications that run one program in their
 * ApplicationMaster and end with it ({@link #submit}, followed with {@link #awaitEnd}). Either way the
 * client creates the staging directory, uploads the files to ship and a fresh cluster secret, and
 * submits the application with the ApplicationMaster's container.
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
    /** The states an application never leaves. */
    public static final java.util.Set<YarnApplicationState> ENDED = java.util.Collections.unmodifiableSet(
            EnumSet.of(YarnApplicationState.FINISHED, YarnApplicationState.FAILED, YarnApplicationState.KILLED));

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
        Submission submission = stageAndSubmit(spec, null, null);
        try {
            ApplicationReport report = awaitRegistration(submission.id(), spec.startTimeout());
            LOG.info("Session {} is running; its JobManager is at {}:{}", submission.id(), report.getHost(),
                    report.getRpcPort());
            return new YarnSession(yarn, fs, submission.id(), submission.staging(), report.getHost(),
                    report.getRpcPort(), submission.secret());
        } catch (IOException | YarnException | InterruptedException | RuntimeException e) {
            try {
                yarn.killApplication(submission.id());
            } catch (Exception killFailed) {
                e.addSuppressed(killFailed);
            }
            fs.delete(submission.staging(), true);
            throw e;
        }
    }

    /**
     * Submits an application that runs {@code program} in its ApplicationMaster and ends with it
     * (application mode); returns at once. Follow it with {@link #awaitEnd}, end it with {@link #kill}.
     *
     * @param programJar the program's jar, uploaded for the ApplicationMaster only; null when the
     *                   program is an example of the shipped distribution
     */
    public ApplicationId submit(SessionSpec spec, ProgramSpec program, java.nio.file.Path programJar)
            throws IOException, YarnException {
        if (program.jar() != (programJar != null)) {
            throw new IllegalArgumentException("a jar program needs its jar, an example none");
        }
        return stageAndSubmit(spec, program, programJar).id();
    }

    /** A submitted application: its id, staging directory and cluster secret. */
    private record Submission(ApplicationId id, Path staging, byte[] secret) {}

    private Submission stageAndSubmit(SessionSpec spec, ProgramSpec program, java.nio.file.Path programJar)
            throws IOException, YarnException {
        removeStagingOfEndedApplications();
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
        try {
            fillStagingDirectory(staging, spec, secret);
            if (program != null) {
                Path programDirectory = new Path(staging, ProgramSpec.DIRECTORY);
                fs.mkdirs(programDirectory);
                if (programJar != null) {
                    fs.copyFromLocalFile(false, true, new Path(programJar.toAbsolutePath().toUri()),
                            new Path(programDirectory, program.program()));
                }
                try (OutputStream out = fs.create(new Path(programDirectory, ProgramSpec.FILE))) {
                    program.write(out);
                }
            }
            context.setApplicationName(spec.name());
            context.setApplicationType(SessionStaging.APPLICATION_TYPE);
            context.setApplicationTags(spec.tags());
            context.setQueue(spec.queue());
            context.setMaxAppAttempts(spec.maxAttempts());
            context.setResource(Resource.newInstance(spec.masterMemoryMb(), spec.masterVcores()));
            context.setAMContainerSpec(masterContainer(spec, staging, program != null));
            yarn.submitApplication(context);
            LOG.info("Submitted {} {} '{}' to queue {}", program == null ? "session" : "application", id, spec.name(),
                    spec.queue());
            return new Submission(id, staging, secret);
        } catch (IOException | YarnException | RuntimeException e) {
            fs.delete(staging, true);
            throw e;
        }
    }

    /**
     * Waits for {@code id} to end, telling {@code onChange} each report whose state or progress (in
     * whole percent) differs from the last one's, then deletes the staging directory if the
     * ApplicationMaster did not (it cannot when it is killed).
     */
    public ApplicationReport awaitEnd(ApplicationId id, java.util.function.Consumer<ApplicationReport> onChange)
            throws IOException, YarnException, InterruptedException {
        String last = null;
        while (true) {
            ApplicationReport report = yarn.getApplicationReport(id);
            String shown = report.getYarnApplicationState() + "/" + Math.round(report.getProgress() * 100);
            if (!shown.equals(last)) {
                last = shown;
                onChange.accept(report);
            }
            if (ENDED.contains(report.getYarnApplicationState())) {
                deleteStaging(id);
                return report;
            }
            Thread.sleep(250);
        }
    }

    /** Kills {@code id} through YARN, waits until it has ended and deletes its staging directory. */
    public ApplicationReport kill(ApplicationId id) throws IOException, YarnException, InterruptedException {
        yarn.killApplication(id);
        return awaitEnd(id, report -> {});
    }

    private void deleteStaging(ApplicationId id) throws IOException {
        Path staging = SessionStaging.directory(fs, id);
        if (fs.delete(staging, true)) {
            LOG.info("Deleted the staging directory {} the ApplicationMaster left", staging);
        }
    }

    /**
     * Deletes the staging directories of this user's Eddy applications that have ended: one killed
     * while no client watched it (by {@code yarn application -kill}, or a lost node) leaves its directory
     * behind, as its ApplicationMaster got no chance to delete it.
     */
    private void removeStagingOfEndedApplications() {
        try {
            Path root = fs.makeQualified(new Path(fs.getHomeDirectory(), SessionStaging.ROOT));
            if (!fs.exists(root)) {
                return;
            }
            for (org.apache.hadoop.fs.FileStatus status : fs.listStatus(root)) {
                ApplicationId id;
                try {
                    id = ApplicationId.fromString(status.getPath().getName());
                } catch (IllegalArgumentException notAnApplication) {
                    continue;
                }
                boolean ended;
                try {
                    ended = ENDED.contains(yarn.getApplicationReport(id).getYarnApplicationState());
                } catch (org.apache.hadoop.yarn.exceptions.ApplicationNotFoundException unknown) {
                    ended = true;
                }
                if (ended && fs.delete(status.getPath(), true)) {
                    LOG.info("Deleted the staging directory {} of ended application {}", status.getPath(), id);
                }
            }
        } catch (IOException | YarnException e) {
            LOG.warn("Could not look for staging directories of ended applications", e);
        }
    }

    private void fillStagingDirectory(Path staging, SessionSpec spec, byte[] secret) throws IOException {
        fs.mkdirs(staging);
        fs.setPermission(staging, PRIVATE_DIRECTORY);
        StringBuilder cached = new StringBuilder();
        for (java.nio.file.Path file : spec.shipFiles()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jar")) {
                cached.append(name).append('\t').append(cachedCopy(file)).append('\n');
            } else {
                fs.copyFromLocalFile(false, true, new Path(file.toAbsolutePath().toUri()), new Path(staging, name));
            }
        }
        if (cached.length() > 0) {
            try (OutputStream out = fs.create(new Path(staging, SessionStaging.CACHED_FILES))) {
                out.write(cached.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        try (OutputStream out = FileSystem.create(fs, new Path(staging, SessionStaging.SECRET_FILE), PRIVATE_FILE)) {
            out.write(Base64.getEncoder().encodeToString(secret).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * The jar's copy in the user's cache directory, named after a hash of its content, uploaded if
     * missing (to a temporary name first, so a concurrent submission never localizes half a file).
     */
    private Path cachedCopy(java.nio.file.Path jar) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (java.io.InputStream in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(jar), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String hash = java.util.HexFormat.of().formatHex(sha.digest(), 0, 12);
        Path cache = fs.makeQualified(new Path(fs.getHomeDirectory(), SessionStaging.ROOT + "/" + SessionStaging.CACHE));
        Path copy = new Path(cache, hash + "-" + jar.getFileName());
        if (!fs.exists(copy)) {
            fs.mkdirs(cache);
            Path partial = new Path(cache, "." + copy.getName() + "." + java.util.UUID.randomUUID());
            fs.copyFromLocalFile(false, true, new Path(jar.toAbsolutePath().toUri()), partial);
            if (!fs.rename(partial, copy)) {
                fs.delete(partial, false); // another submission put it there first
            }
            LOG.info("Uploaded {} to {}", jar, copy);
        }
        return copy;
    }

    private ContainerLaunchContext masterContainer(SessionSpec spec, Path staging, boolean program) throws IOException {
        SessionArguments arguments = new SessionArguments(spec.taskExecutors(), spec.taskExecutorMemoryMb(),
                spec.taskExecutorVcores(), spec.slotsPerTaskExecutor(), spec.managedMemoryBytes(),
                spec.maxFailedContainers(), spec.taskExecutorJavaOptions(), spec.settings());
        String logDir = ApplicationConstants.LOG_DIR_EXPANSION_VAR;
        List<String> command = new ArrayList<>(List.of(ApplicationConstants.Environment.JAVA_HOME.$$() + "/bin/java",
                "-Xmx" + SessionArguments.heapMb(spec.masterMemoryMb(), 0) + "m",
                "-D" + SessionStaging.CONTAINER_MARKER + "=" + ApplicationConstants.Environment.CONTAINER_ID.$$(),
                "-Deddy.log.file=" + logDir + "/jobmanager.log"));
        command.addAll(SessionStaging.JDK_OPENS);
        command.addAll(SessionStaging.jvmOptions(List.of()));
        command.add(MASTER_MAIN);
        arguments.toArguments().forEach(argument -> command.add(SessionStaging.shellWord(argument)));
        command.add("1>" + logDir + "/jobmanager.out");
        command.add("2>" + logDir + "/jobmanager.stderr");
        Map<String, String> environment = Map.of(
                ApplicationConstants.Environment.CLASSPATH.name(), SessionStaging.classPath(conf),
                SessionStaging.STAGING_DIRECTORY_ENV, staging.toString());
        Map<String, org.apache.hadoop.yarn.api.records.LocalResource> resources =
                new java.util.LinkedHashMap<>(SessionStaging.localResources(fs, staging));
        if (program) {
            resources.putAll(SessionStaging.localResources(fs, new Path(staging, ProgramSpec.DIRECTORY)));
        }
        return ContainerLaunchContext.newInstance(resources, environment,
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
            if (ENDED.contains(state)) {
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
