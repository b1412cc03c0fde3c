package io.eddy.yarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eddy.yarn.am.ApplicationLifecycle.EventType;
import io.eddy.yarn.am.ApplicationLifecycle.State;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.Test;

/** The application's transition table: how each way of ending decides the final status, first one wins. */
class ApplicationLifecycleTest {

    private static ApplicationLifecycle running() {
        ApplicationLifecycle lifecycle = new ApplicationLifecycle();
        lifecycle.handle(EventType.REGISTERED);
        lifecycle.handle(EventType.STARTED);
        assertEquals(State.RUNNING, lifecycle.state());
        assertFalse(lifecycle.outcome().isDone());
        return lifecycle;
    }

    @Test
    void aProgramsExitCodeDecides() {
        ApplicationLifecycle succeeded = running();
        succeeded.handle(EventType.PROGRAM_ENDED, FinalApplicationStatus.SUCCEEDED, null);
        assertEquals(State.SUCCEEDED, succeeded.state());
        assertEquals(FinalApplicationStatus.SUCCEEDED, succeeded.outcome().join().status());

        ApplicationLifecycle cancelled = running();
        cancelled.handle(EventType.PROGRAM_ENDED, FinalApplicationStatus.KILLED, "job cancelled");
        assertEquals(State.KILLED, cancelled.state());
        assertEquals(FinalApplicationStatus.KILLED, cancelled.outcome().join().status());

        ApplicationLifecycle failed = running();
        failed.handle(EventType.PROGRAM_ENDED, FinalApplicationStatus.FAILED, "job failed: / by zero");
        assertEquals(FinalApplicationStatus.FAILED, failed.outcome().join().status());
        assertEquals("job failed: / by zero", failed.outcome().join().diagnostics());
    }

    @Test
    void theFirstEndWinsAndLaterEventsAreIgnored() {
        ApplicationLifecycle lifecycle = running();
        lifecycle.handle(EventType.RESOURCE_MANAGER_FAILED, FinalApplicationStatus.FAILED, "the ResourceManager client failed");
        // the program fails because its cluster went away: the application keeps the first reason
        lifecycle.handle(EventType.PROGRAM_ENDED, FinalApplicationStatus.FAILED, "job failed: lost TaskExecutors");
        lifecycle.handle(EventType.JOBMANAGER_SHUT_DOWN, FinalApplicationStatus.SUCCEEDED, null);
        lifecycle.handle(EventType.CONTAINERS_EXHAUSTED, FinalApplicationStatus.FAILED, "7 TaskExecutor containers failed");
        assertEquals(State.FAILED, lifecycle.state());
        assertEquals("the ResourceManager client failed", lifecycle.outcome().join().diagnostics());
    }

    @Test
    void aStoppedSessionSucceedsAndSessionsFailWhenContainersRunOut() {
        ApplicationLifecycle stopped = running();
        stopped.handle(EventType.JOBMANAGER_SHUT_DOWN, FinalApplicationStatus.SUCCEEDED, null);
        assertEquals(FinalApplicationStatus.SUCCEEDED, stopped.outcome().join().status());

        ApplicationLifecycle starved = running();
        starved.handle(EventType.CONTAINERS_EXHAUSTED, FinalApplicationStatus.FAILED, "3 TaskExecutor containers failed");
        assertEquals(FinalApplicationStatus.FAILED, starved.outcome().join().status());

        ApplicationLifecycle neverRegistered = new ApplicationLifecycle();
        neverRegistered.handle(EventType.RESOURCE_MANAGER_FAILED, FinalApplicationStatus.FAILED, "no ResourceManager");
        assertEquals(State.FAILED, neverRegistered.state());
    }
}
