package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.ExecutorMetrics;
import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.coordinator.JobDeployment;
import io.eddy.runtime.rpc.RpcMethod;
import java.io.Serializable;
import java.util.List;

/**
 * The control plane's methods and messages. Messages hold only runtime types; whatever comes from
 * user code (job graphs, splits, aggregates, accumulators, failures) travels as Java-serialized
 * bytes and is read in the job's class loader.
 *
 * <p>Principals: clients and TaskExecutors call as {@value #CLUSTER} with the cluster's secret; a
 * job attempt's tasks call the JobManager as {@code "attempt:<attempt id>"} with the attempt's secret.
 */
public final class ClusterProtocol {

    private ClusterProtocol() {}

    public static final String CLUSTER = "cluster";
    public static final String ATTEMPT_PREFIX = "attempt:";

    // ---- messages -------------------------------------------------------------------------------

    /** No content. */
    public record Empty() implements Serializable {}

    /** Bytes, e.g. a serialized split or decision; null content stands for null. */
    public record Bytes(byte[] content) implements Serializable {}

    /** A number. */
    public record Count(long value) implements Serializable {}

    /** Names a job. */
    public record JobRef(String jobId) implements Serializable {}

    /** Names a job attempt. */
    public record AttemptRef(String attemptId) implements Serializable {}

    /** A job for the JobManager: its serialized graph and the jars its classes come from. */
    public record SubmitJob(String name, byte[] graph, List<JobCode.Jar> jars) implements Serializable {}

    /** Waits up to {@code waitMillis} for the job to end, then answers its status. */
    public record AwaitJob(String jobId, long waitMillis) implements Serializable {}

    /**
     * A job's status.
     *
     * @param state a {@link io.eddy.runtime.coordinator.JobCoordinator.State} name
     * @param result the serialized {@link io.eddy.runtime.executor.JobResult} once it finished
     * @param failure the serialized failure once it failed or was cancelled
     * @param failureText the failure as text, for when its classes cannot be loaded
     */
    public record JobStatus(String jobId, String name, String state, int attempt, long submittedMillis,
                            Progress progress, byte[] result, byte[] failure, String failureText) implements Serializable {

        public boolean ended() {
            return "FINISHED".equals(state) || "FAILED".equals(state) || "CANCELLED".equals(state);
        }
    }

    /** A serializable {@link io.eddy.runtime.executor.JobProgress}. */
    public record Progress(long elapsedMillis, int totalTasks, int runningTasks, int finishedTasks, long recordsRead,
                           long bytesRead, long recordsReceived, long bytesReceived, List<LoopProgress> loops)
            implements Serializable {}

    /** Where a loop is. */
    public record LoopProgress(String name, int superstep, int maxSupersteps) implements Serializable {}

    /** Every job the JobManager knows, newest last, and the TaskExecutors registered now with their slots. */
    public record JobList(List<JobStatus> jobs, int taskExecutors, int slots, int freeSlots) implements Serializable {}

    /** A TaskExecutor introduces itself. */
    public record RegisterTaskExecutor(String id, String host, int slots, String rpcHost, int rpcPort, String dataHost,
                                       int dataPort) implements Serializable {}

    /** The JobManager's answer to a registration: how often to send heartbeats. */
    public record Registered(long heartbeatIntervalMillis) implements Serializable {}

    /** A TaskExecutor is alive and holds these attempts. */
    public record Heartbeat(String id, List<String> attempts) implements Serializable {}

    /**
     * @param known false if the JobManager does not know the TaskExecutor (it must register again)
     * @param release attempts the TaskExecutor holds that no job runs any more
     */
    public record HeartbeatReply(boolean known, List<String> release) implements Serializable {}

    /** A source subtask asks for its next split. */
    public record SplitRequest(String attemptId, int vertex, int subtask, String host) implements Serializable {}

    /** A loop task's serialized {@link io.eddy.runtime.iteration.IterationCoordinator.Report}. */
    public record SuperstepReport(String attemptId, int loop, byte[] report) implements Serializable {}

