package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jobs on a standalone cluster of separate JVMs (a JobManager, two TaskExecutors with two slots each)
 * give the results they give on the embedded runtime: a shuffle and join whose result comes back by
 * {@code collect()}, a delta iteration whose supersteps synchronize across processes, and files
 * written by a sink. The tests' functions reach the cluster only in the shipped job jar.
 */
@Timeout(300)
class StandaloneClusterTest {

    @TempDir
    static Path directory;
    private static ProcessCluster cluster;
    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new ProcessCluster(directory, 2, 2, List.of());
        jobJar = ProcessCluster.testClassesJar(directory);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ExecutionEnvironment remote(int parallelism) {
        Configuration conf = new Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toString());
        String[] hostPort = cluster.address().split(":");
        ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment(hostPort[0], Integer.parseInt(hostPort[1]),
                conf, jobJar.toString());
        env.setParallelism(parallelism);
        return env;
    }

    private static ExecutionEnvironment local(int parallelism) {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment();
        env.setParallelism(parallelism);
        return env;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aShuffleAndAJoinGiveTheEmbeddedResult(int parallelism) throws Exception {
        assertEquals(ClusterTestJobs.groupedAndJoined(local(parallelism)),
                ClusterTestJobs.groupedAndJoined(remote(parallelism)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aDeltaIterationGivesTheEmbeddedResult(int parallelism) throws Exception {
        assertEquals(ClusterTestJobs.randomComponents(local(parallelism), 3000),
                ClusterTestJobs.randomComponents(remote(parallelism), 3000));
    }

    @Test
    void filesWrittenOnTheClusterAreCommittedOnce(@TempDir Path out) throws Exception {
        ExecutionEnvironment env = remote(4);
        Path target = out.resolve("numbers");
        env.generateSequence(1, 10_000).map(n -> n * 2).returns(Types.LONG).writeAsText(target.toString());
        env.execute("write numbers");
        List<Long> written = ClusterTestJobs.writtenNumbers(target);
        assertEquals(10_000, written.size());
        assertEquals(20_000L, written.get(written.size() - 1));
    }

    /** A sink that takes a millisecond per record. */
    static final class SlowSink extends io.eddy.api.io.RichOutputFormat<Long> {
        @Override
        public void configure(Configuration parameters) {}

        @Override
        public void open(int taskNumber, int numTasks) {}

        @Override
        public void writeRecord(Long record) throws java.io.IOException {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("cancelled");
            }
        }

        @Override
        public void close() {}
    }

    @Test
    void aSlowSinkThrottlesTheSourceAcrossProcessesAndCancellingReleasesTheSlots() throws Exception {
        ExecutionEnvironment env = remote(2);
        env.generateSequence(1, 1_000_000_000L).rebalance().output(new SlowSink());
        java.util.concurrent.CompletableFuture<Void> run = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                env.execute("throttled");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (ClusterClient client = ClusterClient.connect(cluster.address(), ClusterClient.readSecret(cluster.secretFile()))) {
            ClusterProtocol.JobStatus job = null;
            long deadline = System.currentTimeMillis() + 60_000;
            while (job == null || job.progress() == null || job.progress().runningTasks() < 4) {
                assertTrue(System.currentTimeMillis() < deadline, "the job did not start");
                Thread.sleep(50);
                List<ClusterProtocol.JobStatus> jobs = client.list().jobs();
                job = jobs.stream().filter(j -> j.name().equals("throttled")).findFirst().orElse(null);
            }
            Thread.sleep(3_000);
            String jobId = job.jobId();
            ClusterProtocol.JobStatus later = client.list().jobs().stream().filter(j -> j.jobId().equals(jobId))
                    .findFirst().get();
            // unthrottled, the sources would have read tens of millions of numbers by now; two sinks take
            // about 2,000 a second, and the buffers between (4 per channel on each side) hold some 100,000
            long read = later.progress().recordsRead();
            assertTrue(read > 0 && read < 400_000, "the sources read " + read + " records");
            assertEquals("CANCELLED", waitForState(client, client.cancel(later.jobId()).jobId(), "CANCELLED"));
            assertEquals(4, client.list().freeSlots());
        }
        assertThrows(Exception.class, run::join);
    }

    private static String waitForState(ClusterClient client, String jobId, String state) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            String now = client.list().jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst().get().state();
            if (now.equals(state) || System.currentTimeMillis() > deadline) {
                return now;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theJobManagerListsFinishedJobsAndRefusesAWrongSecret() throws Exception {
        long before;
        try (ClusterClient client = ClusterClient.connect(cluster.address(), ClusterClient.readSecret(cluster.secretFile()))) {
            before = client.list().jobs().stream().filter(j -> j.state().equals("FINISHED")).count();
        }
        assertEquals(2000L, remote(2).generateSequence(1, 2000).count());
        try (ClusterClient client = ClusterClient.connect(cluster.address(), ClusterClient.readSecret(cluster.secretFile()))) {
            ClusterProtocol.JobList list = client.list();
            assertEquals(2, list.taskExecutors());
            assertEquals(4, list.slots());
            assertEquals(before + 1, list.jobs().stream().filter(j -> j.state().equals("FINISHED")).count());
        }
        byte[] wrong = new byte[32];
        try (ClusterClient client = ClusterClient.connect(cluster.address(), wrong)) {
            Exception refused = assertThrows(Exception.class, client::list);
            assertTrue(refused.getMessage().toLowerCase().contains("authentic"), refused.getMessage());
        }
    }
}
