package io.eddy.yarn.am;

import io.eddy.yarn.SessionArguments;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code taskExecutors} TaskExecutor containers running: asks for them, launches what is
 * allocated, gives back what is not needed, and asks for a replacement when a container ends while
 * the session runs. After {@code maxFailedContainers} such failures it gives up, because a TaskExecutor
 * that cannot start (a bad class path, too little memory) would otherwise be retried forever.
 *
 * <p>Each container's lifecycle is a {@link TaskExecutorContainer} transition table; this class turns
 * the RM's and NM's callbacks into its events and acts on its failures. The RM client's and NM
 * client's callback threads call in; every method is synchronized.
 */
final class TaskExecutorContainers implements TaskExecutorContainer.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorContainers.class);
    private static final Priority PRIORITY = Priority.newInstance(1);

    private final SessionArguments arguments;
    private final Resource capability;
    private final Consumer<String> giveUp;
    private final Deque<ContainerRequest> pending = new ArrayDeque<>();
    private final Map<ContainerId, TaskExecutorContainer> containers = new LinkedHashMap<>();
    private ResourceManagerService resourceManager;
    private ContainerLauncherService launcher;
    private int failures;
    private boolean stopping;

    /** @param giveUp told why the session cannot keep its TaskExecutors running */
    TaskExecutorContainers(SessionArguments arguments, Consumer<String> giveUp) {
        this.arguments = arguments;
        this.capability = Resource.newInstance(arguments.memoryMb(), arguments.vcores());
        this.giveUp = giveUp;
    }

    synchronized void connect(ResourceManagerService resourceManager, ContainerLauncherService launcher) {
        this.resourceManager = resourceManager;
        this.launcher = launcher;
    }

    /** Asks for the session's TaskExecutors. */
    synchronized void requestAll() {
        LOG.info("Requesting {} TaskExecutor containers of {}", arguments.taskExecutors(), capability);
        for (int i = 0; i < arguments.taskExecutors(); i++) {
            request();
        }
    }

    private void request() {
        request(null);
    }

    /** Asks for one container, on {@code node} if it has room (else anywhere: locality is relaxed). */
    private void request(String node) {
        ContainerRequest request = new ContainerRequest(capability, node == null ? null : new String[] {node}, null,
                PRIORITY, true);
        pending.add(request);
        resourceManager.request(request);
    }

    /**
     * Asks for {@code count} more containers, the i-th on {@code nodes[i % nodes.size()]} when nodes
     * are given (the nodes storing a job's input, most first), so the new TaskExecutors spread over the
     * data and read it locally.
     */
    synchronized void requestMore(int count, List<String> nodes) {
        if (stopping || count <= 0) {
            return;
        }
        LOG.info("Requesting {} more TaskExecutor container(s) of {}{}", count, capability,
                nodes.isEmpty() ? "" : " preferring " + nodes);
        for (int i = 0; i < count; i++) {
            request(nodes.isEmpty() ? null : nodes.get(i % nodes.size()));
        }
    }

    /** Containers asked for or started whose TaskExecutors cannot have registered yet, given {@code registered}. */
    synchronized int inFlight(int registered) {
        return pending.size() + Math.max(0, live() - registered);
    }

    synchronized void allocated(List<Container> allocated) {
        for (Container container : allocated) {
            ContainerRequest request = matching(container.getNodeId().getHost());
            if (request == null || stopping) {
                // the RM may hand out more than was asked for while requests are being withdrawn
                resourceManager.release(container.getId());
                continue;
            }
            resourceManager.withdraw(request);
            containers.put(container.getId(), new TaskExecutorContainer(container, this));
            launcher.launch(container);
        }
    }

    /**
     * The pending request a container on {@code host} serves: one that asked for that node, else one
     * that asked for any, else the oldest (locality is relaxed, so the RM may place any request
     * elsewhere). Withdrawing the right one keeps the RM from placing another container on a node
     * nobody asked for.
     */
    private ContainerRequest matching(String host) {
        String wanted = io.eddy.runtime.io.HostNames.normalize(host);
        ContainerRequest anywhere = null;
        for (ContainerRequest request : pending) {
            List<String> nodes = request.getNodes();
            if (nodes == null || nodes.isEmpty()) {
                anywhere = anywhere == null ? request : anywhere;
            } else if (nodes.stream().anyMatch(node -> io.eddy.runtime.io.HostNames.normalize(node).equals(wanted))) {
                pending.remove(request);
                return request;
            }
        }
        ContainerRequest chosen = anywhere != null ? anywhere : pending.peek();
        if (chosen != null) {
            pending.remove(chosen);
        }
        return chosen;
    }

    synchronized void started(ContainerId container) {
        LOG.info("TaskExecutor container {} started", container);
        handle(container, TaskExecutorContainer.EventType.STARTED, null);
    }

    synchronized void startFailed(ContainerId container, Throwable cause) {
        handle(container, TaskExecutorContainer.EventType.START_FAILED, String.valueOf(cause));
    }

    synchronized void completed(List<ContainerStatus> statuses) {
        for (ContainerStatus status : statuses) {
            handle(status.getContainerId(), TaskExecutorContainer.EventType.EXITED, "exit code " + status.getExitStatus()
                    + (status.getDiagnostics() == null || status.getDiagnostics().isBlank() ? ""
                    : ", " + status.getDiagnostics().trim()));
        }
        notifyAll();
    }

    private void handle(ContainerId id, TaskExecutorContainer.EventType type, String diagnostics) {
        TaskExecutorContainer container = containers.get(id);
        if (container != null) {
            container.handle(type, diagnostics);
            if (container.state() == TaskExecutorContainer.State.FAILED
                    || container.state() == TaskExecutorContainer.State.ENDED) {
                containers.remove(id);
            }
        }
    }

    @Override
    public boolean stopping() {
        return stopping;
    }

    /** Called by a container's transition into FAILED (under this object's lock). */
    @Override
    public void failed(TaskExecutorContainer container, String what) {
        resourceManager.release(container.id());
        if (stopping) {
            LOG.info("TaskExecutor container {} while the session winds down", what);
            return;
        }
        failures++;
        if (failures > arguments.maxFailedContainers()) {
            LOG.error("TaskExecutor container {}; {} failures, giving up", what, failures);
            stopping = true;
            giveUp.accept(failures + " TaskExecutor containers failed, more than the " + arguments.maxFailedContainers()
                    + " allowed; the last: " + what);
        } else {
            LOG.warn("TaskExecutor container {}; requesting a replacement ({} of {} failures allowed)", what,
                    failures, arguments.maxFailedContainers());
            request();
        }
    }

    /** Stops replacing containers and withdraws the requests not yet served. */
    synchronized void stop() {
        stopping = true;
        for (ContainerRequest request : pending) {
            resourceManager.withdraw(request);
        }
        pending.clear();
    }

    /**
     * Waits up to {@code millis} for the running containers to end by themselves (the JobManager tells
     * their TaskExecutors to stop), then releases the rest, which makes their NodeManagers kill them.
     */
    synchronized void releaseAll(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (live() > 0 && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        for (TaskExecutorContainer container : containers.values()) {
            if (container.isLive()) {
                LOG.info("Releasing TaskExecutor container {}", container.id());
                resourceManager.release(container.id());
                container.handle(TaskExecutorContainer.EventType.RELEASE, null);
            }
        }
    }

    /** The ids of the containers launching or running, which are their TaskExecutors' ids too. */
    synchronized List<ContainerId> liveContainers() {
        return containers.values().stream().filter(TaskExecutorContainer::isLive).map(TaskExecutorContainer::id).toList();
    }

    /** Gives back a container whose TaskExecutor was stopped because no job used it. */
    synchronized void releaseIdle(ContainerId id) {
        TaskExecutorContainer container = containers.get(id);
        if (container != null && container.isLive()) {
            container.handle(TaskExecutorContainer.EventType.RELEASE, null);
            resourceManager.release(id);
        }
    }

    /** The containers launching or running. */
    synchronized int live() {
        return (int) containers.values().stream().filter(TaskExecutorContainer::isLive).count();
    }
}
