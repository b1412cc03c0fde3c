package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestSerializers;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sort-based group reduce and group combine, keyed and not, with group order and chunking. */
class GroupReduceDriverTest {

    /** Emits (key, concatenation code) so the order of values within a group is visible: a*1000+b... as a list hash. */
    static final class OrderSensitive implements GroupReduceFunction<Tuple2<String, Integer>, Tuple2<String, Integer>>,
            GroupCombineFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void reduce(Iterable<Tuple2<String, Integer>> values, Collector<Tuple2<String, Integer>> out) {
            String key = null;
            int code = 0;
            for (Tuple2<String, Integer> v : values) {
                key = v.f0;
                code = code * 31 + v.f1;
            }
            out.collect(Tuple2.of(key, code));
        }

        @Override
        public void combine(Iterable<Tuple2<String, Integer>> values, Collector<Tuple2<String, Integer>> out) {
            String key = null;
            int sum = 0;
            for (Tuple2<String, Integer> v : values) {
                key = v.f0;
                sum += v.f1;
            }
            out.collect(Tuple2.of(key, sum));
        }
    }

    private static int orderCode(List<Tuple2<String, Integer>> group) {
        int code = 0;
        for (Tuple2<String, Integer> v : group) {
            code = code * 31 + v.f1;
        }
        return code;
    }

    private static DriverTestHarness<Tuple2<String, Integer>> harness(AggregationMode mode, TypeComparator<?> key,
            TypeComparator<?> order, List<Tuple2<String, Integer>> input) {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), new OrderSensitive(), TestSerializers.PAIR);
        return DriverTestHarness.of(new GroupReduceDriver.Factory<Tuple2<String, Integer>>(config, mode, key, order),
                TestSerializers.PAIR).input(0, TestSerializers.PAIR, input);
    }

    @Test
    void groupsAreReducedInGroupOrder() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(11, 10_000, 200);
        List<Tuple2<String, Integer>> expected = new ArrayList<>();
        for (Map.Entry<String, List<Tuple2<String, Integer>>> group : TestData.groupByKey(input).entrySet()) {
            List<Tuple2<String, Integer>> sorted = new ArrayList<>(group.getValue());
            sorted.sort(Comparator.comparing((Tuple2<String, Integer> t) -> t.f1).reversed());
            expected.add(Tuple2.of(group.getKey(), orderCode(sorted)));
        }
        // groups come out in key order
        harness(AggregationMode.FINAL, TestComparators.pairByKey(), TestComparators.pairByValue(false), input)
                .expectOrdered(expected).run();
    }

    @Test
    void presortedInputIsGroupedInArrivalOrder() throws Exception {
        // sorted by key, then by value descending: what a sort on (key, group order) would produce
        List<Tuple2<String, Integer>> input = new ArrayList<>(TestData.randomPairs(13, 10_000, 200));
        input.sort(Comparator.comparing((Tuple2<String, Integer> t) -> t.f0)
                .thenComparing(Comparator.comparing((Tuple2<String, Integer> t) -> t.f1).reversed()));
        List<Tuple2<String, Integer>> expected = new ArrayList<>();
        for (Map.Entry<String, List<Tuple2<String, Integer>>> group : TestData.groupByKey(input).entrySet()) {
            expected.add(Tuple2.of(group.getKey(), orderCode(group.getValue())));
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), new OrderSensitive(), TestSerializers.PAIR)
                .withPresortedInput(0);
        DriverTestHarness.of(new GroupReduceDriver.Factory<Tuple2<String, Integer>>(config, AggregationMode.FINAL,
                        TestComparators.pairByKey(), TestComparators.pairByValue(false)), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(expected)
                .run();
    }

    @Test
    void withoutGroupOrderEveryRecordOfAGroupArrives() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(12, 3000, 40);
        DriverConfig config = DriverConfig.of(new ExecutionConfig(),
                (GroupReduceFunction<Tuple2<String, Integer>, Tuple2<String, Integer>>) (values, out) -> {
                    String key = null;
                    int sum = 0;
                    for (Tuple2<String, Integer> v : values) {
                        key = v.f0;
                        sum += v.f1;
                    }
                    out.collect(Tuple2.of(key, sum));
                }, TestSerializers.PAIR);
        DriverTestHarness.of(new GroupReduceDriver.Factory<Tuple2<String, Integer>>(config, AggregationMode.FINAL,
                        TestComparators.pairByKey(), null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(TestData.sumPairs(input))
                .run();
    }

    @Test
    void groupsOfOneAndEmptyInput() throws Exception {
        List<Tuple2<String, Integer>> singles = List.of(Tuple2.of("b", 2), Tuple2.of("a", 1), Tuple2.of("BB", 4), Tuple2.of("Aa", 3));
        List<Tuple2<String, Integer>> sorted = new ArrayList<>(singles);
        sorted.sort(Comparator.comparing(t -> t.f0));
        harness(AggregationMode.FINAL, TestComparators.pairByKey(), null, singles).expectOrdered(sorted).run();
        harness(AggregationMode.FINAL, TestComparators.pairByKey(), null, List.of()).expectOrdered(List.of()).run();
    }

    @Test
    void nonKeyedReduceSeesTheWholePartitionOnce() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(13, 5000, 10);
        harness(AggregationMode.FINAL, null, null, input)
                .expectOrdered(List.of(Tuple2.of(input.get(input.size() - 1).f0, orderCode(input))))
                .run();
        // an empty partition has no group: the function is not called, as in Flink
        harness(AggregationMode.FINAL, null, null, List.of()).expectOrdered(List.of()).run();
    }

    @Test
    void combineModeProducesPartialSumsPerChunk() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(14, 12_000, 30);
        for (Variant variant : DriverTestHarness.allVariants()) {
            List<Tuple2<String, Integer>> partials =
                    harness(AggregationMode.COMBINE, TestComparators.pairByKey(), null, input).runOnce(variant);
            // with ample memory one chunk holds everything; with tight memory every chunk yields partials
            if (variant.memory() == DriverTestHarness.Memory.TIGHT) {
                assertTrue(partials.size() > 30, "chunks in " + variant);
            } else {
                assertEquals(30, partials.size());
            }
            assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials));
        }
    }

    @Test
    void groupIterableIsSinglePassAndMayBeLeftUnread() throws Exception {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(),
                (GroupReduceFunction<Tuple2<String, Integer>, Tuple2<String, Integer>>) (values, out) -> {
                    Tuple2<String, Integer> first = values.iterator().next();
                    try {
                        values.iterator();
                        out.collect(Tuple2.of("iterated twice", 0));
                    } catch (TraversableOnceException e) {
                        out.collect(Tuple2.of(first.f0, -1));
                    }
                }, TestSerializers.PAIR);
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("b", 1), Tuple2.of("a", 2), Tuple2.of("a", 3));
        DriverTestHarness.of(new GroupReduceDriver.Factory<Tuple2<String, Integer>>(config, AggregationMode.FINAL,
                        TestComparators.pairByKey(), null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(List.of(Tuple2.of("a", -1), Tuple2.of("b", -1)))
                .run();
    }

    @Test
    void combineModeNeedsAGroupCombineFunction() {
        GroupReduceFunction<Long, Long> notCombinable = (values, out) -> {};
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), notCombinable, TestSerializers.LONG);
        GroupReduceDriver.Factory<Long> factory =
                new GroupReduceDriver.Factory<>(config, AggregationMode.COMBINE, TestComparators.longs(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, factory::create);
        assertTrue(e.getMessage().contains("GroupCombineFunction"), e.getMessage());
    }

    @Test
    void groupCombineDriverCombinesChunksAndWholePartitions() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(15, 12_000, 20);
        GroupCombineFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> sum = new OrderSensitive()::combine;
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), sum, TestSerializers.PAIR);
        for (Variant variant : DriverTestHarness.allVariants()) {
            List<Tuple2<String, Integer>> partials = DriverTestHarness.of(new GroupCombineDriver.Factory<Tuple2<String, Integer>>(
                            config, TestComparators.pairByKey(), null), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, input)
                    .runOnce(variant);
            assertTrue(variant.memory() == DriverTestHarness.Memory.AMPLE ? partials.size() == 20 : partials.size() > 20,
                    partials.size() + " partials in " + variant);
            assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials));
        }
        int total = input.stream().mapToInt(t -> t.f1).sum();
        DriverTestHarness.of(new GroupCombineDriver.Factory<Tuple2<String, Integer>>(config, null, null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(List.of(Tuple2.of(input.get(input.size() - 1).f0, total)))
                .run();
    }
}
