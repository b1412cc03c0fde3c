package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.runtime.coordinator.JobCoordinator;
import java.util.Map;
import java.util.TreeMap;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskExecutor process killed with SIGKILL in the middle of a job: the JobManager notices (broken
 * connections, missed heartbeats), discards what the attempt wrote, and restarts the job per its
 * restart strategy on the TaskExecutors left; the output is complete, once.
 */
@Timeout(300)
class ClusterFailoverTest {

    @TempDir
    Path directory;
    private ProcessCluster cluster;

    @AfterEach
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Slow enough that the job is still running when a TaskExecutor is killed. */
    static final class SlowDouble implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) throws Exception {
            Thread.sleep(4);
            return value * 2;
        }
    }

    @Test
    void aKilledTaskExecutorRestartsTheJobWithCompleteOutputOnce() throws Exception {
        cluster = new ProcessCluster(directory, 3, 2, List.of("restart-strategy=fixed-delay",
                "restart-strategy.fixed-delay.attempts=3", "restart-strategy.fixed-delay.delay=500ms",
                "heartbeat.interval=500ms", "heartbeat.timeout=3s"));
        Path jobJar = ProcessCluster.testClassesJar(directory);
        Configuration conf = new Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toString());
        String[] hostPort = cluster.address().split(":");
        ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment(hostPort[0], Integer.parseInt(hostPort[1]),
                conf, jobJar.toString());
        env.setParallelism(4);
        Path target = directory.resolve("out");
        int records = 3000;
        env.generateSequence(1, records).rebalance().map(new SlowDouble()).returns(Types.LONG).writeAsText(target.toString());
        CompletableFuture<JobExecutionResult> run = CompletableFuture.supplyAsync(() -> {
            try {
                return env.execute("slow doubling");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (ClusterClient client = ClusterClient.connect(cluster.address(), ClusterClient.readSecret(cluster.secretFile()))) {
            awaitRunningTasks(client, 4);
            Thread.sleep(800);
            cluster.taskExecutors().get(0).destroyForcibly().waitFor();
            run.join();
            ClusterProtocol.JobStatus status = client.list().jobs().get(0);
            assertEquals("FINISHED", status.state());
            assertTrue(status.attempt() >= 1, "the job ran again after the kill: attempt " + status.attempt());
        }
        List<Long> written = ClusterTestJobs.writtenNumbers(target);
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= records; n++) {
            expected.add(n * 2);
        }
        assertEquals(expected, written, "every record once");
        assertTrue(cluster.log("jobmanager").contains("restarting"), cluster.log("jobmanager"));
    }

    @Test
    void aDeltaIterationResumesFromItsLastCheckpointAfterAKilledTaskExecutor() throws Exception {
        cluster = new ProcessCluster(directory, 3, 2, List.of("restart-strategy=fixed-delay",
                "restart-strategy.fixed-delay.attempts=3", "restart-strategy.fixed-delay.delay=500ms",
                "heartbeat.interval=500ms", "heartbeat.timeout=3s"));
        Path jobJar = ProcessCluster.testClassesJar(directory);
        Path checkpoints = Files.createDirectories(directory.resolve("checkpoints"));
        Configuration conf = new Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toString());
        conf.setString(JobCoordinator.CHECKPOINT_INTERVAL, "5");
        conf.setString(JobCoordinator.CHECKPOINT_DIR, checkpoints.toString());
        String[] hostPort = cluster.address().split(":");
        ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment(hostPort[0], Integer.parseInt(hostPort[1]),
                conf, jobJar.toString());
        env.setParallelism(4);
        long n = 50;
        CompletableFuture<List<Tuple2<Long, Long>>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return ClusterTestJobs.pathComponents(env, n, new ClusterTestJobs.SlowKeepSmaller(100)).collect();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (ClusterClient client = ClusterClient.connect(cluster.address(), ClusterClient.readSecret(cluster.secretFile()))) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (true) {
                List<ClusterProtocol.JobStatus> jobs = client.list().jobs();
                ClusterProtocol.Progress progress = jobs.isEmpty() ? null : jobs.get(0).progress();
                if (progress != null && !progress.loops().isEmpty() && progress.loops().get(0).superstep() >= 18) {
                    break;
                }
                assertTrue(System.currentTimeMillis() < deadline, "the loop did not get to superstep 18");
                Thread.sleep(20);
            }
            cluster.taskExecutors().get(0).destroyForcibly().waitFor();
        }
        Map<Long, Long> resumed = new TreeMap<>();
        run.join().forEach(t -> resumed.put(t.f0, t.f1));
        Map<Long, Long> expected = new TreeMap<>();
        for (long v = 0; v < n; v++) {
            expected.put(v, 1L);
        }
        assertEquals(expected, resumed);
        int first = env.getLastJobExecutionResult().getSuperstepStatistics().get(0).superstep();
        assertTrue(first > 15 && (first - 1) % 5 == 0, "resumed after a checkpoint of superstep 15 or later: " + first);
        assertTrue(cluster.log("jobmanager").contains("resumes from its checkpoint after superstep " + (first - 1)),
                cluster.log("jobmanager"));
        try (var left = Files.list(checkpoints)) {
            assertFalse(left.findAny().isPresent(), "the job's checkpoints are deleted at its end");
        }
    }

    private static void awaitRunningTasks(ClusterClient client, int atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<ClusterProtocol.JobStatus> jobs = client.list().jobs();
            if (!jobs.isEmpty() && jobs.get(0).progress() != null && jobs.get(0).progress().runningTasks() >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not start running");
    }
}
