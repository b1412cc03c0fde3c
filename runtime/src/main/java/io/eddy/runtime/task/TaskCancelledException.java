package io.eddy.runtime.task;

/** Ends a task that noticed it was cancelled; never reported as the cause of a job's failure. */
public final class TaskCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String taskName) {
        super(taskName + " was cancelled");
    }
}
