package io.eddy.runtime.task;

/** Hears about the end of a task; called once from the task's own thread as its last action. */
@FunctionalInterface
public interface TaskListener {

    /**
     * @param failure null on success; a {@link TaskException} naming the failed operator, or a
     *        {@link TaskCancelledException}, or whatever else ended the task
     */
    void taskEnded(Task task, Throwable failure);
}
