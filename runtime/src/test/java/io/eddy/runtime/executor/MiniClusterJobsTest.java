package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static io.eddy.runtime.testutil.Jobs.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongComparator;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.StringSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small jobs end to end on a shared mini cluster: results, ship strategies, chaining, big records. */
@Timeout(60)
class MiniClusterJobsTest {

    private static MiniCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(4).withBufferSize(4096));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void clear() {
        Collected.clear();
    }

    static Map<Long, Long> expectedSums(long count, long numKeys) {
        Map<Long, Long> sums = new TreeMap<>();
        for (long v = 0; v < count; v++) {
            sums.merge(v * 3 % numKeys, v * 3, Long::sum);
        }
        return sums;
    }

    /** source -> map (x3) -> hash exchange on key -> sum by key -> sink, checked exactly. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void sourceMapHashSumSink(int parallelism) throws Exception {
        long count = 200_000;
        long numKeys = 97;
        Jobs job = Jobs.job("sum p=" + parallelism);
        int source = job.vertex("Source", parallelism,
                op("Sequence", TestOperators.sequence(count), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Map (x3)", TestOperators.<Long, Long>map(v -> v * 3), 1, LongSerializer.INSTANCE));
        int sum = job.vertex("Sum", parallelism,
                op("Sum", TestOperators.sumByKey(numKeys), 1, StringSerializer.INSTANCE, to(1, 0)),
                op("Sink", TestOperators.collect("sums"), 1, null));
        // hash on value % numKeys: a selector over the key, like a key selector would do
        job.edge(source, sum, ShipStrategy.HASH, new ModuloKeySelector(numKeys), LongSerializer.INSTANCE);
        JobResult result = cluster.execute(job.build());

        Map<Long, Long> actual = new TreeMap<>();
        for (String line : Collected.<String>all("sums", parallelism)) {
            String[] kv = line.split("=");
            assertEquals(null, actual.put(Long.parseLong(kv[0]), Long.parseLong(kv[1])), "key twice: " + kv[0]);
        }
        assertEquals(expectedSums(count, numKeys), actual);
        assertEquals(parallelism, result.accumulators().get("emitted").size());
        assertEquals(count, result.accumulators().get("emitted").stream().mapToLong(o -> (Long) o).sum());
        assertEquals("sum p=" + parallelism, result.jobName());
    }

    /** Hashes a long by {@code value % modulus}, through {@link HashChannelSelector}'s mixing. */
    static final class ModuloKeySelector implements ChannelSelector<Long> {
        private final long modulus;

        ModuloKeySelector(long modulus) {
            this.modulus = modulus;
        }

        @Override
        public int selectChannel(Long record, int numChannels) {
            return HashChannelSelector.channelForHash(Long.hashCode(record % modulus), numChannels);
        }

        @Override
        public ChannelSelector<Long> duplicate() {
            return this;
        }
    }

    /** Sends value v to channel v % n: a custom partitioner, and a range partitioner for ordered ranges. */
    static final class ValueChannelSelector implements ChannelSelector<Long> {
        private final boolean ranges;
        private final long count;

        ValueChannelSelector(boolean ranges, long count) {
            this.ranges = ranges;
            this.count = count;
        }

        @Override
        public int selectChannel(Long record, int numChannels) {
            return ranges ? (int) (record * numChannels / count) : (int) (record % numChannels);
        }

        @Override
        public ChannelSelector<Long> duplicate() {
            return this;
        }
    }

    @ParameterizedTest
    @EnumSource(ShipStrategy.class)
    void everyShipStrategyDeliversWhereItShould(ShipStrategy strategy) throws Exception {
        long count = 30_000;
        int producers = 3;
        int consumers = strategy == ShipStrategy.FORWARD ? 3 : 4;
        ChannelSelector<Long> selector = switch (strategy) {
            case HASH -> new HashChannelSelector<>(new LongComparator());
            case CUSTOM -> new ValueChannelSelector(false, count);
            case RANGE -> new ValueChannelSelector(true, count);
            default -> null;
        };
        Jobs job = Jobs.job("ship " + strategy);
        int source = job.vertex("Source", producers, op("Sequence", TestOperators.sequence(count), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Sink", consumers, op("Sink", TestOperators.collect("ship"), 1, null));
        job.edge(source, sink, strategy, selector, LongSerializer.INSTANCE);
        cluster.execute(job.build());

        List<Long> all = new ArrayList<>();
        for (int subtask = 0; subtask < consumers; subtask++) {
            List<Long> received = Collected.of("ship", subtask);
            all.addAll(received);
            for (long v : received) {
                switch (strategy) {
                    case FORWARD -> assertEquals(subtask, v % producers, "forward keeps subtask i's records in i");
                    case HASH, CUSTOM, RANGE -> assertEquals(selector.selectChannel(v, consumers), subtask);
                    default -> { }
                }
            }
            if (strategy == ShipStrategy.BROADCAST) {
                assertEquals(count, received.size());
            }
            if (strategy == ShipStrategy.REBALANCE) {
                assertTrue(Math.abs(received.size() - count / consumers) <= producers, "round robin is even: " + received.size());
            }
        }
        List<Long> expected = new ArrayList<>();
        int copies = strategy == ShipStrategy.BROADCAST ? consumers : 1;
        for (int c = 0; c < copies; c++) {
            LongStream.range(0, count).forEach(expected::add);
        }
        Collections.sort(all);
        Collections.sort(expected);
        assertEquals(expected, all);
    }

    /** A mutable record, to see whether chained consumers share objects. */
    static final class Box {
        long value;

        Box(long value) {
            this.value = value;
        }
    }

    /** Copies boxes; used by the chain to give all but the last consumer their own copy. */
    static final class BoxSerializer extends io.eddy.runtime.types.TypeSerializer<Box> {
        private static final long serialVersionUID = 1L;

        @Override public boolean isImmutableType() { return false; }
        @Override public BoxSerializer duplicate() { return this; }
        @Override public Box createInstance() { return new Box(0); }
        @Override public Box copy(Box from) { return new Box(from.value); }
        @Override public Box copy(Box from, Box reuse) { reuse.value = from.value; return reuse; }
        @Override public int getLength() { return 8; }
        @Override public void serialize(Box r, io.eddy.runtime.memory.DataOutputView t) throws java.io.IOException { t.writeLong(r.value); }
        @Override public Box deserialize(io.eddy.runtime.memory.DataInputView s) throws java.io.IOException { return new Box(s.readLong()); }
        @Override public Box deserialize(Box reuse, io.eddy.runtime.memory.DataInputView s) throws java.io.IOException { reuse.value = s.readLong(); return reuse; }
        @Override public void copy(io.eddy.runtime.memory.DataInputView s, io.eddy.runtime.memory.DataOutputView t) throws java.io.IOException { t.writeLong(s.readLong()); }
        @Override public boolean equals(Object o) { return o instanceof BoxSerializer; }
        @Override public int hashCode() { return 1; }
    }

    /**
     * Chain: source -> box -> {mutator, network edge, recorder}. The mutator changes the boxes it
     * gets; with object reuse off it must have received copies, so the recorder (last consumer, gets
     * the original) and the network consumer still see the original values.
     */
    @Test
    void fanOutInAChainCopiesForAllButTheLastConsumer() throws Exception {
        long count = 5_000;
        OperatorFactory<Void> mutator = Mutator::new;
        OperatorFactory<Void> recorder = Recorder::new;
        Jobs job = Jobs.job("fan-out");
        int source = job.vertex("Chain", 1,
                op("Sequence", TestOperators.sequence(count), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Box", TestOperators.<Long, Box>map(Box::new), 1, new BoxSerializer(), to(2, 0), to(3, 0)),
                op("Mutator", mutator, 1, null),
                op("Recorder", recorder, 1, null));
        int remote = job.vertex("Remote", 1,
                op("Unbox", TestOperators.<Box, Long>map(b -> b.value), 1, LongSerializer.INSTANCE, to(1, 0)),
                op("Sink", TestOperators.collect("remote"), 1, null));
        job.edge(source, 1, remote, 0, 0, ShipStrategy.FORWARD, null, new BoxSerializer());
        cluster.execute(job.build());

        List<Long> expected = LongStream.range(0, count).boxed().toList();
        assertEquals(expected, Collected.of("recorder", 0));
        assertEquals(expected, Collected.of("remote", 0));
        assertEquals(expected, Collected.of("mutated", 0), "the mutator got every record, as a copy");
    }

    @Test
    void recordsLargerThanABufferAndManySmallOnes() throws Exception {
        int bigCount = 200;
        Jobs job = Jobs.job("big records");
        int source = job.vertex("Source", 2,
                op("Sequence", TestOperators.sequence(bigCount), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Blow up", TestOperators.<Long, String>map(v -> v + ":" + "x".repeat(50_000 + v.intValue())), 1,
                        StringSerializer.INSTANCE));
        int sink = job.vertex("Sink", 3, op("Sink", TestOperators.collect("big"), 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, StringSerializer.INSTANCE);
        cluster.execute(job.build());
        List<String> received = Collected.all("big", 3);
        assertEquals(bigCount, received.size());
        Set<Long> seen = new HashSet<>();
        for (String s : received) {
            long v = Long.parseLong(s.substring(0, s.indexOf(':')));
            assertEquals(s.indexOf(':') + 1 + 50_000 + v, s.length());
            assertTrue(seen.add(v));
        }

        long smallCount = 1_000_000;
        Jobs small = Jobs.job("small records");
        int smallSource = small.vertex("Source", 2, op("Sequence", TestOperators.sequence(smallCount), 0, LongSerializer.INSTANCE));
        int sum = small.vertex("Sum", 2,
                op("Sum", TestOperators.sumByKey(1), 1, StringSerializer.INSTANCE, to(1, 0)),
                op("Sink", TestOperators.collect("small"), 1, null));
        small.edge(smallSource, sum, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()), LongSerializer.INSTANCE);
        cluster.execute(small.build());
        long total = 0;
        for (String s : Collected.<String>all("small", 2)) {
            total += Long.parseLong(s.split("=")[1]);
        }
        assertEquals(smallCount * (smallCount - 1) / 2, total);
    }

    /**
     * An operator that takes records as bytes gets each one whole, also records larger than a buffer
     * (assembled from several), and may switch between bytes and objects from buffer to buffer.
     */
    @Test
    void recordsAsBytesArriveWholeIncludingThoseSpanningBuffers() throws Exception {
        int count = 3000;
        Jobs job = Jobs.job("records as bytes");
        int source = job.vertex("Source", 2,
                op("Sequence", TestOperators.sequence(count), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Vary", TestOperators.<Long, String>map(v -> v + ":" + "y".repeat(v % 100 == 0 ? 9_000 : (int) (v % 37))), 1,
                        StringSerializer.INSTANCE));
        int sink = job.vertex("Sink", 3, op("Sink", TestOperators.collectSerialized("bytes", StringSerializer.INSTANCE), 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, StringSerializer.INSTANCE);
        cluster.execute(job.build());
        List<String> received = Collected.all("bytes", 3);
        assertEquals(count, received.size());
        Set<Long> seen = new HashSet<>();
        for (String s : received) {
            long v = Long.parseLong(s.substring(0, s.indexOf(':')));
            assertEquals(s.indexOf(':') + 1 + (v % 100 == 0 ? 9_000 : v % 37), s.length(), "record " + v);
            assertTrue(seen.add(v));
        }
        long asBytes = 0;
        for (Long n : Collected.<Long>all("bytes-bytes", 3)) {
            asBytes += n;
        }
        assertTrue(asBytes > 0 && asBytes < count, asBytes + " of " + count + " records came as bytes");
    }

    /** Two inputs of one operator both fed by the same upstream vertex; the operator prefers input 1. */
    @Test
    void diamondWithBothInputsFromOneVertexFinishes() throws Exception {
        long count = 300_000;
        OperatorFactory<String> twoInputs = TwoInputCounter::new;
        Jobs job = Jobs.job("diamond");
        int source = job.vertex("Source", 2, op("Sequence", TestOperators.sequence(count), 0, LongSerializer.INSTANCE));
        int join = job.vertex("Two inputs", 2,
                op("Join", twoInputs, 2, StringSerializer.INSTANCE, to(1, 0)),
                op("Sink", TestOperators.collect("diamond"), 1, null));
        job.edge(source, 0, join, 0, 0, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()), LongSerializer.INSTANCE);
        job.edge(source, 0, join, 0, 1, ShipStrategy.BROADCAST, null, LongSerializer.INSTANCE);
        cluster.execute(job.build());

        long sum = count * (count - 1) / 2;
        long[] input0 = new long[2];
        for (String line : Collected.<String>all("diamond", 2)) {
            String[] parts = line.split(":");
            if (parts[0].equals("1")) {
                assertEquals(count + ":" + sum, parts[1] + ":" + parts[2], "every subtask gets the whole broadcast input");
            } else {
                input0[0] += Long.parseLong(parts[1]);
                input0[1] += Long.parseLong(parts[2]);
            }
        }
        assertEquals(count, input0[0]);
        assertEquals(sum, input0[1]);
    }

    /**
     * A chain that has its own source and also reads the network: the two-input operator's input 0
     * is chained (ends when the chained source finishes), input 1 comes over the network.
     */
    @Test
    void chainWithSourceAndNetworkInputEndsEachInputOnce() throws Exception {
        Jobs job = Jobs.job("mixed chain");
        int remote = job.vertex("Remote source", 2, op("Sequence", TestOperators.sequence(5_000), 0, LongSerializer.INSTANCE));
        int mixed = job.vertex("Mixed", 1,
                op("Local source", TestOperators.sequence(3_000), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Two inputs", TwoInputCounter::new, 2, StringSerializer.INSTANCE, to(2, 0)),
                op("Sink", TestOperators.collect("mixed"), 1, null));
        job.edge(remote, 0, mixed, 1, 1, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        cluster.execute(job.build());
        List<String> lines = new ArrayList<>(Collected.<String>of("mixed", 0));
        Collections.sort(lines);
        assertEquals(List.of("0:3000:" + (3000L * 2999 / 2), "1:5000:" + (5000L * 4999 / 2)), lines);
    }

    @Test
    void failingMiniClusterJobLeavesTheClusterUsable() throws Exception {
        Jobs bad = Jobs.job("bad then good");
        bad.vertex("Bad", 2, op("Bad", TestOperators.<Long, Long>map(v -> v), 1, LongSerializer.INSTANCE));
        JobExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(JobExecutionException.class,
                () -> cluster.execute(bad.build()));
        assertTrue(e.getMessage().contains("has no producer"), e.getMessage());
        sourceMapHashSumSink(2);
    }

    @Test
    void inputSplitsAreHandedOutExactlyOnce() throws Exception {
        Jobs job = Jobs.job("splits");
        int source = job.vertex("Source", 4, new NumberedSplits(50), List.of(),
                op("Splits", TestOperators.splitNumbers(), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Sink", 1, op("Sink", TestOperators.collect("splits"), 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        cluster.execute(job.build());
        List<Long> received = new ArrayList<>(Collected.<Long>of("splits", 0));
        Collections.sort(received);
        assertEquals(LongStream.range(0, 50).boxed().toList(), received);
    }

    /** Creates {@code n} splits numbered 0..n-1. */
    static final class NumberedSplits implements io.eddy.runtime.io.InputSplitSource<NumberedSplit> {
        private final int n;

        NumberedSplits(int n) {
            this.n = n;
        }

        @Override
        public NumberedSplit[] createInputSplits(int minNumSplits) {
            NumberedSplit[] splits = new NumberedSplit[n];
            for (int i = 0; i < n; i++) {
                splits[i] = new NumberedSplit(i);
            }
            return splits;
        }
    }

    record NumberedSplit(int number) implements io.eddy.runtime.io.InputSplit {
        @Override
        public int getSplitNumber() {
            return number;
        }
    }

    @Test
    void objectReuseHandsTheSameInstanceAgain() throws Exception {
        OperatorFactory<Void> identities = IdentityRecorder::new;
        Jobs job = Jobs.job("reuse").objectReuse(true);
        int source = job.vertex("Source", 1,
                op("Sequence", TestOperators.sequence(1000), 0, LongSerializer.INSTANCE, to(1, 0)),
                op("Box", TestOperators.<Long, Box>map(Box::new), 1, new BoxSerializer()));
        int sink = job.vertex("Sink", 1, op("Identities", identities, 1, null));
        job.edge(source, sink, ShipStrategy.FORWARD, null, new BoxSerializer());
        cluster.execute(job.build());
        assertEquals(1, new HashSet<>(Collected.of("identity", 0)).size(), "one reused instance");
        assertEquals(LongStream.range(0, 1000).boxed().toList(), Collected.of("values", 0));
    }

    @Test
    void executorRejectsInvalidGraphsWithClearMessages() {
        Jobs wide = Jobs.job("too wide");
        wide.vertex("Wide source", 5, op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        JobExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(JobExecutionException.class,
                () -> cluster.submit(wide.build()));
        assertTrue(e.getMessage().contains("'Wide source' has parallelism 5") && e.getMessage().contains("4 slots"), e.getMessage());

        Jobs forward = Jobs.job("bad forward");
        int a = forward.vertex("A", 2, op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        int b = forward.vertex("B", 3, op("Sink", TestOperators.collect("x"), 1, null));
        forward.edge(a, b, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
        JobGraph graph = forward.build();
        e = org.junit.jupiter.api.Assertions.assertThrows(JobExecutionException.class, () -> cluster.submit(graph));
        assertTrue(e.getMessage().contains("forward edges need equal parallelism"), e.getMessage());
    }

    @Test
    void accumulatorsOfEverySubtaskArrive() throws Exception {
        OperatorFactory<Void> counting = CountingSink::new;
        Jobs job = Jobs.job("accumulators");
        int source = job.vertex("Source", 2, op("Sequence", TestOperators.sequence(1000), 0, LongSerializer.INSTANCE));
        int sink = job.vertex("Counter", 3, op("Count", counting, 1, null));
        job.edge(source, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);
        JobResult result = cluster.execute(job.build());
        assertEquals(1000L, result.accumulators().get("seen").stream().mapToLong(o -> (Long) o).sum());
        assertEquals(List.of("Counter (1/3)", "Counter (2/3)", "Counter (3/3)"), result.accumulators().get("subtask"));
        assertEquals(List.of(500L, 500L), result.accumulators().get("emitted"));
        assertTrue(result.netRuntimeMillis() >= 0);
    }

    // operators are static classes: an anonymous class would capture the (unserializable) test instance

    static final class Mutator extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) {
            Box box = (Box) record;
            Collected.add("mutated", 0, box.value);
            box.value = -1;
        }
    }

    static final class Recorder extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) {
            Collected.add("recorder", 0, ((Box) record).value);
        }
    }

    static final class TwoInputCounter extends TestOperators.BaseOperator<String> {
        private final long[] counts = new long[2];
        private final long[] sums = new long[2];

        @Override
        public int nextInput() {
            return 1; // like a hash join's build side; the task must not stall input 0 for it
        }

        @Override
        public void processRecord(int input, Object record) {
            counts[input]++;
            sums[input] += (Long) record;
        }

        @Override
        public void endInput(int input) throws Exception {
            output.collect(input + ":" + counts[input] + ":" + sums[input]);
        }
    }

    static final class IdentityRecorder extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) {
            Collected.add("identity", context.getSubtaskIndex(), System.identityHashCode(record));
            Collected.add("values", context.getSubtaskIndex(), ((Box) record).value);
        }
    }

    static final class CountingSink extends TestOperators.BaseOperator<Void> {
        private long seen;

        @Override
        public void processRecord(int input, Object record) {
            seen++;
        }

        @Override
        public void endInput(int input) {
            context.getAccumulators().put("seen", seen);
            context.getAccumulators().put("subtask", context.getTaskNameWithSubtask());
        }
    }
}
