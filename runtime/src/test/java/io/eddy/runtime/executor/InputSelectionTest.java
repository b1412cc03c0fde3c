package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import io.eddy.runtime.testutil.Threads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operators that require one input first: the task reads only that input until it ended, parked on
 * the gate (not spinning) while the other input has data, and cancellation still wakes it. Each
 * input has its own producer here, so pipelined edges cannot deadlock; see BlockingExchangeTest for
 * the shared producer.
 */
@Timeout(120)
class InputSelectionTest {

    static final long BUILD_RECORDS = 3_000;
    static final long PROBE_RECORDS = 50_000;

    /** Opened by the test to let the gated sources end; static because operators are deserialized per subtask. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    private static MiniCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(3)
                .withBufferSize(256).withBuffersPerChannel(2));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void clear() {
        Collected.clear();
        gate.countDown();
    }

    /** Emits its share of [0, count), then waits for the test to open the gate before it ends. */
    static final class GatedSource extends TestOperators.BaseSource<Long> {
        private final long count;

        GatedSource(long count) {
            this.count = count;
        }

        @Override
        public void run() throws Exception {
            for (long v = context.getSubtaskIndex(); v < count; v += context.getParallelism()) {
                output.collect(v);
            }
            gate.await();
        }
    }

    private static Jobs slowBuildFastProbe(int parallelism) {
        Jobs job = Jobs.job("slow build p=" + parallelism);
        int build = job.vertex("Slow build", parallelism,
                op("Gated", () -> new GatedSource(BUILD_RECORDS), 0, LongSerializer.INSTANCE));
        int probe = job.vertex("Fast probe", parallelism,
                op("Sequence", TestOperators.sequence(PROBE_RECORDS), 0, LongSerializer.INSTANCE));
        int join = job.vertex("Requiring join", parallelism,
                op("Count then tag", TestOperators.countFirstInputThenTag(), 2, null, to(1, 0)),
                op("Sink", TestOperators.collect("tagged"), 1, null));
        job.edge(build, 0, join, 0, 0, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        job.edge(probe, 0, join, 0, 1, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        return job;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void requiredInputIsWaitedForWhileTheOtherInputHasData(int parallelism) throws Exception {
        gate = new CountDownLatch(1);
        JobClient client = cluster.submit(slowBuildFastProbe(parallelism).build());

        // the probe sources fill their buffers and block: the joins' input 1 has data queued...
        Threads.awaitParkedOnCondition("Fast probe", parallelism);
        // ...yet the joins sleep on their gates, waiting for the end of input 0
        Threads.awaitParkedOnCondition("Requiring join", parallelism);
        assertTrue(Collected.all("tagged", parallelism).isEmpty());

        gate.countDown();
        JobResult result = client.awaitResult();
        List<Object> buildCounts = result.accumulators().get("input0");
        assertEquals(BUILD_RECORDS, buildCounts.stream().mapToLong(c -> (Long) c).sum());
        List<Long> probed = new ArrayList<>();
        for (int subtask = 0; subtask < parallelism; subtask++) {
            for (String tagged : Collected.<String>of("tagged", subtask)) {
                String[] parts = tagged.split(":");
                assertEquals(buildCounts.get(subtask), Long.parseLong(parts[0]), tagged);
                probed.add(Long.parseLong(parts[1]));
            }
        }
        probed.sort(null);
        assertEquals(LongStream.range(0, PROBE_RECORDS).boxed().toList(), probed);
    }

    @Test
    void cancellingWakesATaskWaitingForItsRequiredInput() throws Exception {
        gate = new CountDownLatch(1);
        JobClient client = cluster.submit(slowBuildFastProbe(3).build());
        Threads.awaitParkedOnCondition("Requiring join", 3);
        client.cancel();
        JobExecutionException e = assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals("Job 'slow build p=3' was cancelled", e.getMessage());
        Threads.assertNoneLeft("Slow build", "Fast probe", "Requiring join");
    }

    @Test
    void aChainedOperatorThatCannotGetItsRequiredInputFailsTheTask() {
        // the chain's sources run one after the other: the first one feeds input 1 while input 0 is open
        Jobs job = Jobs.job("chained requirement");
        job.vertex("Chained join", 1,
                op("Probe", TestOperators.sequence(10), 0, LongSerializer.INSTANCE, to(2, 1)),
                op("Build", TestOperators.sequence(10), 0, LongSerializer.INSTANCE, to(2, 0)),
                op("Count then tag", TestOperators.countFirstInputThenTag(), 2, null));
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job.build()));
        assertTrue(e.getMessage().contains("Operator 'Count then tag'"), e.getMessage());
        assertTrue(e.getMessage().contains("requires input 0 to end before it reads input 1"), e.getMessage());
    }
}
