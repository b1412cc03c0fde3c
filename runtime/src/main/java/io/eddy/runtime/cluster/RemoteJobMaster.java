package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.JobMasterGateway;
import io.eddy.runtime.coordinator.TaskOutcome;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.rpc.RpcClient;
import io.eddy.runtime.rpc.RpcException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job attempt's tasks' handle on its coordinator in the JobManager, authenticated as the attempt
 * with the attempt's secret; user objects are (de)serialized in the job's class loader.
 */
final class RemoteJobMaster implements JobMasterGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteJobMaster.class);

    private final RpcClient client;
    private final ClassLoader loader;

    RemoteJobMaster(String host, int port, String attemptId, byte[] secret, ClassLoader loader,
                    io.eddy.runtime.rpc.RpcSecurity.Tls tls) {
        this.client = new RpcClient(host, port, ClusterProtocol.ATTEMPT_PREFIX + attemptId, secret, tls);
        this.loader = loader;
    }

    @Override
    public InputSplit requestSplit(String attemptId, int vertex, int subtask, String host) throws Exception {
        ClusterProtocol.Bytes split = client.call(ClusterProtocol.REQUEST_SPLIT,
                new ClusterProtocol.SplitRequest(attemptId, vertex, subtask, host), Duration.ofMinutes(5));
        return Payloads.read(split.content(), loader);
    }

    @Override
    public IterationCoordinator.Decision superstepFinished(String attemptId, int loop, IterationCoordinator.Report report)
            throws Exception {
        // the barrier waits for the slowest task of the loop, however long its superstep takes
        CompletableFuture<ClusterProtocol.Bytes> call = client.callAsync(ClusterProtocol.SUPERSTEP_FINISHED,
                new ClusterProtocol.SuperstepReport(attemptId, loop, Payloads.write(report)));
        try {
            return Payloads.read(call.get().content(), loader);
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void taskEnded(String attemptId, TaskOutcome outcome) {
        byte[] accumulators;
        byte[] failure = Payloads.writeFailure(outcome.failure());
        try {
            accumulators = Payloads.write(new java.util.LinkedHashMap<>(outcome.accumulators()));
        } catch (IllegalArgumentException e) {
            accumulators = null;
            if (failure == null) {
                failure = Payloads.writeFailure(new IllegalStateException("an accumulator is not serializable: "
                        + e.getMessage(), e));
            }
        }
        String text = outcome.failure() == null ? null : outcome.failure().getMessage();
        // a cancelled task is interrupted, and an interrupted thread's call would be cancelled at once
        boolean interrupted = Thread.interrupted();
        try {
            client.call(ClusterProtocol.TASK_ENDED, new ClusterProtocol.TaskEnded(attemptId, outcome.vertex(),
                    outcome.subtask(), failure, text, accumulators), Duration.ofSeconds(60));
        } catch (RpcException e) {
            LOG.warn("Could not tell the JobManager that subtask {} of vertex {} of {} ended: {}", outcome.subtask(),
                    outcome.vertex(), attemptId, e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
