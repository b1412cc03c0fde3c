package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestSerializers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Co-group, cross and sort partition drivers against straightforward references. */
class CoGroupCrossSortDriverTest {

    /**
     * Emits (key, code): the first group's values folded in the order they arrive (so the group order
     * is visible) times 7 plus the size of the second group.
     */
    static final CoGroupFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> FOLD = (first, second, out) -> {
        String key = null;
        int code = 0;
        for (Tuple2<String, Integer> t : first) {
            key = t.f0;
            code = code * 31 + t.f1;
        }
        int count = 0;
        for (String s : second) {
            key = s;
            count++;
        }
        out.collect(Tuple2.of(key, code * 7 + count));
    };

    private static List<Tuple2<String, Integer>> coGroupReference(List<Tuple2<String, Integer>> first, List<String> second) {
        Map<String, List<Tuple2<String, Integer>>> firstGroups = TestData.groupByKey(first);
        Map<String, Integer> secondCounts = new TreeMap<>();
        for (String s : second) {
            secondCounts.merge(s, 1, Integer::sum);
        }
        TreeSet<String> keys = new TreeSet<>(firstGroups.keySet());
        keys.addAll(secondCounts.keySet());
        List<Tuple2<String, Integer>> result = new ArrayList<>();
        for (String key : keys) {
            List<Tuple2<String, Integer>> group = new ArrayList<>(firstGroups.getOrDefault(key, List.of()));
            group.sort(Comparator.comparing(t -> t.f1));
            int code = 0;
            for (Tuple2<String, Integer> t : group) {
                code = code * 31 + t.f1;
            }
            result.add(Tuple2.of(key, code * 7 + secondCounts.getOrDefault(key, 0)));
        }
        return result;
    }

