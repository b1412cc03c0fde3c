package io.eddy.exec;

import io.eddy.runtime.sort.KeyPairComparator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichJoinFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Schedule;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.LifecycleLog;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestSerializers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inner and outer hash joins of pairs (keyed on f0) with plain strings, against a nested-loop
 * reference, for every join type and build side.
 */
class JoinDriverTest {

    /** Emits ("leftKey|right", left value), with "-" and -1 for a missing side. */
    static final FlatJoinFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> DESCRIBE =
            (l, r, out) -> out.collect(Tuple2.of((l == null ? "-" : l.f0) + "|" + (r == null ? "-" : r), l == null ? -1 : l.f1));

    private static List<Tuple2<String, Integer>> reference(List<Tuple2<String, Integer>> first, List<String> second,
            OuterJoinType type) {
        List<Tuple2<String, Integer>> result = new ArrayList<>();
        boolean[] secondMatched = new boolean[second.size()];
        for (Tuple2<String, Integer> l : first) {
            boolean matched = false;
            for (int i = 0; i < second.size(); i++) {
                if (l.f0.equals(second.get(i))) {
                    matched = true;
                    secondMatched[i] = true;
                    result.add(Tuple2.of(l.f0 + "|" + second.get(i), l.f1));
                }
            }
            if (!matched && type != null && type.preserves(0)) {
                result.add(Tuple2.of(l.f0 + "|-", l.f1));
            }
        }
        if (type != null && type.preserves(1)) {
            for (int i = 0; i < second.size(); i++) {
                if (!secondMatched[i]) {
                    result.add(Tuple2.of("-|" + second.get(i), -1));
                }
            }
        }
        return result;
    }

    private static DriverConfig config(Object function) {
        return DriverConfig.of(new ExecutionConfig(), (io.eddy.api.functions.Function) function,
                TestSerializers.PAIR, TestSerializers.STRING);
    }

