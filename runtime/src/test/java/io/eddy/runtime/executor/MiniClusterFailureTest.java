package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.task.TaskException;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongComparator;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures, cancellation and master hooks on the mini cluster. */
@Timeout(60)
class MiniClusterFailureTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    static final AtomicLong CONSUMED = new AtomicLong();

    private static MiniCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(4).withBufferSize(1024).withBuffersPerChannel(2));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @BeforeEach
    void reset() {
        EVENTS.clear();
        CONSUMED.set(0);
    }

    /** Records its calls in {@link #EVENTS}. */
    record RecordingHook(String vertex, boolean failInFinalize) implements MasterHook {
        @Override
        public void initializeGlobal(int parallelism) {
            EVENTS.add("init " + vertex + " " + parallelism);
        }

        @Override
        public void finalizeGlobal(int parallelism) {
            EVENTS.add("finalize " + vertex);
            if (failInFinalize) {
                throw new IllegalStateException("commit failed");
            }
        }

        @Override
        public void abortGlobal(int parallelism) {
            EVENTS.add("abort " + vertex);
        }
    }

    /** A user function stand-in whose class name must appear in the failure. */
    static final class FailingMapper extends TestOperators.BaseOperator<Long> {
        private long seen;

        @Override
        public void processRecord(int input, Object record) throws Exception {
            if (++seen == 1000 && context.getSubtaskIndex() == 2) {
                throw new IllegalStateException("boom in the mapper");
            }
            output.collect((Long) record);
        }
    }

    /** Counts records, sleeping on each so producers block on full buffers; never fails. */
    static final class SlowCountingSink extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) throws Exception {
            CONSUMED.incrementAndGet();
            Thread.sleep(1);
        }
    }

    /**
     * Blocks on its 100th record, swallows the interrupt that ends the block and blocks again, as
     * code that retries after an interrupt does (Hadoop's {@code Shell} swallows them).
     */
    static final class InterruptSwallowingSink extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) throws Exception {
            if (CONSUMED.incrementAndGet() == 100) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException swallowed) {
                    EVENTS.add("swallowed an interrupt");
                }
                Thread.sleep(60_000);
            }
        }
    }

    /** Notes that a task ran, to check hooks ran around the tasks. */
    static class NotingSink extends TestOperators.BaseOperator<Void> {
        @Override
        public void open(OperatorContext context, Output<Void> output) throws Exception {
            super.open(context, output);
            EVENTS.add("open " + context.getTaskNameWithSubtask());
        }

        @Override
        public void processRecord(int input, Object record) {}
    }

    private static void assertNoThreadsLeft(String... vertexNames) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            for (String name : vertexNames) {
                assertFalse(thread.getName().startsWith(name + " (") && thread.isAlive(), "thread left: " + thread.getName());
            }
        }
    }

    @Test
    void failingOperatorFailsTheJobNamingItAndCancelsEverythingElse() throws Exception {
        Jobs job = Jobs.job("failing");
        int source = job.vertex("Failing source", 4, null, List.of(new RecordingHook("source", false)),
                op("Sequence", TestOperators.sequence(10_000_000), 0, LongSerializer.INSTANCE, to(1, 0)),
                new ChainedOperator("Map (at Job.java:42)", FailingMapper.class.getName(), (OperatorFactory<Long>) FailingMapper::new, 1,
                        LongSerializer.INSTANCE, List.of()));
        int sink = job.vertex("Failing sink", 4, null, List.of(new RecordingHook("sink", false)),
                op("Sink", SlowCountingSink::new, 1, null));
        job.edge(source, sink, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()), LongSerializer.INSTANCE);
        int endless = job.vertex("Unrelated endless", 2, op("Endless", TestOperators.endless(), 0, LongSerializer.INSTANCE));
        int endlessSink = job.vertex("Unrelated sink", 2, op("Sink", SlowCountingSink::new, 1, null));
        job.edge(endless, endlessSink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);

        JobClient client = cluster.submit(job.build());
        JobExecutionException e = assertThrows(JobExecutionException.class, client::awaitResult);

        assertTrue(e.getMessage().startsWith("Job 'failing' failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("Map (at Job.java:42)"), e.getMessage());
        assertTrue(e.getMessage().contains(FailingMapper.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("Failing source (3/4)"), e.getMessage());
        assertTrue(e.getMessage().contains("boom in the mapper"), e.getMessage());
        TaskException taskFailure = assertInstanceOf(TaskException.class, e.getCause());
        IllegalStateException original = assertInstanceOf(IllegalStateException.class, taskFailure.getCause());
        assertEquals("boom in the mapper", original.getMessage());

        assertNoThreadsLeft("Failing source", "Failing sink", "Unrelated endless", "Unrelated sink");
        assertTrue(EVENTS.contains("abort source") && EVENTS.contains("abort sink"), EVENTS.toString());
        assertFalse(EVENTS.stream().anyMatch(s -> s.startsWith("finalize")), EVENTS.toString());
    }

    @Test
    void cancellingAnEndlessJobStopsAllThreadsEvenWhenBlockedOnBuffers() throws Exception {
        Jobs job = Jobs.job("endless");
        int source = job.vertex("Endless source", 3, null, List.of(new RecordingHook("endless", false)),
                op("Endless", TestOperators.endless(), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Endless slow sink", 2, op("Sink", SlowCountingSink::new, 1, null));
        job.edge(source, sink, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()), LongSerializer.INSTANCE);
        JobClient client = cluster.submit(job.build());
        while (CONSUMED.get() < 100) {
            Thread.sleep(10);
        }
        client.cancel();
        client.cancel();
        JobExecutionException e = assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals("Job 'endless' was cancelled", e.getMessage());
        assertNoThreadsLeft("Endless source", "Endless slow sink");
        assertEquals(List.of("init endless 3", "abort endless"), EVENTS);
        client.cancel(); // after the end: still harmless
    }

    @Test
    @Timeout(30)
    void cancellingATaskThatSwallowsTheInterruptStillEndsTheJob() throws Exception {
        Jobs job = Jobs.job("swallowing");
        int source = job.vertex("Swallowing source", 1, op("Endless", TestOperators.endless(), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Swallowing sink", 1, op("Sink", InterruptSwallowingSink::new, 1, null));
        job.edge(source, sink, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobClient client = cluster.submit(job.build());
        while (CONSUMED.get() < 100) {
            Thread.sleep(10);
        }
        client.cancel();
        JobExecutionException e = assertThrows(JobExecutionException.class, client::awaitResult);
        assertEquals("Job 'swallowing' was cancelled", e.getMessage());
        assertEquals(List.of("swallowed an interrupt"), EVENTS);
        assertNoThreadsLeft("Swallowing source", "Swallowing sink");
    }

    @Test
    void masterHooksRunAroundTheTasksInVertexOrder() throws Exception {
        Jobs job = Jobs.job("hooks");
        int source = job.vertex("Hooked source", 2, null, List.of(new RecordingHook("A", false), new RecordingHook("A2", false)),
                op("Sequence", TestOperators.sequence(100), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Hooked sink", 1, null, List.of(new RecordingHook("B", false)), op("Sink", NotingSink::new, 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        cluster.execute(job.build());
        assertEquals(List.of("init A 2", "init A2 2", "init B 1", "open Hooked sink (1/1)", "finalize A", "finalize A2", "finalize B"),
                EVENTS);
    }

    @Test
    void failingFinalizeFailsTheJobAndAbortsEveryVertex() throws Exception {
        Jobs job = Jobs.job("bad commit");
        int source = job.vertex("Committing source", 1, null, List.of(new RecordingHook("A", false)),
                op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Committing sink", 1, null, List.of(new RecordingHook("B", true)), op("Sink", NotingSink::new, 1, null));
        job.edge(source, sink, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job.build()));
        assertTrue(e.getMessage().contains("finalizing vertex 'Committing sink' failed"), e.getMessage());
        assertEquals("commit failed", e.getCause().getMessage());
        assertEquals(List.of("init A 1", "init B 1", "open Committing sink (1/1)", "finalize A", "finalize B", "abort A", "abort B"),
                EVENTS);
    }

    /** Fails in close after processing: the close failure fails the task although processing succeeded. */
    static final class FailingClose extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) {}

        @Override
        public void close() {
            throw new IllegalStateException("close failed");
        }
    }

    @Test
    void failureInCloseFailsTheJob() throws Exception {
        Jobs job = Jobs.job("bad close");
        job.vertex("Closing chain", 1,
                op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Bad close", FailingClose::new, 1, null));
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job.build()));
        assertTrue(e.getMessage().contains("Operator 'Bad close'") && e.getMessage().contains("close failed"), e.getMessage());
    }

    /** Fails in open; the operators before it in the chain were never opened and must not be closed. */
    static final class FailingOpen extends TestOperators.BaseOperator<Long> {
        @Override
        public void open(OperatorContext context, Output<Long> output) {
            throw new IllegalStateException("open failed");
        }

        @Override
        public void processRecord(int input, Object record) {}

        @Override
        public void close() {
            EVENTS.add("close failing open");
        }
    }

    /** Records its close, to see that opened operators are closed after a failure. */
    static final class ClosingSink extends NotingSink {
        @Override
        public void close() {
            EVENTS.add("close sink");
        }
    }

    @Test
    void failureInOpenStillClosesEveryOpenedOperator() throws Exception {
        Jobs job = Jobs.job("bad open");
        job.vertex("Opening chain", 1,
                op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Bad open", FailingOpen::new, 1, LongSerializer.INSTANCE, to(2, 0)),
                op("Sink", ClosingSink::new, 1, null));
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job.build()));
        assertTrue(e.getMessage().contains("Operator 'Bad open'") && e.getMessage().contains("open failed"), e.getMessage());
        assertEquals(List.of("open Opening chain (1/1)", "close failing open", "close sink"), EVENTS);
    }

    @Test
    void failingInitializeFailsTheSubmissionAndAbortsInitializedVertices() {
        MasterHook failing = new MasterHook() {
            @Override
            public void initializeGlobal(int parallelism) {
                throw new IllegalStateException("no staging dir");
            }
        };
        Jobs job = Jobs.job("bad init");
        job.vertex("Init A", 1, null, List.of(new RecordingHook("A", false)),
                op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        job.vertex("Init B", 1, null, List.of(failing), op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.submit(job.build()));
        assertTrue(e.getMessage().contains("no staging dir"), e.getMessage());
        assertEquals(List.of("init A 1", "abort A"), EVENTS);
        assertNoThreadsLeft("Init A", "Init B");
    }
}
