package io.eddy.yarn.am;

import io.eddy.yarn.SessionArguments;
import io.eddy.yarn.SessionStaging;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.service.AbstractService;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.async.NMClientAsync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code TaskExecutorRunner} processes in allocated containers through the NodeManagers. Each
 * gets every file of the staging directory localized (shipped jars, the secret), the session's class
 * path, the tokens the ApplicationMaster may pass on, and writes {@code taskexecutor.out},
 * {@code taskexecutor.stderr} (named so that YARN puts its tail into a failed container's diagnostics) and (with a log4j configuration that uses {@code eddy.log.file})
 * {@code taskexecutor.log} into the container's log directory, where {@code yarn logs} finds them.
 */
final class ContainerLauncherService extends AbstractService {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerLauncherService.class);
    private static final String TASK_EXECUTOR_MAIN = "io.eddy.runtime.cluster.TaskExecutorRunner";

    private final TaskExecutorContainers containers;
    private final SessionArguments arguments;
    private final Map<String, LocalResource> localResources;
    private final ByteBuffer tokens;
    private NMClientAsync client;
    private Map<String, String> environment;
    private volatile String jobManagerAddress;

    /**
     * @param localResources the staging directory's files
     * @param tokens the credentials containers get (the ApplicationMaster's, less its own RM token), or null
     */
    ContainerLauncherService(TaskExecutorContainers containers, SessionArguments arguments,
                             Map<String, LocalResource> localResources, ByteBuffer tokens) {
        super("container launcher");
        this.containers = containers;
        this.arguments = arguments;
        this.localResources = Map.copyOf(localResources);
        this.tokens = tokens;
    }

    @Override
    protected void serviceInit(Configuration conf) throws Exception {
        environment = Map.of(ApplicationConstants.Environment.CLASSPATH.name(), SessionStaging.classPath(conf));
        client = NMClientAsync.createNMClientAsync(new Handler());
        client.init(conf);
        super.serviceInit(conf);
    }

    @Override
    protected void serviceStart() throws Exception {
        client.start();
        super.serviceStart();
    }

    @Override
    protected void serviceStop() throws Exception {
        if (client != null) {
            client.stop();
        }
        super.serviceStop();
    }

    /** Where the TaskExecutors find the JobManager; set before the first launch. */
    void setJobManagerAddress(String hostAndPort) {
        this.jobManagerAddress = hostAndPort;
    }

    void launch(Container container) {
        List<String> command = taskExecutorCommand(arguments, container.getId(), jobManagerAddress);
        ContainerLaunchContext context = ContainerLaunchContext.newInstance(localResources, environment,
                List.of(String.join(" ", command)), null, tokens == null ? null : tokens.duplicate(), null);
        LOG.info("Launching a TaskExecutor in {} on {}", container.getId(), container.getNodeId());
        client.startContainerAsync(container, context);
    }

    /**
     * The TaskExecutor's command line. Host names come from the NodeManager's environment ({@code NM_HOST})
     * so the TaskExecutor listens where the node is reachable and input splits on that node are read
     * there; spill files go to the application's local directories, which YARN cleans up.
     */
    static List<String> taskExecutorCommand(SessionArguments arguments, ContainerId container, String jobManager) {
        String logDir = ApplicationConstants.LOG_DIR_EXPANSION_VAR;
        String nodeHost = ApplicationConstants.Environment.NM_HOST.$$();
        List<String> command = new ArrayList<>(List.of(ApplicationConstants.Environment.JAVA_HOME.$$() + "/bin/java",
                "-Xmx" + arguments.heapMb() + "m",
                "-D" + SessionStaging.CONTAINER_MARKER + "=" + container,
                "-Deddy.log.file=" + logDir + "/taskexecutor.log"));
        command.addAll(SessionStaging.JDK_OPENS);
        SessionStaging.jvmOptions(arguments.javaOptions()).forEach(option -> command.add(SessionStaging.shellWord(option)));
        command.addAll(List.of(TASK_EXECUTOR_MAIN,
                "--jobmanager", jobManager,
                "--secret-file", SessionStaging.SECRET_FILE,
                "--id", container.toString(),
                "--host", nodeHost,
                "--locality-host", nodeHost,
                "--slots", Integer.toString(arguments.slots()),
                "--managed-memory", Long.toString(arguments.managedMemoryBytes()),
                "--tmp-dirs", ApplicationConstants.Environment.LOCAL_DIRS.$$()));
        arguments.settings().forEach((key, value) -> command.add(SessionStaging.shellWord(key + "=" + value)));
        command.add("1>" + logDir + "/taskexecutor.out");
        command.add("2>" + logDir + "/taskexecutor.stderr");
        return command;
    }

    /** Runs on the NM client's threads. */
    private final class Handler extends NMClientAsync.AbstractCallbackHandler {

        @Override
        public void onContainerStarted(ContainerId containerId, Map<String, ByteBuffer> allServiceResponse) {
            containers.started(containerId);
        }

        @Override
        public void onStartContainerError(ContainerId containerId, Throwable t) {
            containers.startFailed(containerId, t);
        }

        @Override
        public void onContainerStatusReceived(ContainerId containerId, ContainerStatus containerStatus) {}

        @Override
        public void onContainerStopped(ContainerId containerId) {}

        @Override
        public void onContainerResourceIncreased(ContainerId containerId, Resource resource) {}

        @Override
        public void onContainerResourceUpdated(ContainerId containerId, Resource resource) {}

        @Override
        public void onGetContainerStatusError(ContainerId containerId, Throwable t) {}

        @Override
        public void onIncreaseContainerResourceError(ContainerId containerId, Throwable t) {}

        @Override
        public void onUpdateContainerResourceError(ContainerId containerId, Throwable t) {}

        @Override
        public void onStopContainerError(ContainerId containerId, Throwable t) {
            LOG.debug("Stopping {} failed", containerId, t);
        }
    }
}
