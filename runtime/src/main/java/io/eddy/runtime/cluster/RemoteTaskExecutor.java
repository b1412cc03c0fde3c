package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.ExecutorMetrics;
import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.coordinator.JobDeployment;
import io.eddy.runtime.coordinator.JobMasterGateway;
import io.eddy.runtime.coordinator.TaskExecutorGateway;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.rpc.RpcClient;
import io.eddy.runtime.rpc.RpcException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JobManager's handle on a registered TaskExecutor process: its slots and its control-plane client. */
final class RemoteTaskExecutor implements TaskExecutorGateway {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteTaskExecutor.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final ClusterProtocol.RegisterTaskExecutor registration;
    private final RpcClient client;
    private final String masterHost;
    private final int masterPort;
    /** Tells the JobManager an attempt's secret before the attempt's tasks call it. */
    private final BiConsumer<String, byte[]> attemptSecrets;
    /** Told when a call finds the process unreachable: it is as good as lost. */
    private final java.util.function.Consumer<RemoteTaskExecutor> unreachable;
    /** Which job holds each slot, or null. */
    final String[] slotHolders;
    volatile long lastHeartbeat = System.currentTimeMillis();

    RemoteTaskExecutor(ClusterProtocol.RegisterTaskExecutor registration, RpcClient client, String masterHost,
                       int masterPort, BiConsumer<String, byte[]> attemptSecrets,
                       java.util.function.Consumer<RemoteTaskExecutor> unreachable) {
        this.unreachable = unreachable;
        this.registration = registration;
        this.client = client;
        this.masterHost = masterHost;
        this.masterPort = masterPort;
        this.attemptSecrets = attemptSecrets;
        this.slotHolders = new String[registration.slots()];
    }

    @Override
    public String id() {
        return registration.id();
    }

    @Override
    public String host() {
        return registration.host();
    }

    @Override
    public int numSlots() {
        return registration.slots();
    }

    @Override
    public InetSocketAddress dataAddress() {
        return InetSocketAddress.createUnresolved(registration.dataHost(), registration.dataPort());
    }

    @Override
    public void prepareJob(JobDeployment deployment, JobGraph graph, JobCode code, JobMasterGateway master)
            throws RpcException {
        attemptSecrets.accept(deployment.attemptId(), deployment.secret());
        call(ClusterProtocol.PREPARE, new ClusterProtocol.PrepareJob(deployment, code.serializedGraph(), code.jars(),
                masterHost, masterPort), CALL_TIMEOUT);
    }

    @Override
    public void startJob(String attemptId) throws RpcException {
        call(ClusterProtocol.START, new ClusterProtocol.AttemptRef(attemptId), CALL_TIMEOUT);
    }

    @Override
    public long applySolutionSets(String attemptId, int loop) throws RpcException {
        return call(ClusterProtocol.APPLY_SOLUTION_SETS, new ClusterProtocol.ApplySolutionSets(attemptId, loop),
                Duration.ofHours(1)).value();
    }

    @Override
    public boolean writeCheckpoint(String attemptId, int loop, int superstep) throws RpcException {
        return call(ClusterProtocol.WRITE_CHECKPOINT, new ClusterProtocol.WriteCheckpoint(attemptId, loop, superstep),
                Duration.ofHours(1)).value() == 1;
    }

    @Override
    public void cancelJob(String attemptId) {
        try {
            call(ClusterProtocol.CANCEL_ATTEMPT, new ClusterProtocol.AttemptRef(attemptId), CALL_TIMEOUT);
        } catch (RpcException e) {
            LOG.warn("Cancelling {} on TaskExecutor {} failed: {}", attemptId, id(), e.getMessage());
        }
    }

    @Override
    public void releaseJob(String attemptId) {
        try {
            call(ClusterProtocol.RELEASE_ATTEMPT, new ClusterProtocol.AttemptRef(attemptId), CALL_TIMEOUT);
        } catch (RpcException e) {
            LOG.warn("Releasing {} on TaskExecutor {} failed: {}", attemptId, id(), e.getMessage());
        }
    }

    @Override
    public ExecutorMetrics metrics(String attemptId) {
        try {
            return call(ClusterProtocol.METRICS, new ClusterProtocol.AttemptRef(attemptId), Duration.ofSeconds(5));
        } catch (RpcException e) {
            return ExecutorMetrics.NONE;
        }
    }

    private <Q extends java.io.Serializable, R extends java.io.Serializable> R call(
            io.eddy.runtime.rpc.RpcMethod<Q, R> method, Q request, Duration timeout) throws RpcException {
        try {
            return client.call(method, request, timeout);
        } catch (RpcException e) {
            if (e.kind() == RpcException.Kind.UNAVAILABLE) {
                unreachable.accept(this);
            }
            throw e;
        }
    }

    /** Asks the process to exit. */
    void stop() {
        try {
            call(ClusterProtocol.STOP_EXECUTOR, new ClusterProtocol.Empty(), Duration.ofSeconds(10));
        } catch (RpcException e) {
            LOG.debug("TaskExecutor {} did not answer the stop: {}", id(), e.getMessage());
        }
    }

    void closeClient() {
        client.close();
    }

    int freeSlots() {
        int free = 0;
        for (String holder : slotHolders) {
            if (holder == null) {
                free++;
            }
        }
        return free;
    }

    @Override
    public String toString() {
        return id() + " (" + host() + ", " + numSlots() + " slots)";
    }
}
