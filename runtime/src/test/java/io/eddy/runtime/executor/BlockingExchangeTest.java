package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import io.eddy.runtime.testutil.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blocking exchanges on the mini cluster. First the reason they exist: one source feeding both
 * inputs of an operator that requires input 0 first deadlocks over pipelined edges, and completes
 * once the edge into the dammed input 1 is blocking. Then the exchange itself: it spills far beyond
 * its memory budget, delivers every channel complete and in order, and leaves no spill file behind
 * after success, failure or cancellation.
 *
 * <p>The cluster's buffers are as small as allowed (one 64-byte buffer per channel), so a pipelined
 * channel is full after five records and a blocking one spills after as many bytes.
 */
@Timeout(120)
class BlockingExchangeTest {

    static final long RECORDS = 10_000;
    /** Records of producer p are {@code p * PRODUCER_STRIDE + sequence number}. */
    static final long PRODUCER_STRIDE = 1_000_000_000L;
    static final long SPILL_RECORDS = 40_000;

    @TempDir
    static Path spillDirectory;

    private static MiniCluster cluster;

    /** The most spill files a sink saw when it received its first record. */
    static final AtomicLong SPILL_FILES_SEEN = new AtomicLong();
    /** Counted down by a sink at its first record; static because operators are deserialized per subtask. */
    static volatile CountDownLatch firstRecord = new CountDownLatch(0);
    /** Holds the sources before they end until the test opens it. */
    static volatile CountDownLatch producersMayEnd = new CountDownLatch(0);
    /** Holds the sinks after their first record until the test opens it. */
    static volatile CountDownLatch consumersMayGoOn = new CountDownLatch(0);

