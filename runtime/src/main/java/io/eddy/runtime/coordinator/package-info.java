/**
 * The master side of a job, the same wherever it runs: the {@link io.eddy.runtime.coordinator.JobCoordinator}
 * places a job's subtasks into slots of TaskExecutors, hands out input splits, holds the superstep
 * barriers of its loops, collects accumulators, commits or aborts outputs and restarts failed
 * attempts. It talks to TaskExecutors through {@link io.eddy.runtime.coordinator.TaskExecutorGateway}
 * and they to it through {@link io.eddy.runtime.coordinator.JobMasterGateway}: direct calls in the
 * embedded runtime, remote calls between processes.
 */
package io.eddy.runtime.coordinator;
