package io.eddy.runtime.coordinator;

import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.iteration.IterationCoordinator;

/** What a TaskExecutor's tasks ask of their job's coordinator. Every call names the job attempt. */
public interface JobMasterGateway {

    /** The next input split for a source subtask running on {@code host}, or null when none are left. */
    InputSplit requestSplit(String attemptId, int vertex, int subtask, String host) throws Exception;

    /** A task of loop {@code loop} finished a superstep; returns when every task of the loop has. */
    IterationCoordinator.Decision superstepFinished(String attemptId, int loop, IterationCoordinator.Report report)
            throws Exception;

    /** A task ended, successfully or not; its accumulators are final. */
    void taskEnded(String attemptId, TaskOutcome outcome);
}