    @BeforeAll
    static void startCluster() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(3).withBufferSize(64)
                .withBuffersPerChannel(1).withTempDirectories(List.of(spillDirectory.toString())));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void reset() throws IOException {
        Collected.clear();
        SPILL_FILES_SEEN.set(0);
        producersMayEnd.countDown();
        consumersMayGoOn.countDown();
        assertEquals(List.of(), spillFiles(), "spill files outlived the test's job");
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    static List<Path> spillFiles() {
        try (Stream<Path> files = Files.walk(spillDirectory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a dam behind a shared producer --------------------------------------------------------

    /** One source feeding both inputs of an operator that reads input 0 to its end first. */
    private static JobGraph sharedSourceIntoDam(int parallelism, ExchangeMode intoDammedInput) {
        Jobs job = Jobs.job("dam p=" + parallelism + " " + intoDammedInput);
        int source = job.vertex("Shared source", parallelism,
                op("Sequence", TestOperators.sequence(RECORDS), 0, LongSerializer.INSTANCE));
        int dam = job.vertex("Dammed join", parallelism,
                op("Count then tag", TestOperators.countFirstInputThenTag(), 2, null, to(1, 0)),
                op("Sink", TestOperators.collect("tagged"), 1, null));
        job.edge(source, 0, dam, 0, 0, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE, ExchangeMode.PIPELINED);
        job.edge(source, 0, dam, 0, 1, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE, intoDammedInput);
        return job.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aPipelinedEdgeIntoTheDammedInputDeadlocks(int parallelism) throws Exception {
        JobClient client = cluster.submit(sharedSourceIntoDam(parallelism, ExchangeMode.PIPELINED));
        CompletableFuture<JobResult> done = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                done.complete(client.awaitResult());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "deadlock waiter");
        waiter.start();

        // the source blocks on the full channels into input 1, the join waits for the end of input 0
        Threads.awaitParkedOnCondition("Shared source", parallelism);
        Threads.awaitParkedOnCondition("Dammed join", parallelism);
        assertThrows(TimeoutException.class, () -> done.get(5, TimeUnit.SECONDS), "the job should be stuck");
        assertEquals(parallelism, Threads.ofVertex("Shared source").stream().filter(Threads::isParkedOnCondition).count());
        assertTrue(Collected.all("tagged", parallelism).isEmpty());

        client.cancel();
        waiter.join();
        assertTrue(done.isCompletedExceptionally());
        JobExecutionException e = assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals("Job 'dam p=" + parallelism + " PIPELINED' was cancelled", e.getMessage());
        Threads.assertNoneLeft("Shared source", "Dammed join");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aBlockingEdgeIntoTheDammedInputCompletes(int parallelism) throws Exception {
        JobResult result = cluster.execute(sharedSourceIntoDam(parallelism, ExchangeMode.BLOCKING));
        List<Object> counts = result.accumulators().get("input0");
        assertEquals(RECORDS, counts.stream().mapToLong(c -> (Long) c).sum());
        List<Long> tagged = new ArrayList<>();
        for (int subtask = 0; subtask < parallelism; subtask++) {
            for (String record : Collected.<String>of("tagged", subtask)) {
                String[] parts = record.split(":");
                assertEquals(counts.get(subtask), Long.parseLong(parts[0]), record);
                tagged.add(Long.parseLong(parts[1]));
            }
        }
        tagged.sort(null);
        assertEquals(LongStream.range(0, RECORDS).boxed().toList(), tagged);
    }

    // ---- the blocking exchange ---------------------------------------------------------------

    /** Emits {@code subtask * PRODUCER_STRIDE + i} for i in [0, count); then waits until it may end. */
    static final class TaggedSource extends TestOperators.BaseSource<Long> {
        private final long count;

        TaggedSource(long count) {
            this.count = count;
        }

        @Override
        public void run() throws Exception {
            long base = context.getSubtaskIndex() * PRODUCER_STRIDE;
            for (long i = 0; i < count && !context.isCancelled(); i++) {
                output.collect(base + i);
            }
            producersMayEnd.await();
        }
    }

    /**
     * Checks that every producer's records arrive complete and in order (over a broadcast edge each
     * consumer gets all of them), notes the spill files present at its first record and then waits
     * until it may go on; fails at record {@code failAt} if that is not negative.
     */
    static final class OrderCheckingSink extends TestOperators.BaseOperator<Void> {
        private final long failAt;
        private long[] next;
        private long received;

        OrderCheckingSink(long failAt) {
            this.failAt = failAt;
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            long value = (Long) record;
            if (next == null) {
                next = new long[3];
                SPILL_FILES_SEEN.accumulateAndGet(spillFiles().size(), Math::max);
                firstRecord.countDown();
                consumersMayGoOn.await();
            }
            int producer = (int) (value / PRODUCER_STRIDE);
            long sequence = value % PRODUCER_STRIDE;
            if (sequence != next[producer]) {
                throw new IllegalStateException("from producer " + producer + " expected " + next[producer] + ", got " + sequence);
            }
            next[producer]++;
            if (++received == failAt) {
                throw new IllegalStateException("consumer fails on purpose");
            }
        }

        @Override
        public void endInput(int input) {
            context.getAccumulators().put("received", received);
        }
    }

    private static JobGraph spillingJob(int parallelism, long failAt) {
        Jobs job = Jobs.job("spilling p=" + parallelism);
        int source = job.vertex("Tagged source", parallelism,
                op("Tagged", () -> new TaggedSource(SPILL_RECORDS), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Checking sink", parallelism, op("Check", () -> new OrderCheckingSink(failAt), 1, null));
        job.edge(source, 0, sink, 0, 0, ShipStrategy.BROADCAST, null, LongSerializer.INSTANCE, ExchangeMode.BLOCKING);
        return job.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theBlockingExchangeSpillsDeliversEveryChannelInOrderAndCleansUp(int parallelism) throws Exception {
        JobResult result = cluster.execute(spillingJob(parallelism, -1));
        // every consumer read p channels of 480 KB each through 64 bytes of budget per channel
        assertEquals(List.of(), spillFiles());
        assertTrue(SPILL_FILES_SEEN.get() >= parallelism, "spill files at a sink's first record: " + SPILL_FILES_SEEN);
        for (Object received : result.accumulators().get("received")) {
            assertEquals(parallelism * SPILL_RECORDS, (long) (Long) received);
        }
    }

    @Test
    void aFailingConsumerLeavesNoSpillFile() {
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(spillingJob(3, 1000)));
        assertTrue(e.getMessage().contains("consumer fails on purpose"), e.getMessage());
        assertTrue(SPILL_FILES_SEEN.get() >= 3);
        assertEquals(List.of(), spillFiles());
        Threads.assertNoneLeft("Tagged source", "Checking sink");
    }

    @Test
    void cancellingWhileTheConsumersReadLeavesNoSpillFile() throws Exception {
        consumersMayGoOn = new CountDownLatch(1);
        firstRecord = new CountDownLatch(3);
        JobClient client = cluster.submit(spillingJob(3, -1));
        firstRecord.await();
        assertFalse(spillFiles().isEmpty());
        client.cancel();
        assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals(List.of(), spillFiles());
        Threads.assertNoneLeft("Tagged source", "Checking sink");
    }

    @Test
    void cancellingWhileTheProducersWriteLeavesNoSpillFile() throws Exception {
        // the sources write everything, then wait: their partitions are spilled but unfinished
        producersMayEnd = new CountDownLatch(1);
        JobClient client = cluster.submit(spillingJob(3, -1));
        while (spillFiles().size() < 9) {
            Thread.sleep(10);
        }
        Threads.awaitParkedOnCondition("Checking sink", 3); // nothing to read before the producers finish
        client.cancel();
        assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals(List.of(), spillFiles());
        Threads.assertNoneLeft("Tagged source", "Checking sink");
    }
}
