package io.eddy.yarn.am;

import io.eddy.runtime.cluster.ResourceDemand;
import io.eddy.runtime.io.HostNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.service.AbstractService;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes a program's TaskExecutors to its jobs: when a job waits for slots ({@link #onDemand}), asks for
 * the containers it lacks beyond those on their way, on the nodes storing its input (the RM's node
 * names for the job's short host names; locality is relaxed, so YARN places them elsewhere when those
 * nodes are full); when no job has run for the idle timeout, stops the idle TaskExecutors and gives
 * their containers back, as Flink's {@code resourcemanager.taskmanager-timeout} does. It works on a
 * thread of its own: demands arrive on the JobManager's threads, which must not wait for the RM.
 */
final class ElasticityService extends AbstractService {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticityService.class);

    private final TaskExecutorContainers containers;
    private final JobManagerService jobManager;
    private final int slotsPerTaskExecutor;
    private final long idleTimeoutMillis;
    private final BooleanSupplier jobsRunning;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eddy container elasticity");
        thread.setDaemon(true);
        return thread;
    });
    private final YarnClient nodes = YarnClient.createYarnClient();
    private long idleSinceNanos;

    /**
     * @param idleTimeoutMillis how long TaskExecutors may stay without a job; 0 keeps them
     * @param jobsRunning whether the JobManager runs a job now
     */
    ElasticityService(TaskExecutorContainers containers, JobManagerService jobManager, int slotsPerTaskExecutor,
                      long idleTimeoutMillis, BooleanSupplier jobsRunning) {
        super("container elasticity");
        this.containers = containers;
        this.jobManager = jobManager;
        this.slotsPerTaskExecutor = slotsPerTaskExecutor;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.jobsRunning = jobsRunning;
    }

    @Override
    protected void serviceInit(Configuration conf) throws Exception {
        nodes.init(conf);
        super.serviceInit(conf);
    }

    @Override
    protected void serviceStart() throws Exception {
        nodes.start();
        if (idleTimeoutMillis > 0) {
            worker.scheduleWithFixedDelay(this::releaseIdle, 1, 1, TimeUnit.SECONDS);
        }
        super.serviceStart();
    }

    @Override
    protected void serviceStop() throws Exception {
        worker.shutdownNow();
        nodes.stop();
        super.serviceStop();
    }

    /** A job waits for slots; called on a JobManager thread, handled on this service's. */
    void onDemand(ResourceDemand demand) {
        worker.execute(() -> grow(demand));
    }

    private void grow(ResourceDemand demand) {
        int wanted = (demand.missingSlots() + slotsPerTaskExecutor - 1) / slotsPerTaskExecutor;
        int missing = wanted - containers.inFlight(jobManager.registeredTaskExecutors());
        LOG.info("Job {} waits for {} slot(s) ({} free); its input is on {}", demand.jobId(), demand.slots(),
                demand.freeSlots(), demand.preferredHosts().isEmpty() ? "no known hosts" : demand.preferredHosts());
        if (missing > 0) {
            containers.requestMore(missing, nodesOf(demand.preferredHosts()));
        }
    }

    /** The RM's names of the nodes among {@code hosts} (short names, most splits first), in that order. */
    private List<String> nodesOf(List<String> hosts) {
        List<String> preferred = new ArrayList<>();
        if (hosts.isEmpty()) {
            return preferred;
        }
        try {
            Map<String, String> byShortName = new HashMap<>();
            for (NodeReport node : nodes.getNodeReports(NodeState.RUNNING)) {
                String name = node.getNodeId().getHost();
                byShortName.putIfAbsent(HostNames.normalize(name), name);
            }
            for (String host : hosts) {
                String node = byShortName.get(host);
                if (node != null && !preferred.contains(node)) {
                    preferred.add(node);
                }
            }
        } catch (Exception e) {
            LOG.warn("Could not read the cluster's nodes; requesting containers anywhere", e);
        }
        return preferred;
    }

    private void releaseIdle() {
        try {
            long now = System.nanoTime();
            if (jobsRunning.getAsBoolean() || containers.live() == 0) {
                idleSinceNanos = 0;
                return;
            }
            if (idleSinceNanos == 0) {
                idleSinceNanos = now;
                return;
            }
            if (now - idleSinceNanos < idleTimeoutMillis * 1_000_000L) {
                return;
            }
            for (ContainerId container : containers.liveContainers()) {
                if (jobManager.stopIdleTaskExecutor(container.toString())) {
                    LOG.info("Giving back idle TaskExecutor container {} (no job for {} ms)", container, idleTimeoutMillis);
                    containers.releaseIdle(container);
                }
            }
            idleSinceNanos = 0;
        } catch (RuntimeException e) {
            LOG.warn("Could not look for idle TaskExecutors", e);
        }
    }
}
