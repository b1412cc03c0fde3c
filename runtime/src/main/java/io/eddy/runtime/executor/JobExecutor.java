package io.eddy.runtime.executor;

import io.eddy.runtime.jobgraph.JobGraph;

/**
 * Runs job graphs: the embedded local cluster, and later a standalone cluster or a YARN
 * application. The DataSet API talks only to this interface.
 */
public interface JobExecutor extends AutoCloseable {

    /** Starts the job and returns at once. */
    JobClient submit(JobGraph job) throws Exception;

    /** Runs the job to its end. */
    default JobResult execute(JobGraph job) throws Exception {
        return submit(job).awaitResult();
    }

    /** Releases the executor's threads and resources; running jobs are cancelled. */
    @Override
    void close();
}
