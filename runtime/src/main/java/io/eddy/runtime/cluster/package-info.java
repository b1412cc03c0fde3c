/**
 * Eddy across processes: the {@link io.eddy.runtime.cluster.JobManager} process (job coordinators,
 * TaskExecutor registry, heartbeats, the submission endpoint), the
 * {@link io.eddy.runtime.cluster.TaskExecutorRunner} process (a TaskExecutor serving the control
 * plane) and the {@link io.eddy.runtime.cluster.ClusterClient} that submits and manages jobs. The
 * JobManager reports jobs waiting for slots as {@link io.eddy.runtime.cluster.ResourceDemand}s to a
 * {@link io.eddy.runtime.cluster.ResourceDemandListener}, the hook a cluster manager such as the YARN
 * ApplicationMaster uses to start TaskExecutors near a job's data. The control plane is
 * {@link io.eddy.runtime.rpc} (gRPC); records move on the Netty data plane of
 * {@link io.eddy.runtime.network}. Only the runtime is needed here: job graphs and user classes
 * arrive as bytes and jars.
 */
package io.eddy.runtime.cluster;
