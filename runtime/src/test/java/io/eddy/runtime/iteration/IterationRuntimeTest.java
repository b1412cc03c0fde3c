package io.eddy.runtime.iteration;

import static io.eddy.runtime.testutil.Jobs.op;
import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.executor.JobExecutionException;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.executor.MiniCluster;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.SuperstepAware;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.LongComparator;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loops in the runtime, on hand-built job graphs: supersteps pass through shuffles inside the loop,
 * the head replays what the tail fed back, loop-invariant input is replayed every superstep,
 * aggregates are merged across tasks, and each termination rule stops at the right superstep.
 */
@Timeout(60)
class IterationRuntimeTest {

    private static MiniCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(4).withBufferSize(4096));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @AfterEach
    void clear() {
        Collected.clear();
    }

    /** Sums longs; the runtime's view of an aggregator. */
    static final class LongSum implements SuperstepAggregator {
        private long sum;

        @Override
        public Object value() {
            return sum;
        }

        @Override
        public void merge(Object partial) {
            sum += (Long) partial;
        }

        @Override
        public void reset() {
            sum = 0;
        }
    }

    /** Adds {@code delta} to every record and counts the records in aggregator "records". */
    static OperatorFactory<Long> addAndCount(long delta) {
        return () -> new TestOperators.BaseOperator<Long>() {
            @Override
            public void processRecord(int input, Object record) throws Exception {
                context.getIteration().aggregator("records").merge(1L);
                output.collect((Long) record + delta);
            }
        };
    }

    /**
     * Two inputs: buffers input 0 (from inside the loop), counts input 1 (loop-invariant), and at the
     * end of the superstep emits every input-0 record plus that count.
     */
    static OperatorFactory<Long> addInvariantCount() {
        return () -> new AddCount();
    }

    static class AddCount extends TestOperators.BaseOperator<Long> implements SuperstepAware {
        private final List<Long> buffered = new ArrayList<>();
        private long count;
        private int ended;

        @Override
        public void processRecord(int input, Object record) {
            if (input == 0) {
                buffered.add((Long) record);
            } else {
                count++;
            }
        }

        @Override
        public void endInput(int input) throws Exception {
            if (++ended == 2) {
                for (long value : buffered) {
                    output.collect(value + count);
                }
            }
        }

        @Override
        public void startSuperstep(int superstep) {
            buffered.clear();
            count = 0;
            ended = 0;
        }
    }

    /** Loop-invariant records that reached {@link PrefersLoopInput} before its preferred input ended, from superstep 2 on. */
    static final java.util.concurrent.atomic.AtomicInteger EARLY_REPLAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** {@link AddCount} that prefers its input from inside the loop, as a function waiting for its broadcast set does. */
    static final class PrefersLoopInput extends AddCount {
        private boolean loopInputEnded;
        private int superstep;

        @Override
        public int nextInput() {
            return loopInputEnded ? io.eddy.runtime.operator.Operator.InputSelection.ANY : 0;
        }

        @Override
        public void processRecord(int input, Object record) {
            if (input == 1 && !loopInputEnded && superstep > 1) {
                EARLY_REPLAYS.incrementAndGet();
            }
            super.processRecord(input, record);
        }

        @Override
        public void endInput(int input) throws Exception {
            loopInputEnded |= input == 0;
            super.endInput(input);
        }

        @Override
        public void startSuperstep(int superstep) {
            super.startSuperstep(superstep);
            this.superstep = superstep;
            loopInputEnded = false;
        }
    }

    private static Map<Long, Long> counts(List<Long> values) {
        Map<Long, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    /**
     * source(0..n) -> [head, +1] -hash-> [+0 counting, tail], head result -> sink; run at
     * parallelism p with the given criterion and convergence.
     */
    private static JobResult runAddOne(int p, int n, int maxSupersteps, ConvergenceCheck convergence) throws Exception {
        var job = io.eddy.runtime.testutil.Jobs.job("add one");
        int source = job.vertex("source", p, op("source", TestOperators.sequence(n), 0, LongSerializer.INSTANCE));
        int head = job.vertex("head", p,
                op("head", new IterationOperators.HeadFactory<Long>(), 1, LongSerializer.INSTANCE, to(1, 0)),
                op("+1", TestOperators.<Long, Long>map(x -> x + 1), 1, LongSerializer.INSTANCE));
        int tail = job.vertex("tail", p,
                op("count", addAndCount(0), 1, LongSerializer.INSTANCE, to(1, 0)),
                op("tail", new IterationOperators.TailFactory(), 1, null));
        int sink = job.vertex("sink", p, op("sink", TestOperators.collect("result"), 1, null));
        job.edge(source, head, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        job.edge(head, 1, tail, 0, 0, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()),
                LongSerializer.INSTANCE);
        job.edge(head, 0, sink, 0, 0, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobGraph base = job.build();
        IterationSpec loop = new IterationSpec(0, "add one", head, tail, Set.of(head, tail), -1, maxSupersteps,
                Set.of(2), Map.of("records", new LongSum()), convergence, LongSerializer.INSTANCE);
        JobGraph graph = new JobGraph(base.name(), base.vertices(), base.edges(), Map.of(), false, List.of(loop));
        return cluster.submit(graph).awaitResult();
    }

    @Test
    void everySuperstepPassesThroughTheShuffleAndTheResultLeavesFromTheHead() throws Exception {
        for (int p : new int[] {1, 3}) {
            JobResult result = runAddOne(p, 1000, 7, null);
            List<Long> expected = new ArrayList<>();
            for (long v = 0; v < 1000; v++) {
                expected.add(v + 7);
            }
            assertEquals(counts(expected), counts(Collected.all("result", p)), "parallelism " + p);
            assertEquals(7, result.supersteps().size());
            for (SuperstepStats step : result.supersteps()) {
                assertEquals(1000L, step.aggregates().get("records"), "merged over all tasks: " + step);
                assertEquals(1000L, step.feedbackRecords());
            }
            Collected.clear();
        }
    }

    @Test
    void theConvergenceCheckSeesTheMergedAggregatesAndStopsTheLoop() throws Exception {
        ConvergenceCheck stopAtThree = (superstep, aggregates) -> {
            assertEquals(500L, aggregates.get("records"));
            return superstep == 3;
        };
        JobResult result = runAddOne(2, 500, 100, stopAtThree);
        assertEquals(3, result.supersteps().size());
        List<Long> expected = new ArrayList<>();
        for (long v = 0; v < 500; v++) {
            expected.add(v + 3);
        }
        assertEquals(counts(expected), counts(Collected.all("result", 2)));
    }

    @Test
    void loopInvariantInputIsReplayedEverySuperstepAndTheCriterionEndsTheLoop() throws Exception {
        runInvariantLoop(addInvariantCount());
    }

    @Test
    void replayedRecordsWaitForTheInputTheirOperatorPrefers() throws Exception {
        EARLY_REPLAYS.set(0);
        runInvariantLoop(() -> new PrefersLoopInput());
        assertEquals(0, EARLY_REPLAYS.get(), "replayed before the preferred input ended");
    }

    private void runInvariantLoop(OperatorFactory<Long> addCount) throws Exception {
        int p = 2;
        var job = io.eddy.runtime.testutil.Jobs.job("invariant");
        int source = job.vertex("source", p, op("source", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        int constants = job.vertex("constants", p, op("constants", TestOperators.sequence(4), 0, LongSerializer.INSTANCE));
        int head = job.vertex("head", p,
                op("head", new IterationOperators.HeadFactory<Long>(), 1, LongSerializer.INSTANCE));
        int body = job.vertex("body", p,
                op("add count", addCount, 2, LongSerializer.INSTANCE, to(1, 0), to(2, 0)),
                op("tail", new IterationOperators.TailFactory(), 1, null),
                op("below 30", TestOperators.<Long, Long>map(x -> x), 1, LongSerializer.INSTANCE, to(3, 0)),
                op("criterion", new IterationOperators.CriterionFactory(), 1, null));
        int sink = job.vertex("sink", 1, op("sink", TestOperators.collect("result"), 1, null));
        job.edge(source, head, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        job.edge(head, 0, body, 0, 0, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        job.edge(constants, 0, body, 0, 1, ShipStrategy.BROADCAST, null, LongSerializer.INSTANCE);
        job.edge(head, 0, sink, 0, 0, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        JobGraph base = job.build();
        // every superstep adds the 4 constants' count; the criterion passes everything, so only the maximum ends it
        IterationSpec loop = new IterationSpec(0, "invariant", head, body, Set.of(head, body), body, 5, Set.of(3),
                Map.of(), null, LongSerializer.INSTANCE);
        JobResult result = cluster.submit(new JobGraph(base.name(), base.vertices(), base.edges(), Map.of(), false,
                List.of(loop))).awaitResult();
        assertEquals(5, result.supersteps().size());
        List<Long> expected = new ArrayList<>();
        for (long v = 0; v < 10; v++) {
            expected.add(v + 5 * 4);
        }
        assertEquals(counts(expected), counts(Collected.all("result", 1)));
    }

    @Test
    void anEmptyCriterionEndsTheLoop() throws Exception {
        int p = 2;
        var job = io.eddy.runtime.testutil.Jobs.job("count down");
        int source = job.vertex("source", p, op("source", TestOperators.sequence(20), 0, LongSerializer.INSTANCE));
        int head = job.vertex("head", p,
                op("head", new IterationOperators.HeadFactory<Long>(), 1, LongSerializer.INSTANCE, to(1, 0)),
                op("-1", TestOperators.<Long, Long>map(x -> Math.max(0, x - 1)), 1, LongSerializer.INSTANCE,
                        to(2, 0), to(3, 0)),
                op("tail", new IterationOperators.TailFactory(), 1, null),
                op("positive", positives(), 1, LongSerializer.INSTANCE, to(4, 0)),
                op("criterion", new IterationOperators.CriterionFactory(), 1, null));
        int sink = job.vertex("sink", p, op("sink", TestOperators.collect("result"), 1, null));
        job.edge(source, head, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        job.edge(head, 0, sink, 0, 0, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobGraph base = job.build();
        IterationSpec loop = new IterationSpec(0, "count down", head, head, Set.of(head), head, 100, Set.of(1), Map.of(),
                null, LongSerializer.INSTANCE);
        JobResult result = cluster.submit(new JobGraph(base.name(), base.vertices(), base.edges(), Map.of(), false,
                List.of(loop))).awaitResult();
        // the largest value, 19, reaches 0 in superstep 19: its criterion is the first empty one
        assertEquals(19, result.supersteps().size());
        assertEquals(0L, result.supersteps().get(18).criterionRecords());
        assertEquals(counts(java.util.Collections.nCopies(20, 0L)), counts(Collected.all("result", p)));
    }

    static OperatorFactory<Long> positives() {
        return () -> new TestOperators.BaseOperator<Long>() {
            @Override
            public void processRecord(int input, Object record) throws Exception {
                if ((Long) record > 0) {
                    output.collect((Long) record);
                }
            }
        };
    }

    @Test
    void aFailureInASuperstepFailsTheJobAndReleasesTheLoop() {
        int p = 2;
        var job = io.eddy.runtime.testutil.Jobs.job("failing");
        int source = job.vertex("source", p, op("source", TestOperators.sequence(50), 0, LongSerializer.INSTANCE));
        int head = job.vertex("head", p,
                op("head", new IterationOperators.HeadFactory<Long>(), 1, LongSerializer.INSTANCE, to(1, 0)),
                op("fail at 5", TestOperators.<Long, Long>map(x -> {
                    if (x >= 5) {
                        throw new ArithmeticException("superstep 5");
                    }
                    return x + 1;
                }), 1, LongSerializer.INSTANCE, to(2, 0)),
                op("tail", new IterationOperators.TailFactory(), 1, null));
        int sink = job.vertex("sink", p, op("sink", TestOperators.collect("result"), 1, null));
        job.edge(source, head, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        job.edge(head, 0, sink, 0, 0, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobGraph base = job.build();
        IterationSpec loop = new IterationSpec(0, "failing", head, head, Set.of(head), -1, 100, Set.of(1), Map.of(),
                null, LongSerializer.INSTANCE);
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.submit(new JobGraph(base.name(),
                base.vertices(), base.edges(), Map.of(), false, List.of(loop))).awaitResult());
        assertTrue(e.getMessage().contains("superstep 5"), e.getMessage());
        assertEquals(0, cluster.memoryManager().getAllocatedPages());
    }
}
