package io.eddy.runtime.executor;

/** A handle on a submitted job. */
public interface JobClient {

    /**
     * Waits for the job to end. Returns its result on success; throws
     * {@link JobExecutionException} if it failed (the cause names the failing operator) or was
     * cancelled. When this returns or throws, every task thread of the job has ended.
     */
    JobResult awaitResult() throws JobExecutionException, InterruptedException;

    /** Asks all tasks to stop; {@link #awaitResult()} then throws. Idempotent. */
    void cancel();

    /** Where the job is now; callable from any thread while it runs. */
    JobProgress progress();
}
