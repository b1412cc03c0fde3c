package io.eddy.runtime.cluster;

import static io.eddy.runtime.testutil.Jobs.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.io.InputSplitLocality;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.HostedSplits;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JobManager with TaskExecutors in this JVM, each naming its machine differently: a job short of
 * slots is reported once to the resource demand listener with the hosts of its input, and runs once
 * TaskExecutors register; slots are taken on the hosts storing the input first. The splits go to
 * fixed subtasks ({@link HostedSplits}), so the job's locality counts show where each subtask ran.
 */
@Timeout(120)
class ResourceDemandTest {

    @TempDir
    Path directory;

    private final byte[] secret = new byte[32];
    private JobManager jobManager;
    private final List<TaskExecutorRunner> taskExecutors = new ArrayList<>();
    private final List<ResourceDemand> demands = new CopyOnWriteArrayList<>();
    /** What the listener saw when it called back into the JobManager. */
    private final List<Integer> registeredAtDemand = new CopyOnWriteArrayList<>();

    private void startJobManager() throws Exception {
        new SecureRandom().nextBytes(secret);
        jobManager = new JobManager("127.0.0.1", 0, secret, Map.of(JobManager.WEB_PORT, "-1",
                JobManager.SLOT_REQUEST_TIMEOUT, "60 s"), directory.resolve("jm"));
        jobManager.setResourceDemandListener(demand -> {
            // a call back into the JobManager must not deadlock with the waiting allocation
            registeredAtDemand.add(jobManager.registeredTaskExecutors());
            demands.add(demand);
        });
    }

    private void startTaskExecutor(String id, String localityHost, int slots) throws Exception {
        int registered = jobManager.registeredTaskExecutors();
        taskExecutors.add(new TaskExecutorRunner(id, "127.0.0.1", localityHost, "127.0.0.1", jobManager.port(), secret,
                MiniClusterConfiguration.defaults().withNumSlots(slots).withManagedMemory(slots * 16L * 1024 * 1024)
                        .withTempDirectories(List.of(directory.toString())), Map.of(), null));
        await(() -> jobManager.registeredTaskExecutors() > registered, "TaskExecutor " + id + " did not register");
    }

    @AfterEach
    void stop() {
        taskExecutors.forEach(TaskExecutorRunner::close);
        if (jobManager != null) {
            jobManager.close();
        }
        Collected.clear();
    }

    private static void await(BooleanSupplier condition, String message) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, message);
            Thread.sleep(20);
        }
    }

    /** Source subtasks reading the splits (split n by subtask n % parallelism), into a sink. */
    private static JobGraph readSplits(String name, int parallelism, String[]... hostsPerSplit) {
        Jobs job = Jobs.job(name);
        int source = job.vertex("Source", parallelism, new HostedSplits(parallelism, hostsPerSplit), List.of(),
                op("Split numbers", TestOperators.splitNumbers(), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Sink", 1, op("Sink", TestOperators.collect("splits"), 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        return job.build();
    }

    @Test
    void aJobShortOfSlotsIsReportedOnceWithItsInputHostsAndRunsWhenTaskExecutorsRegister() throws Exception {
        startJobManager();
        startTaskExecutor("te-a", "node-a", 1);
        // subtask 0 reads splits 0, 2, 4; subtask 1 reads 1, 3, 5; node-b stores four splits, node-a
        // and dn9 one each (ties rank in order of first appearance)
        JobGraph job = readSplits("short of slots", 2,
                new String[] {"Node-B.example.com"}, new String[] {"node-b"},
                new String[] {"node-b"}, new String[] {"NODE-A"},
                new String[] {}, new String[] {"node-b.example.com", "dn9"});

        try (ClusterClient client = new ClusterClient("127.0.0.1", jobManager.port(), secret)) {
            // the submission returns once the first attempt has its slots
            CompletableFuture<ClusterClient.RemoteJob> submitted = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.submit(job, List.of());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await(() -> !demands.isEmpty(), "no resource demand");
            assertEquals(List.of(1), registeredAtDemand);
            ResourceDemand demand = demands.get(0);
            assertEquals(2, demand.slots());
            assertEquals(1, demand.freeSlots());
            assertEquals(1, demand.missingSlots());
            assertEquals(List.of("node-b", "node-a", "dn9"), demand.preferredHosts());

            startTaskExecutor("te-b", "node-b", 1);
            ClusterClient.RemoteJob running = submitted.get();
            JobResult result = running.awaitResult();

            assertEquals(running.jobId(), demand.jobId());
            assertEquals(1, demands.size(), "one demand per waiting allocation: " + demands);
            // node-b, registered last, holds slot 0: subtask 0 reads splits 0 and 2 locally and 4
            // without location, subtask 1 on node-a reads 3 locally and 1 and 5 remotely
            assertEquals(new InputSplitLocality(3, 2, 1), result.inputSplitLocality());
        }
    }

    @Test
    void slotsAreTakenOnTheHostsStoringTheInputFirst() throws Exception {
        startJobManager();
        startTaskExecutor("te-a", "node-a", 2);
        startTaskExecutor("te-b", "node-b.example.com", 2);
        startTaskExecutor("te-c", "NODE-C", 2);
        // subtasks 0 (splits 0, 3) and 2 (splits 2, 5) read splits on node-c, subtask 1 (splits 1, 4)
        // on node-b: node-c ranks first, node-b second; a slot per preferred host and round places the
        // subtasks on node-c, node-b, node-c, none on node-a (registered first) or on dn5 (no TaskExecutor)
        JobGraph job = readSplits("preferred hosts", 3,
                new String[] {"node-c"}, new String[] {"node-b"}, new String[] {"node-c.example.com"},
                new String[] {"node-c", "dn5"}, new String[] {"Node-B"}, new String[] {"node-c"});

        try (ClusterClient client = new ClusterClient("127.0.0.1", jobManager.port(), secret)) {
            JobResult result = client.submit(job, List.of()).awaitResult();

            assertEquals(new InputSplitLocality(6, 0, 0), result.inputSplitLocality());
            assertEquals(List.of(), demands, "enough slots were free");
        }
    }
}