    /** How a subtask ended: failure and accumulators serialized. */
    public record TaskEnded(String attemptId, int vertex, int subtask, byte[] failure, String failureText,
                            byte[] accumulators) implements Serializable {}

    /** Deploys an attempt onto a TaskExecutor. */
    public record PrepareJob(JobDeployment deployment, byte[] graph, List<JobCode.Jar> jars, String masterHost,
                             int masterPort) implements Serializable {}

    /** Asks for a TaskExecutor's part of loop {@code loop}'s checkpoint after {@code superstep}. */
    public record WriteCheckpoint(String attemptId, int loop, int superstep) implements Serializable {}

    /** Asks for the solution set updates of loop {@code loop} to be applied. */
    public record ApplySolutionSets(String attemptId, int loop) implements Serializable {}

    // ---- the JobManager's methods ----------------------------------------------------------------

    private static final String JM = "eddy.JobManager";
    public static final RpcMethod<SubmitJob, JobRef> SUBMIT = RpcMethod.of(JM, "submit", SubmitJob.class, JobRef.class);
    public static final RpcMethod<AwaitJob, JobStatus> AWAIT = RpcMethod.of(JM, "await", AwaitJob.class, JobStatus.class);
    public static final RpcMethod<Empty, JobList> LIST = RpcMethod.of(JM, "list", Empty.class, JobList.class);
    public static final RpcMethod<JobRef, JobStatus> CANCEL = RpcMethod.of(JM, "cancel", JobRef.class, JobStatus.class);
    public static final RpcMethod<Empty, Empty> SHUTDOWN = RpcMethod.of(JM, "shutdown", Empty.class, Empty.class);
    public static final RpcMethod<RegisterTaskExecutor, Registered> REGISTER =
            RpcMethod.of(JM, "register", RegisterTaskExecutor.class, Registered.class);
    public static final RpcMethod<Heartbeat, HeartbeatReply> HEARTBEAT =
            RpcMethod.of(JM, "heartbeat", Heartbeat.class, HeartbeatReply.class);
    public static final RpcMethod<SplitRequest, Bytes> REQUEST_SPLIT =
            RpcMethod.of(JM, "requestSplit", SplitRequest.class, Bytes.class);
    public static final RpcMethod<SuperstepReport, Bytes> SUPERSTEP_FINISHED =
            RpcMethod.of(JM, "superstepFinished", SuperstepReport.class, Bytes.class);
    public static final RpcMethod<TaskEnded, Empty> TASK_ENDED = RpcMethod.of(JM, "taskEnded", TaskEnded.class, Empty.class);

    // ---- a TaskExecutor's methods ------------------------------------------------------------------

    private static final String TE = "eddy.TaskExecutor";
    public static final RpcMethod<PrepareJob, Empty> PREPARE = RpcMethod.of(TE, "prepare", PrepareJob.class, Empty.class);
    public static final RpcMethod<AttemptRef, Empty> START = RpcMethod.of(TE, "start", AttemptRef.class, Empty.class);
    public static final RpcMethod<ApplySolutionSets, Count> APPLY_SOLUTION_SETS =
            RpcMethod.of(TE, "applySolutionSets", ApplySolutionSets.class, Count.class);
    public static final RpcMethod<WriteCheckpoint, Count> WRITE_CHECKPOINT =
            RpcMethod.of(TE, "writeCheckpoint", WriteCheckpoint.class, Count.class);
    public static final RpcMethod<AttemptRef, Empty> CANCEL_ATTEMPT = RpcMethod.of(TE, "cancel", AttemptRef.class, Empty.class);
    public static final RpcMethod<AttemptRef, Empty> RELEASE_ATTEMPT = RpcMethod.of(TE, "release", AttemptRef.class, Empty.class);
    public static final RpcMethod<AttemptRef, ExecutorMetrics> METRICS =
            RpcMethod.of(TE, "metrics", AttemptRef.class, ExecutorMetrics.class);
    public static final RpcMethod<Empty, Empty> STOP_EXECUTOR = RpcMethod.of(TE, "stop", Empty.class, Empty.class);
}
