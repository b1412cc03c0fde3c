package io.eddy.api.execution;

import io.eddy.api.JobExecutionResult;
import io.eddy.runtime.executor.JobClient;

/**
 * Told when a job of its environment is submitted and when it has ended, as Flink's
 * {@code JobListener}: register one with
 * {@link io.eddy.api.ExecutionEnvironment#registerJobListener(JobListener)}. The {@code eddy} command
 * line uses one to draw its progress line and to cancel a job on Ctrl-C. Called on the thread that
 * runs {@code execute()}; a listener must not block it.
 */
public interface JobListener {

    /** The job is running: {@code client} reports its progress and cancels it. {@code failure} is set if submission failed. */
    void onJobSubmitted(JobClient client, Throwable failure);

    /** The job has ended: with a result, or with {@code failure}. */
    void onJobExecuted(JobExecutionResult result, Throwable failure);
}
