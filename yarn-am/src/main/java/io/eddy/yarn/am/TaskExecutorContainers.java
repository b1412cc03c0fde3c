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
 * <p>The RM client's and NM client's callback threads call in; every method is synchronized.
 */
final class TaskExecutorContainers {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorContainers.class);
    private static final Priority PRIORITY = Priority.newInstance(1);

    private final SessionArguments arguments;
    private final Resource capability;
    private final Consumer<String> giveUp;
    private final Deque<ContainerRequest> pending = new ArrayDeque<>();
    private final Map<ContainerId, Container> live = new LinkedHashMap<>();
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
        ContainerRequest request = new ContainerRequest(capability, null, null, PRIORITY);
        pending.add(request);
        resourceManager.request(request);
    }

    synchronized void allocated(List<Container> containers) {
        for (Container container : containers) {
            ContainerRequest request = pending.poll();
            if (request == null || stopping) {
                // the RM may hand out more than was asked for while requests are being withdrawn
                resourceManager.release(container.getId());
                continue;
            }
            resourceManager.withdraw(request);
            live.put(container.getId(), container);
            launcher.launch(container);
        }
    }

    synchronized void started(ContainerId container) {
        LOG.info("TaskExecutor container {} started", container);
    }

    synchronized void startFailed(ContainerId container, Throwable cause) {
        if (live.remove(container) != null) {
            resourceManager.release(container);
            failed(container + " could not be started: " + cause);
        }
    }

    synchronized void completed(List<ContainerStatus> statuses) {
        for (ContainerStatus status : statuses) {
            if (live.remove(status.getContainerId()) == null) {
                continue;
            }
            String what = status.getContainerId() + " ended with exit code " + status.getExitStatus()
                    + (status.getDiagnostics() == null || status.getDiagnostics().isBlank() ? "" : ": "
                    + status.getDiagnostics().trim());
            if (stopping) {
                LOG.info("TaskExecutor container {}", what);
            } else {
                failed(what);
            }
        }
        notifyAll();
    }

    private void failed(String what) {
        failures++;
        if (failures > arguments.maxFailedContainers()) {
            LOG.error("TaskExecutor container {}; {} failures, giving up", what, failures);
            stopping = true;
            giveUp.accept(failures + " TaskExecutor containers failed, more than the " + arguments.maxFailedContainers()
                    + " allowed; the last: " + what);
        } else if (!stopping) {
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
        while (!live.isEmpty() && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        for (ContainerId container : live.keySet()) {
            LOG.info("Releasing TaskExecutor container {}", container);
            resourceManager.release(container);
        }
        live.clear();
    }

    synchronized int live() {
        return live.size();
    }
}
