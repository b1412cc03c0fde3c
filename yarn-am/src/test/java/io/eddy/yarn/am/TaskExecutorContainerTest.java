package io.eddy.yarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.yarn.am.TaskExecutorContainer.EventType;
import io.eddy.yarn.am.TaskExecutorContainer.State;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.junit.jupiter.api.Test;

/** A TaskExecutor container's transition table: which ends are failures, and late callbacks are no-ops. */
class TaskExecutorContainerTest {

    /** Records failures; stopping as set. */
    private static final class Owner implements TaskExecutorContainer.Owner {
        boolean stopping;
        final List<String> failures = new ArrayList<>();

        @Override
        public boolean stopping() {
            return stopping;
        }

        @Override
        public void failed(TaskExecutorContainer container, String what) {
            failures.add(what);
        }
    }

    private static TaskExecutorContainer container(Owner owner, int id) {
        ContainerId containerId = ContainerId.newContainerId(
                ApplicationAttemptId.newInstance(ApplicationId.newInstance(1, 1), 1), id);
        return new TaskExecutorContainer(Container.newInstance(containerId, NodeId.newInstance("node-1", 8041),
                "node-1:8042", Resource.newInstance(512, 1), Priority.newInstance(1), null), owner);
    }

    @Test
    void aContainerThatEndsWhileWantedFailsOnce() {
        Owner owner = new Owner();
        TaskExecutorContainer container = container(owner, 2);
        assertEquals(State.LAUNCHING, container.state());
        container.handle(EventType.STARTED, null);
        assertEquals(State.RUNNING, container.state());
        assertTrue(container.isLive());
        container.handle(EventType.EXITED, "exit code 137, killed by external signal");
        assertEquals(State.FAILED, container.state());
        container.handle(EventType.EXITED, "exit code 137");
        container.handle(EventType.RELEASE, null);
        assertEquals(State.FAILED, container.state());
        assertEquals(1, owner.failures.size(), owner.failures.toString());
        assertTrue(owner.failures.get(0).contains("killed by external signal"), owner.failures.toString());
    }

    @Test
    void aContainerThatCannotStartFails() {
        Owner owner = new Owner();
        TaskExecutorContainer container = container(owner, 3);
        container.handle(EventType.START_FAILED, "java.io.IOException: no such node");
        assertEquals(State.FAILED, container.state());
        assertTrue(owner.failures.get(0).contains("could not be started"), owner.failures.toString());
    }

    @Test
    void endsWhileStoppingOrAfterAReleaseAreNoFailures() {
        Owner owner = new Owner();
        TaskExecutorContainer released = container(owner, 4);
        released.handle(EventType.STARTED, null);
        released.handle(EventType.RELEASE, null);
        assertEquals(State.RELEASED, released.state());
        assertFalse(released.isLive());
        released.handle(EventType.STARTED, null);
        released.handle(EventType.EXITED, "exit code 143");
        assertEquals(State.ENDED, released.state());

        TaskExecutorContainer stopped = container(owner, 5);
        stopped.handle(EventType.STARTED, null);
        owner.stopping = true;
        stopped.handle(EventType.EXITED, "exit code 0");
        assertEquals(State.ENDED, stopped.state());
        assertTrue(owner.failures.isEmpty(), owner.failures.toString());
    }
}
