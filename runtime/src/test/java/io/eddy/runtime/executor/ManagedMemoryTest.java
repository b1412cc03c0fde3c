package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Managed memory shares per operator, and that every page comes back, also after failures. */
@Timeout(60)
class ManagedMemoryTest {

    private static final Map<String, Integer> SHARES = new ConcurrentHashMap<>();
    private MiniCluster cluster;

    @BeforeEach
    void start() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(2)
                .withPageSize(8192).withManagedMemory(2 * 100 * 8192L));
    }

    @AfterEach
    void stop() {
        cluster.close();
        SHARES.clear();
        Collected.clear();
    }

    enum Behaviour { RETURN, LEAK, FAIL_HOLDING, OVERDRAW }

    /** Passes records through; allocates its whole share in open() and handles it as told. */
    static final class MemoryUser extends TestOperators.BaseOperator<Long> {
        private final Behaviour behaviour;
        private List<MemorySegment> pages = new ArrayList<>();

        MemoryUser(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public void open(io.eddy.runtime.operator.OperatorContext context, io.eddy.runtime.operator.Output<Long> output)
                throws Exception {
            super.open(context, output);
            SHARES.put(context.getOperatorName() + "/" + context.getSubtaskIndex(), context.getManagedMemoryPages());
            pages = context.allocateManagedMemory(context.getManagedMemoryPages());
            if (behaviour == Behaviour.OVERDRAW) {
                context.allocateManagedMemory(1);
            }
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            if (behaviour == Behaviour.FAIL_HOLDING) {
                throw new IllegalStateException("boom");
            }
            pages.get(0).putLong(0, (Long) record);
            output.collect(pages.get(0).getLong(0));
        }

        @Override
        public void close() {
            if (behaviour != Behaviour.LEAK && behaviour != Behaviour.FAIL_HOLDING) {
                context.releaseManagedMemory(pages);
            }
        }
    }

    private static ChainedOperator user(String name, Behaviour behaviour, int weight, int[]... outputs) {
        OperatorFactory<Long> factory = () -> new MemoryUser(behaviour);
        List<ChainedOperator.ChainedInput> chained = new ArrayList<>();
        for (int[] out : outputs) {
            chained.add(new ChainedOperator.ChainedInput(out[0], out[1]));
        }
        return new ChainedOperator(name, MemoryUser.class.getName(), factory, 1, LongSerializer.INSTANCE, chained, weight);
    }

    private JobGraph job(Behaviour second) {
        Jobs job = Jobs.job("memory");
        int source = job.vertex("Source", 2,
                Jobs.op("Sequence", TestOperators.sequence(1000), 0, LongSerializer.INSTANCE, to(1, 0)),
                user("Sorter", Behaviour.RETURN, 2, to(2, 0)),
                user("Table", second, 1, to(3, 0)),
                Jobs.op("Sink", TestOperators.collect("out"), 1, null));
        JobGraph graph = job.build();
        assertEquals(1, graph.vertices().size());
        return graph;
    }

    @Test
    void operatorsGetTheirWeightsShareAndReturnEverything() throws Exception {
        cluster.execute(job(Behaviour.RETURN));
        assertEquals(1000, Collected.all("out", 2).size());
        // 100 pages per slot, weights 2 and 1
        assertEquals(66, SHARES.get("Sorter/0"));
        assertEquals(33, SHARES.get("Table/1"));
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    @Test
    void aLeakFailsTheJobAndThePagesStillComeBack() {
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job(Behaviour.LEAK)));
        assertTrue(rootMessage(e).contains("did not return 33 pages of managed memory"), rootMessage(e));
        assertTrue(e.getCause().getMessage().contains("Table"), e.getCause().getMessage());
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    @Test
    void pagesOfAFailedOperatorAreReturnedAndTheUserFailureIsReported() {
        JobExecutionException e = assertThrows(JobExecutionException.class,
                () -> cluster.execute(job(Behaviour.FAIL_HOLDING)));
        assertEquals("boom", rootMessage(e));
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    @Test
    void takingMoreThanTheShareFailsClearly() {
        JobExecutionException e = assertThrows(JobExecutionException.class, () -> cluster.execute(job(Behaviour.OVERDRAW)));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof MemoryAllocationException, String.valueOf(root));
        assertTrue(root.getMessage().contains("its share is 33 pages"), root.getMessage());
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    @Test
    void sharesFollowWeightsAcrossVertices() {
        OperatorFactory<Long> factory = TestOperators.sequence(1);
        JobVertex a = new JobVertex(0, "A", 2, List.of(
                new ChainedOperator("a", null, factory, 0, null, List.of(), 1)), null, List.of());
        JobVertex b = new JobVertex(1, "B", 1, List.of(
                new ChainedOperator("b1", null, factory, 1, null, List.of(), 0),
                new ChainedOperator("b2", null, factory, 1, null, List.of(), 3)), null, List.of());
        JobGraph graph = new JobGraph("shares", List.of(a, b),
                List.of(new JobEdge(0, 0, 0, 1, 0, 0, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE)), Map.of(), false);
        assertEquals(List.of(List.of(25), List.of(0, 75)), MiniCluster.memoryShares(graph, 100));
    }

    /**
     * Allocates its share in open(); once its input ended (so the tasks before it have ended, or are
     * about to), borrows what the slot has spare, gives back part and borrows it again, and records
     * what it got. The upstream task releases its pages just after its last record; the borrower
     * waits for that, up to ten seconds.
     */
    static final class Borrower extends TestOperators.BaseOperator<Long> {
        private final List<MemorySegment> pages = new ArrayList<>();

        @Override
        public void open(io.eddy.runtime.operator.OperatorContext context, io.eddy.runtime.operator.Output<Long> output)
                throws Exception {
            super.open(context, output);
            SHARES.put(context.getOperatorName() + "/" + context.getSubtaskIndex(), context.getManagedMemoryPages());
            pages.addAll(context.allocateManagedMemory(context.getManagedMemoryPages()));
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            output.collect((Long) record);
        }

        @Override
        public void endInput(int input) throws Exception {
            String key = context.getOperatorName() + "/" + context.getSubtaskIndex();
            List<MemorySegment> borrowed = context.borrowSpareMemory(1000);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (borrowed.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
                borrowed = context.borrowSpareMemory(1000);
            }
            SHARES.put(key + "/borrowed", borrowed.size());
            for (MemorySegment page : borrowed) {
                // usable like any other page
                page.putLong(0, 42L);
            }
            // holding no more than the share again, the borrowed pages go back to the slot at once
            List<MemorySegment> back = new ArrayList<>(borrowed.subList(0, 10));
            borrowed.subList(0, 10).clear();
            context.releaseManagedMemory(back);
            List<MemorySegment> again = context.borrowSpareMemory(1000);
            SHARES.put(key + "/again", again.size());
            pages.addAll(borrowed);
            pages.addAll(again);
        }

        @Override
        public void close() {
            context.releaseManagedMemory(pages);
        }
    }

    @Test
    void operatorsBorrowTheSharesOfEndedTasksInTheirSlot() throws Exception {
        Jobs job = Jobs.job("borrow");
        int early = job.vertex("Early", 2,
                Jobs.op("Sequence", TestOperators.sequence(100), 0, LongSerializer.INSTANCE, to(1, 0)),
                user("Table", Behaviour.RETURN, 3));
        OperatorFactory<Long> borrower = Borrower::new;
        int late = job.vertex("Late", 2,
                new ChainedOperator("Borrower", Borrower.class.getName(), borrower, 1, LongSerializer.INSTANCE,
                        List.of(new ChainedOperator.ChainedInput(1, 0)), 1),
                Jobs.op("Sink", TestOperators.collect("out"), 1, null));
        job.edge(early, late, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        cluster.execute(job.build());
        assertEquals(100, Collected.all("out", 2).size());
        for (int slot = 0; slot < 2; slot++) {
            // 100 pages per slot, weights 3 and 1: the ended table's 75 pages, and no more
            assertEquals(25, SHARES.get("Borrower/" + slot));
            assertEquals(75, SHARES.get("Borrower/" + slot + "/borrowed"));
            assertEquals(10, SHARES.get("Borrower/" + slot + "/again"));
        }
        assertTrue(cluster.memoryManager().verifyEmpty());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