    @Test
    void coGroupMergesGroupsInKeyOrder() throws Exception {
        List<Tuple2<String, Integer>> first = TestData.randomPairs(31, 3000, 100);
        List<String> second = TestData.randomKeys(32, 500, 140);
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), FOLD, TestSerializers.PAIR, TestSerializers.STRING);
        DriverTestHarness.of(new CoGroupDriver.Factory<Tuple2<String, Integer>>(config, TestComparators.pairByKey(),
                        TestComparators.strings(), TestComparators.pairByValue(true), null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, first)
                .input(1, TestSerializers.STRING, second)
                .expectOrdered(coGroupReference(first, second))
                .run();
    }

    @Test
    void coGroupWithEmptySidesAndGroupsOfOne() throws Exception {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), FOLD, TestSerializers.PAIR, TestSerializers.STRING);
        List<Tuple2<String, Integer>> first = List.of(Tuple2.of("b", 2), Tuple2.of("Aa", 1));
        for (List<String> second : List.of(List.<String>of(), List.of("BB", "b"))) {
            DriverTestHarness.of(new CoGroupDriver.Factory<Tuple2<String, Integer>>(config, TestComparators.pairByKey(),
                            TestComparators.strings(), null, null), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, second)
                    .expectOrdered(coGroupReference(first, second))
                    .run();
        }
        DriverTestHarness.of(new CoGroupDriver.Factory<Tuple2<String, Integer>>(config, TestComparators.pairByKey(),
                        TestComparators.strings(), null, null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, List.of())
                .input(1, TestSerializers.STRING, List.of())
                .expectOrdered(List.of())
                .run();
    }

    @Test
    void coGroupIterablesAreSinglePass() throws Exception {
        CoGroupFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> twice = (first, second, out) -> {
            first.iterator();
            second.iterator();
            int failures = 0;
            try {
                first.iterator();
            } catch (TraversableOnceException e) {
                failures++;
            }
            try {
                second.iterator();
            } catch (TraversableOnceException e) {
                failures++;
            }
            out.collect(Tuple2.of("failures", failures));
        };
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), twice, TestSerializers.PAIR, TestSerializers.STRING);
        DriverTestHarness.of(new CoGroupDriver.Factory<Tuple2<String, Integer>>(config, TestComparators.pairByKey(),
                        TestComparators.strings(), null, null), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, List.of(Tuple2.of("a", 1)))
                .input(1, TestSerializers.STRING, List.of("b"))
                .expectOrdered(List.of(Tuple2.of("failures", 2), Tuple2.of("failures", 2)))
                .run();
    }

    /** (pair.f0 + number, pair.f1 + number): shows which argument came from which input. */
    static final CrossFunction<Long, Tuple2<String, Integer>, Tuple2<String, Integer>> COMBINE =
            (number, pair) -> Tuple2.of(pair.f0 + number, pair.f1 + number.intValue());

    @Test
    void crossHoldingEitherSideMatchesTheReference() throws Exception {
        List<Long> numbers = new ArrayList<>();
        for (long i = 0; i < 40; i++) {
            numbers.add(i);
        }
        List<Tuple2<String, Integer>> pairs = TestData.randomPairs(33, 60, 10);
        List<Tuple2<String, Integer>> expected = new ArrayList<>();
        for (Long n : numbers) {
            for (Tuple2<String, Integer> p : pairs) {
                expected.add(Tuple2.of(p.f0 + n, p.f1 + n.intValue()));
            }
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), COMBINE, TestSerializers.LONG, TestSerializers.PAIR);
        for (BuildSide held : BuildSide.values()) {
            DriverTestHarness.of(new CrossDriver.Factory<Tuple2<String, Integer>>(config, held), TestSerializers.PAIR)
                    .input(0, TestSerializers.LONG, numbers)
                    .input(1, TestSerializers.PAIR, pairs)
                    .expectAnyOrder(expected)
                    .run();
            DriverTestHarness.of(new CrossDriver.Factory<Tuple2<String, Integer>>(config, held), TestSerializers.PAIR)
                    .input(0, TestSerializers.LONG, numbers)
                    .input(1, TestSerializers.PAIR, List.of())
                    .expectAnyOrder(List.of())
                    .run();
        }
    }

    @Test
    void crossWithALargeHeldSideGoesBlockByBlock() throws Exception {
        // more held records than the object cache takes, more streamed records than one block
        List<Long> numbers = new ArrayList<>();
        for (long i = 0; i < 2500; i++) {
            numbers.add(i);
        }
        List<Tuple2<String, Integer>> pairs = TestData.randomPairs(35, CrossDriver.HEAP_CACHE_RECORDS + 100, 50);
        long expectedCount = (long) numbers.size() * pairs.size();
        long expectedSum = 0;
        for (Long n : numbers) {
            for (Tuple2<String, Integer> p : pairs) {
                expectedSum += p.f1 + n.intValue();
            }
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), COMBINE, TestSerializers.LONG, TestSerializers.PAIR);
        for (Variant variant : List.of(new Variant(DriverTestHarness.Schedule.SEQUENTIAL, false, false),
                new Variant(DriverTestHarness.Schedule.REVERSED, true, false, DriverTestHarness.Memory.TIGHT),
                new Variant(DriverTestHarness.Schedule.RANDOM, false, false, DriverTestHarness.Memory.TIGHT))) {
            List<Tuple2<String, Integer>> out = DriverTestHarness.of(
                            new CrossDriver.Factory<Tuple2<String, Integer>>(config, BuildSide.BUILD_SECOND), TestSerializers.PAIR)
                    .input(0, TestSerializers.LONG, numbers)
                    .input(1, TestSerializers.PAIR, pairs)
                    .runOnce(variant);
            assertEquals(expectedCount, out.size(), "pairs in " + variant);
            assertEquals(expectedSum, out.stream().mapToLong(t -> t.f1).sum(), "sum in " + variant);
        }
    }

    @Test
    void crossFailurePropagates() {
        CrossFunction<Long, Tuple2<String, Integer>, Tuple2<String, Integer>> failing = (a, b) -> {
            throw new UnsupportedOperationException("no cross today");
        };
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), failing, TestSerializers.LONG, TestSerializers.PAIR);
        for (Variant variant : DriverTestHarness.allVariants()) {
            assertThrows(UnsupportedOperationException.class, () ->
                    DriverTestHarness.of(new CrossDriver.Factory<Tuple2<String, Integer>>(config, BuildSide.BUILD_SECOND),
                                    TestSerializers.PAIR)
                            .input(0, TestSerializers.LONG, List.of(1L))
                            .input(1, TestSerializers.PAIR, List.of(Tuple2.of("a", 1)))
                            .runOnce(variant));
        }
    }

    @Test
    void sortPartitionOrdersByKeyInBothDirections() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(34, 5000, 1000);
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), null, TestSerializers.PAIR);
        for (boolean ascending : new boolean[] {true, false}) {
            Comparator<Tuple2<String, Integer>> byValue = Comparator.comparing(t -> t.f1);
            Comparator<Tuple2<String, Integer>> order = ascending ? byValue : byValue.reversed();
            DriverTestHarness<Tuple2<String, Integer>> harness = DriverTestHarness.of(
                            new SortPartitionDriver.Factory<Tuple2<String, Integer>>(config, TestComparators.pairByValue(ascending)),
                            TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, input)
                    .expectAnyOrder(input);
            harness.run();
            // the sort is not stable (as in Flink): check the key order of every variant's output
            for (Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<String, Integer>> out = harness.runOnce(variant);
                for (int i = 1; i < out.size(); i++) {
                    assertTrue(order.compare(out.get(i - 1), out.get(i)) <= 0, "out of order at " + i + " in " + variant);
                }
            }
        }
    }

    @Test
    void sortPartitionPassesAPresortedInputThroughAndChecksIt() throws Exception {
        List<Tuple2<String, Integer>> input = new ArrayList<>(TestData.randomPairs(35, 5000, 1000));
        input.sort(Comparator.comparing(t -> t.f1));
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), null, TestSerializers.PAIR).withPresortedInput(0);
        SortPartitionDriver.Factory<Tuple2<String, Integer>> factory =
                new SortPartitionDriver.Factory<>(config, TestComparators.pairByValue(true));
        assertEquals(0, factory.managedMemoryWeight(), "nothing to sort, no memory");
        DriverTestHarness.of(factory, TestSerializers.PAIR).input(0, TestSerializers.PAIR, input).expectOrdered(input).run();
        List<Tuple2<String, Integer>> unsorted = new ArrayList<>(input);
        java.util.Collections.swap(unsorted, 10, 4000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DriverTestHarness.of(factory,
                TestSerializers.PAIR).input(0, TestSerializers.PAIR, unsorted).runOnce(DriverTestHarness.allVariants().get(0)));
        assertTrue(e.getMessage().contains("planned as already sorted"), e.getMessage());
    }
}
