/**
 * The worker side of a cluster: a {@link io.eddy.runtime.taskexecutor.TaskExecutor} offers slots,
 * owns managed memory and spill directories, runs the subtasks a coordinator deploys into its slots
 * and serves their partitions to consumers in other processes.
 */
package io.eddy.runtime.taskexecutor;
