package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

    static List<Tuple2<Long, Long>> edges(long vertices, int count) {
        Random random = new Random(5);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long a = random.nextInt((int) vertices);
            long b = random.nextInt((int) vertices);
            edges.add(Tuple2.of(a, b));
            edges.add(Tuple2.of(b, a));
        }
        return edges;
    }

    static Map<Long, Long> groupedAndJoined(ExecutionEnvironment env) throws Exception {
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(1, 200_000).map(n -> Tuple2.of(n % 1000, n))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DataSet<Tuple2<Long, Long>> sums = numbers.groupBy(0).sum(1);
        DataSet<Tuple2<Long, Long>> joined = sums.join(numbers.filter(t -> t.f1 <= 1000)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (s, n) -> Tuple2.of(s.f0, s.f1 + n.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        Map<Long, Long> result = new TreeMap<>();
        joined.collect().forEach(t -> result.merge(t.f0, t.f1, Long::sum));
        return result;
    }

    static DataSet<Tuple2<Long, Long>> components(ExecutionEnvironment env, long vertices, int maxSupersteps) {
        DataSet<Tuple2<Long, Long>> start = env.generateSequence(0, vertices - 1).map(v -> Tuple2.of(v, v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, maxSupersteps, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset().join(env.fromCollection(edges(vertices, (int) (vertices * 5 / 6))))
                .where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with((FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (c, cur, out) -> {
                    if (c.f1 < cur.f1) {
                        out.collect(c);
                    }
                })
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        return iteration.closeWith(changes, changes);
    }

    private static Map<Long, Long> asMap(List<Tuple2<Long, Long>> records) {
        Map<Long, Long> result = new TreeMap<>();
        records.forEach(t -> result.put(t.f0, t.f1));
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aShuffleAndAJoinGiveTheEmbeddedResult(int parallelism) throws Exception {
        assertEquals(groupedAndJoined(local(parallelism)), groupedAndJoined(remote(parallelism)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aDeltaIterationGivesTheEmbeddedResult(int parallelism) throws Exception {
        Map<Long, Long> embedded = asMap(components(local(parallelism), 3000, 1000).collect());
        assertEquals(embedded, asMap(components(remote(parallelism), 3000, 1000).collect()));
    }

    @Test
    void filesWrittenOnTheClusterAreCommittedOnce(@TempDir Path out) throws Exception {
        ExecutionEnvironment env = remote(4);
        Path target = out.resolve("numbers");
        env.generateSequence(1, 10_000).map(n -> n * 2).returns(Types.LONG).writeAsText(target.toString());
        env.execute("write numbers");
        List<Long> written = new ArrayList<>();
        try (var files = Files.list(target)) {
            for (Path file : files.toList()) {
                assertFalse(file.getFileName().toString().startsWith("."), "no staging left: " + file);
                Files.readAllLines(file).forEach(line -> written.add(Long.parseLong(line)));
            }
        }
        written.sort(Long::compare);
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