    @Test
    void sortMergeJoinsOfEveryTypeMatchTheReference() throws Exception {
        List<Tuple2<String, Integer>> first = TestData.randomPairs(23, 1500, 100);
        List<String> second = TestData.randomKeys(24, 500, 140);
        for (OuterJoinType type : new OuterJoinType[] {null, OuterJoinType.LEFT, OuterJoinType.RIGHT, OuterJoinType.FULL}) {
            DriverTestHarness.of(new SortMergeJoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE), type,
                            TestComparators.pairByKey(), TestComparators.strings()), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, second)
                    .expectAnyOrder(reference(first, second, type))
                    .run();
        }
    }

    @Test
    void sortMergeJoinOfInputsThatArriveSortedKeepsThemAsTheyAre() throws Exception {
        List<Tuple2<String, Integer>> first = new ArrayList<>(TestData.randomPairs(25, 1500, 100));
        first.sort(java.util.Comparator.comparing(t -> t.f0));
        List<String> second = new ArrayList<>(TestData.randomKeys(26, 500, 140));
        second.sort(null);
        DriverConfig presorted = config(DESCRIBE).withPresortedInput(0).withPresortedInput(1);
        for (OuterJoinType type : new OuterJoinType[] {null, OuterJoinType.FULL}) {
            DriverTestHarness.of(new SortMergeJoinDriver.Factory<Tuple2<String, Integer>>(presorted, type,
                            TestComparators.pairByKey(), TestComparators.strings()), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, second)
                    .expectAnyOrder(reference(first, second, type))
                    .run();
        }
        // a side that is not sorted after all fails the task instead of losing matches
        List<String> unsorted = new ArrayList<>(second);
        java.util.Collections.reverse(unsorted);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                DriverTestHarness.of(new SortMergeJoinDriver.Factory<Tuple2<String, Integer>>(presorted, null,
                                TestComparators.pairByKey(), TestComparators.strings()), TestSerializers.PAIR)
                        .input(0, TestSerializers.PAIR, first)
                        .input(1, TestSerializers.STRING, unsorted)
                        .runOnce(DriverTestHarness.allVariants().get(0)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("planned as already sorted"), e.getMessage());
    }

    @Test
    void sortMergeJoinStreamsGroupsLargerThanMemory() throws Exception {
        // one key with 3000 records on the second side: its group spills to a file in the tight variants
        List<Tuple2<String, Integer>> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(Tuple2.of(i % 3 == 0 ? "hot" : "cold" + i, i));
        }
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            second.add(i % 10 == 0 ? "other" + i : "hot");
        }
        DriverTestHarness.of(new SortMergeJoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE), OuterJoinType.FULL,
                        TestComparators.pairByKey(), TestComparators.strings()), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, first)
                .input(1, TestSerializers.STRING, second)
                .expectAnyOrder(reference(first, second, OuterJoinType.FULL))
                .run();
    }

    @Test
    void innerJoinMatchesTheReferenceForBothBuildSides() throws Exception {
        List<Tuple2<String, Integer>> first = TestData.randomPairs(21, 2000, 120);
        List<String> second = TestData.randomKeys(22, 400, 150);
        for (BuildSide side : BuildSide.values()) {
            DriverTestHarness.of(new JoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE),
                            TestComparators.pairByKey(), TestComparators.strings(), side), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, second)
                    .expectAnyOrder(reference(first, second, null))
                    .run();
        }
    }

    @Test
    void outerJoinsMatchTheReferenceForEveryTypeAndBuildSide() throws Exception {
        List<Tuple2<String, Integer>> first = TestData.randomPairs(23, 800, 60);
        List<String> second = TestData.randomKeys(24, 300, 90);
        for (OuterJoinType type : OuterJoinType.values()) {
            for (BuildSide side : BuildSide.values()) {
                DriverTestHarness.of(new OuterJoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE), type,
                                TestComparators.pairByKey(), TestComparators.strings(), side), TestSerializers.PAIR)
                        .input(0, TestSerializers.PAIR, first)
                        .input(1, TestSerializers.STRING, second)
                        .expectAnyOrder(reference(first, second, type))
                        .run();
            }
        }
    }

    @Test
    void emptySidesAndGroupsOfOne() throws Exception {
        List<Tuple2<String, Integer>> first = List.of(Tuple2.of("Aa", 1), Tuple2.of("BB", 2));
        List<String> second = List.of("BB", "Aa");
        for (BuildSide side : BuildSide.values()) {
            DriverTestHarness.of(new JoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE),
                            TestComparators.pairByKey(), TestComparators.strings(), side), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, second)
                    .expectAnyOrder(List.of(Tuple2.of("Aa|Aa", 1), Tuple2.of("BB|BB", 2)))
                    .run();
            DriverTestHarness.of(new OuterJoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE), OuterJoinType.FULL,
                            TestComparators.pairByKey(), TestComparators.strings(), side), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, List.of())
                    .input(1, TestSerializers.STRING, second)
                    .expectAnyOrder(List.of(Tuple2.of("-|BB", -1), Tuple2.of("-|Aa", -1)))
                    .run();
            DriverTestHarness.of(new JoinDriver.Factory<Tuple2<String, Integer>>(config(DESCRIBE),
                            TestComparators.pairByKey(), TestComparators.strings(), side), TestSerializers.PAIR)
                    .input(0, TestSerializers.PAIR, first)
                    .input(1, TestSerializers.STRING, List.of())
                    .expectAnyOrder(List.of())
                    .run();
        }
    }

    /** Joins with a broadcast offset added to the value; logs its lifecycle. */
    static final class OffsetJoin extends RichJoinFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;
        private int offset;

        @Override
        public void open(Configuration parameters) {
            LifecycleLog.add("open");
            for (Object o : getRuntimeContext().getBroadcastVariable("offset")) {
                offset += ((Long) o).intValue();
            }
        }

        @Override
        public Tuple2<String, Integer> join(Tuple2<String, Integer> first, String second) {
            return Tuple2.of(second, first.f1 + offset);
        }

        @Override
        public void close() {
            LifecycleLog.add("close");
        }
    }

    @Test
    void adaptedRichJoinFunctionWithABroadcastSet() throws Exception {
        LifecycleLog.drain();
        DriverConfig config = config(JoinFunctionAdapters.fromJoinFunction(new OffsetJoin()))
                .withBroadcastInput("offset", TestSerializers.LONG);
        DriverTestHarness<Tuple2<String, Integer>> harness = DriverTestHarness.of(new JoinDriver.Factory<Tuple2<String, Integer>>(
                        config, TestComparators.pairByKey(), TestComparators.strings(), BuildSide.BUILD_SECOND), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, List.of(Tuple2.of("a", 1), Tuple2.of("b", 2), Tuple2.of("a", 3)))
                .input(1, TestSerializers.STRING, List.of("a", "c"))
                .input(2, TestSerializers.LONG, List.of(100L, 10L));
        harness.expectAnyOrder(List.of(Tuple2.of("a", 111), Tuple2.of("a", 113))).run();
        List<String> events = LifecycleLog.drain();
        assertEquals(DriverTestHarness.allVariants().size() * 2, events.size());
        assertEquals(List.of("open", "close"), events.subList(0, 2));
    }

    @Test
    void prefersBroadcastInputsThenTheBuildSide() throws Exception {
        DriverConfig config = config(DESCRIBE).withBroadcastInput("unused", TestSerializers.LONG);
        JoinDriver<Tuple2<String, Integer>, String, Tuple2<String, Integer>> driver =
                new JoinDriver<>(config, TestComparators.pairByKey(), TestComparators.strings(), BuildSide.BUILD_SECOND);
        driver.open(new io.eddy.exec.testutil.TestOperatorContext(false), record -> {});
        assertEquals(2, driver.nextInput());
        driver.endInput(2);
        assertEquals(1, driver.nextInput());
        driver.endInput(1);
        assertEquals(io.eddy.runtime.operator.Operator.InputSelection.ANY, driver.nextInput());
        assertThrows(IllegalStateException.class, () -> driver.endInput(2));
        driver.close();
    }

    @Test
    void defaultJoinPairsBothRecords() throws Exception {
        FlatJoinFunction<String, Long, Tuple2<String, Long>> join = JoinFunctionAdapters.defaultJoin();
        List<Tuple2<String, Long>> out = new ArrayList<>();
        join.join("x", 5L, new Collector<>() {
            @Override
            public void collect(Tuple2<String, Long> record) {
                out.add(record);
            }

            @Override
            public void close() {}
        });
        assertEquals(List.of(Tuple2.of("x", 5L)), out);
    }

    @Test
    void joinFailurePropagatesAndClosesTheFunction() {
        LifecycleLog.drain();
        RichFlatJoinFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> failing = new FailingJoin();
        DriverTestHarness<Tuple2<String, Integer>> harness = DriverTestHarness.of(new JoinDriver.Factory<Tuple2<String, Integer>>(
                        config(failing), TestComparators.pairByKey(), TestComparators.strings(), BuildSide.BUILD_FIRST), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, List.of(Tuple2.of("a", 1)))
                .input(1, TestSerializers.STRING, List.of("a"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> harness.runOnce(new Variant(Schedule.REVERSED, true, false)));
        assertEquals("join failed", e.getMessage());
        assertEquals(List.of("close"), LifecycleLog.drain());
    }

    static final class FailingJoin extends RichFlatJoinFunction<Tuple2<String, Integer>, String, Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void join(Tuple2<String, Integer> first, String second, Collector<Tuple2<String, Integer>> out) {
            throw new IllegalStateException("join failed");
        }

        @Override
        public void close() {
            LifecycleLog.add("close");
        }
    }

    @Test
    void keysOfDifferentArityAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KeyPairComparator(TestComparators.longs(),
                new TwoFieldComparator()));
        assertEquals(0, new KeyPairComparator(TestComparators.pairByKey(), TestComparators.strings())
                .compare(Tuple2.of("k", 1), "k"));
    }

    /** Claims two key fields. */
    static final class TwoFieldComparator extends io.eddy.runtime.types.TypeComparator<Long> {
        private static final long serialVersionUID = 1L;
        private final io.eddy.runtime.types.TypeComparator<Long> delegate = TestComparators.longs();

        @Override public int hash(Long record) { return delegate.hash(record); }
        @Override public void setReference(Long toCompare) { delegate.setReference(toCompare); }
        @Override public boolean equalToReference(Long candidate) { return delegate.equalToReference(candidate); }
        @Override public int compareToReference(io.eddy.runtime.types.TypeComparator<Long> other) { return 0; }
        @Override public int compare(Long a, Long b) { return delegate.compare(a, b); }
        @Override public int compareSerialized(io.eddy.runtime.memory.DataInputView a, io.eddy.runtime.memory.DataInputView b)
                throws java.io.IOException { return delegate.compareSerialized(a, b); }
        @Override public boolean supportsNormalizedKey() { return false; }
        @Override public int getNormalizeKeyLen() { return 0; }
        @Override public boolean isNormalizedKeyPrefixOnly(int keyBytes) { return true; }
        @Override public void putNormalizedKey(Long r, io.eddy.runtime.memory.MemorySegment t, int o, int n) {
            throw new UnsupportedOperationException();
        }
        @Override public boolean invertNormalizedKey() { return false; }
        @Override public io.eddy.runtime.types.TypeComparator<Long> duplicate() { return new TwoFieldComparator(); }
        @Override public int extractKeys(Object record, Object[] target, int index) {
            target[index] = record;
            target[index + 1] = record;
            return 2;
        }
        @Override @SuppressWarnings("rawtypes") public io.eddy.runtime.types.TypeComparator[] getFlatComparators() {
            return new io.eddy.runtime.types.TypeComparator[] {delegate, delegate};
        }
    }
}
