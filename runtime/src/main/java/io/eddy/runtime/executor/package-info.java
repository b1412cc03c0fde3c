/**
 * Running job graphs. {@link io.eddy.runtime.executor.JobExecutor} is the one interface the DataSet
 * API talks to; {@link io.eddy.runtime.executor.MiniCluster} implements it in the local JVM: it
 * validates a job, runs its master hooks, creates the exchanges and split assigners, starts one
 * thread per subtask, and turns the first task failure into a cancelled job with a
 * {@link io.eddy.runtime.executor.JobExecutionException}. Later executors (standalone, YARN) place
 * the same tasks on remote workers.
 */
package io.eddy.runtime.executor;
