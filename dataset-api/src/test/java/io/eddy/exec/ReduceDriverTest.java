package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.exec.testutil.TestOperatorContext;
import io.eddy.runtime.types.TypeComparator;
import java.util.Map;
import java.util.TreeMap;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestSerializers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reduce by hash and by sort: final, combining and non-keyed, with the either-argument rule of
 * Flink; the sort-based reduce also on an input that arrives sorted (streaming, no memory).
 */
class ReduceDriverTest {

    /** Sums into the first argument and returns it, as Flink allows. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_INTO_FIRST = (a, b) -> {
        a.f1 = a.f1 + b.f1;
        return a;
    };

    /** Sums into the second argument and returns it. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_INTO_SECOND = (a, b) -> {
        b.f1 = a.f1 + b.f1;
        return b;
    };

    /** Returns a new record. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_NEW = (a, b) -> Tuple2.of(a.f0, a.f1 + b.f1);

    private static DriverTestHarness<Tuple2<String, Integer>> harness(ReduceFunction<Tuple2<String, Integer>> function,
            AggregationMode mode, boolean keyed, List<Tuple2<String, Integer>> input) {
        return harness(function, mode, keyed, false, false, input);
    }

    private static DriverTestHarness<Tuple2<String, Integer>> harness(ReduceFunction<Tuple2<String, Integer>> function,
            AggregationMode mode, boolean keyed, boolean sorted, boolean presorted, List<Tuple2<String, Integer>> input) {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), function, TestSerializers.PAIR);
        if (presorted) {
            config = config.withPresortedInput(0);
        }
        return DriverTestHarness.of(new ReduceDriver.Factory<Tuple2<String, Integer>>(config, mode,
                        keyed ? TestComparators.pairByKey() : null, sorted), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input);
    }

    private static List<Tuple2<String, Integer>> sortedByKey(List<Tuple2<String, Integer>> input) {
        List<Tuple2<String, Integer>> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(t -> t.f0));
        return sorted;
    }

    @Test
    void sortedFinalReduceEmitsOneRecordPerKeyInKeyOrder() throws Exception {
        // 5000 keys: the tight-memory variants spill sorted runs and merge them
        List<Tuple2<String, Integer>> input = TestData.randomPairs(5, 30_000, 5000);
        List<Tuple2<String, Integer>> expected = sortedByKey(TestData.sumPairs(input));
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            harness(function, AggregationMode.FINAL, true, true, false, input).expectOrdered(expected).run();
        }
    }

    @Test
    void sortedCombineEmitsPartialResultsThatAddUp() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(6, 20_000, 3000);
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_NEW)) {
            for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<String, Integer>> partials =
                        harness(function, AggregationMode.COMBINE, true, true, false, input).runOnce(variant);
                assertTrue(partials.size() < input.size(), "combining reduces the records: " + partials.size());
                assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials), "variant " + variant);
            }
        }
    }

    @Test
    void presortedInputIsReducedAsItArrivesWithoutMemory() throws Exception {
        List<Tuple2<String, Integer>> input = sortedByKey(TestData.randomPairs(7, 20_000, 700));
        List<Tuple2<String, Integer>> expected = sortedByKey(TestData.sumPairs(input));
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            harness(function, AggregationMode.FINAL, true, true, true, input).expectOrdered(expected).run();
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), SUM_NEW, TestSerializers.PAIR);
        assertEquals(0, new ReduceDriver.Factory<>(config.withPresortedInput(0), AggregationMode.FINAL,
                TestComparators.pairByKey(), true).managedMemoryWeight(), "a presorted reduce asks for no memory");
        assertEquals(1, new ReduceDriver.Factory<>(config, AggregationMode.FINAL, TestComparators.pairByKey(), true)
                .managedMemoryWeight());
    }

    @Test
    void presortedInputThatIsNotSortedFailsInsteadOfGivingWrongGroups() {
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("c", 2), Tuple2.of("b", 3));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> harness(SUM_NEW, AggregationMode.FINAL, true, true, true, input)
                        .runOnce(DriverTestHarness.allVariants().get(0)));
        assertTrue(e.getMessage().contains("planned as already sorted") && e.getMessage().contains("record 3"), e.getMessage());
    }

    @Test
    void finalReduceEmitsOneRecordPerKey() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(1, 20_000, 300);
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            harness(function, AggregationMode.FINAL, true, input).expectAnyOrder(TestData.sumPairs(input)).run();
        }
    }

    @Test
    void groupsOfOneAndEmptyInput() throws Exception {
        List<Tuple2<String, Integer>> singles = List.of(Tuple2.of("a", 1), Tuple2.of("b", 2), Tuple2.of("Aa", 3), Tuple2.of("BB", 4));
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, true, singles).expectAnyOrder(singles).run();
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, true, List.of()).expectAnyOrder(List.of()).run();
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, false, List.of()).expectAnyOrder(List.of()).run();
    }

    @Test
    void finalReduceSpillsWhenKeysOutgrowMemory() throws Exception {
        // 5000 keys of about 30 bytes do not fit a table of 8 pages of 4 KiB: the tight variants spill
        List<Tuple2<String, Integer>> input = TestData.randomPairs(4, 30_000, 5000);
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_NEW)) {
            harness(function, AggregationMode.FINAL, true, input).expectAnyOrder(TestData.sumPairs(input)).run();
        }
    }

    @Test
    void combineEmitsPartialResultsThatAddUp() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(2, 20_000, 3000);
        int keys = TestData.sumByKey(input).size();
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<String, Integer>> partials =
                        harness(function, AggregationMode.COMBINE, true, input).runOnce(variant);
                if (variant.memory() == DriverTestHarness.Memory.TIGHT) {
                    assertTrue(partials.size() > keys, "a full table emits partials: " + partials.size() + " in " + variant);
                } else {
                    assertEquals(keys, partials.size(), "a table large enough for every key combines completely");
                }
                assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials), "variant " + variant);
            }
        }
    }

    @Test
    void nonKeyedReduceProducesOneRecord() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(3, 3000, 10);
        int total = input.stream().mapToInt(t -> t.f1).sum();
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            List<Tuple2<String, Integer>> result = harness(function, AggregationMode.FINAL, false, input)
                    .runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.SEQUENTIAL, true, false));
            assertEquals(1, result.size());
            assertEquals(total, result.get(0).f1);
            assertEquals(result, harness(function, AggregationMode.FINAL, false, input)
                    .runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.SEQUENTIAL, false, false)));
        }
    }

    @Test
    void reduceFunctionFailurePropagates() {
        ReduceFunction<Tuple2<String, Integer>> failing = (a, b) -> {
            throw new ArithmeticException("overflow");
        };
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("a", 2));
        assertThrows(ArithmeticException.class, () -> harness(failing, AggregationMode.FINAL, true, input)
                .runOnce(DriverTestHarness.allVariants().get(0)));
    }

    @Test
    void aReducerMayKeepAFieldObjectOfItsSecondArgument() throws Exception {
        // Gelly's gather-sum-apply sums as first.f1 = min(first.f1, second.f1): the returned aggregate
        // holds the caller's field object, and the caller goes on using it (one neighbour value for many
        // edges). Without object reuse the table must never write into it when it reads the next aggregate.
        TupleTypeInfo<Tuple2<String, LongValue>> type = new TupleTypeInfo<>(BasicTypeInfo.STRING_TYPE_INFO,
                TypeInformation.of(LongValue.class));
        ExecutionConfig executionConfig = new ExecutionConfig();
        ReduceFunction<Tuple2<String, LongValue>> min = (a, b) -> {
            a.f1 = a.f1.compareTo(b.f1) <= 0 ? a.f1 : b.f1;
            return a;
        };
        DriverConfig config = DriverConfig.of(executionConfig, min, type.createSerializer(executionConfig));
        @SuppressWarnings("unchecked")
        TypeComparator<Tuple2<String, LongValue>> byKey = (TypeComparator<Tuple2<String, LongValue>>) (TypeComparator<?>)
                type.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        for (AggregationMode mode : List.of(AggregationMode.COMBINE, AggregationMode.FINAL)) {
            var operator = new ReduceDriver.Factory<Tuple2<String, LongValue>>(config, mode, byKey, false).create();
            TestOperatorContext context = new TestOperatorContext(false);
            Map<String, Long> out = new TreeMap<>();
            operator.open(context, record -> out.merge(record.f0, record.f1.getValue(), Math::min));
            LongValue shared = new LongValue(1);
            operator.processRecord(0, Tuple2.of("a", new LongValue(5)));
            operator.processRecord(0, Tuple2.of("b", new LongValue(7)));
            operator.processRecord(0, Tuple2.of("a", shared));
            operator.processRecord(0, Tuple2.of("b", new LongValue(9)));
            assertEquals(1, shared.getValue(), mode + ": the caller's object was overwritten");
            operator.processRecord(0, Tuple2.of("c", shared));
            operator.endInput(0);
            operator.close();
            context.shutdown();
            assertEquals(Map.of("a", 1L, "b", 7L, "c", 1L), out, mode.toString());
        }
    }

    /** Sums into one record of its own, which it returns for every key. */
    static final class SumIntoOwnRecord implements ReduceFunction<Tuple2<String, Integer>> {
        private final Tuple2<String, Integer> result = new Tuple2<>();

        @Override
        public Tuple2<String, Integer> reduce(Tuple2<String, Integer> a, Tuple2<String, Integer> b) {
            result.f0 = a.f0;
            result.f1 = a.f1 + b.f1;
            return result;
        }
    }

    @Test
    void fewKeysAreAggregatedAsObjectsAndManyMoveToTheTable() throws Exception {
        // 10 keys stay objects; 300 outgrow them and continue in the table
        for (int keys : new int[] {10, ReduceDriver.OBJECT_KEYS, 300}) {
            List<Tuple2<String, Integer>> input = TestData.randomPairs(keys, 10_000, keys);
            for (ReduceFunction<Tuple2<String, Integer>> function
                    : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW, new SumIntoOwnRecord())) {
                harness(function, AggregationMode.FINAL, true, input).expectAnyOrder(TestData.sumPairs(input)).run();
                for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
                    List<Tuple2<String, Integer>> partials =
                            harness(function, AggregationMode.COMBINE, true, input).runOnce(variant);
                    assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials), "variant " + variant);
                    if (keys <= ReduceDriver.OBJECT_KEYS) {
                        assertEquals(TestData.sumByKey(input).size(), partials.size(), "one partial per key");
                    }
                }
            }
        }
    }

    @Test
    void userFunctionsOverFixedLengthRecordsEqualAModel() throws Exception {
        // Tuple2<Long, Long> has a fixed length and a key comparable as bytes: its aggregates are
        // kept in their hash slots and read back for the function
        TupleTypeInfo<Tuple2<Long, Long>> type = new TupleTypeInfo<>(BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO);
        ExecutionConfig executionConfig = new ExecutionConfig();
        @SuppressWarnings("unchecked")
        TypeComparator<Tuple2<Long, Long>> byKey = (TypeComparator<Tuple2<Long, Long>>) (TypeComparator<?>)
                type.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        assertTrue(byKey.supportsBinaryKeyPrefix());
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        List<Tuple2<Long, Long>> input = new ArrayList<>();
        Map<Long, Long> sums = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            Tuple2<Long, Long> record = Tuple2.of(random.nextLong(4_000) * (i % 3 == 0 ? -1 : 1L << 33), random.nextLong(100));
            input.add(record);
            sums.merge(record.f0, record.f1, Long::sum);
        }
        List<Tuple2<Long, Long>> expected = new ArrayList<>();
        sums.forEach((k, v) -> expected.add(Tuple2.of(k, v)));
        List<ReduceFunction<Tuple2<Long, Long>>> functions = List.of((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1), (a, b) -> {
            a.f1 += b.f1;
            return a;
        });
        for (ReduceFunction<Tuple2<Long, Long>> function : functions) {
            DriverConfig config = DriverConfig.of(executionConfig, function, type.createSerializer(executionConfig));
            DriverTestHarness<Tuple2<Long, Long>> finalReduce = DriverTestHarness.of(
                            new ReduceDriver.Factory<Tuple2<Long, Long>>(config, AggregationMode.FINAL, byKey, false),
                            type.createSerializer(executionConfig))
                    .input(0, type.createSerializer(executionConfig), input)
                    .expectAnyOrder(expected);
            finalReduce.run();
            assertTrue(finalReduce.recordsAsBytes() > 0, "records from the network are taken as bytes");
            // the combiner's records, objects from a chained function or bytes from the network, are
            // folded in batches of bytes once its first keys outgrow the objects it keeps
            for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<Long, Long>> partials = DriverTestHarness.of(
                                new ReduceDriver.Factory<Tuple2<Long, Long>>(config, AggregationMode.COMBINE, byKey, false),
                                type.createSerializer(executionConfig))
                        .input(0, type.createSerializer(executionConfig), input)
                        .runOnce(variant);
                Map<Long, Long> combined = new TreeMap<>();
                for (Tuple2<Long, Long> partial : partials) {
                    combined.merge(partial.f0, partial.f1, Long::sum);
                }
                assertEquals(sums, combined, "variant " + variant);
                assertTrue(partials.size() < input.size(), "the combiner combined");
            }
        }
    }

    /** (key, long, double) records. */
    private static final TupleTypeInfo<Tuple3<LongValue, LongValue, DoubleValue>> TAIL_TYPE = new TupleTypeInfo<>(
            TypeInformation.of(LongValue.class), TypeInformation.of(LongValue.class), TypeInformation.of(DoubleValue.class));

    /** Folds the long and the double after the key as told; reduce() must not be called, they are folded in place. */
    static final class FoldTail implements NumericReduceFunction<Tuple3<LongValue, LongValue, DoubleValue>> {
        private final Fold[] folds;

        FoldTail(Fold... folds) {
            this.folds = folds;
        }

        @Override
        public Fold[] folds() {
            return folds;
        }

        @Override
        public Tuple3<LongValue, LongValue, DoubleValue> reduce(Tuple3<LongValue, LongValue, DoubleValue> a,
                                                              Tuple3<LongValue, LongValue, DoubleValue> b) {
            throw new IllegalStateException("folded in place, reduce() is not called");
        }
    }

    /** {@link #TAIL_TYPE} compared by the fields {@code positions}. */
    @SuppressWarnings("unchecked")
    private static TypeComparator<Tuple3<LongValue, LongValue, DoubleValue>> tailKey(ExecutionConfig config, int... positions) {
        boolean[] ascending = new boolean[positions.length];
        java.util.Arrays.fill(ascending, true);
        return (TypeComparator<Tuple3<LongValue, LongValue, DoubleValue>>) (TypeComparator<?>)
                TAIL_TYPE.createComparator(positions, ascending, 0, config);
    }

    @Test
    void summingFunctionsOfTheLibrariesAddTheirNumbersInPlace() throws Exception {
        ExecutionConfig executionConfig = new ExecutionConfig();
        var serializer = TAIL_TYPE.createSerializer(executionConfig);
        java.util.SplittableRandom random = new java.util.SplittableRandom(10);
        List<Tuple3<LongValue, LongValue, DoubleValue>> input = new ArrayList<>();
        Map<Long, long[]> sums = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextLong(500) - 200;
            long count = random.nextLong(100) - 50;
            // quarters sum exactly in any order
            double score = random.nextInt(400) / 4.0;
            input.add(new Tuple3<>(new LongValue(key), new LongValue(count), new DoubleValue(score)));
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            sum[0] += count;
            sum[1] += (long) (score * 4);
        }
        List<Tuple3<LongValue, LongValue, DoubleValue>> expected = new ArrayList<>();
        sums.forEach((k, v) -> expected.add(new Tuple3<>(new LongValue(k), new LongValue(v[0]),
                new DoubleValue(v[1] / 4.0))));
        // keyed by field 0, the numbers after it are summed in place: reduce() is never called
        var byKey = tailKey(executionConfig, 0);
        DriverConfig inPlace = DriverConfig.of(executionConfig, new FoldTail(Fold.LONG_SUM, Fold.DOUBLE_SUM), serializer);
        DriverTestHarness.of(new ReduceDriver.Factory<>(inPlace, AggregationMode.FINAL, byKey, false), serializer)
                .input(0, serializer, input)
                .expectAnyOrder(expected)
                .run();
        for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
            Map<Long, long[]> combined = new TreeMap<>();
            for (var partial : DriverTestHarness.of(new ReduceDriver.Factory<>(inPlace, AggregationMode.COMBINE, byKey, false),
                    serializer).input(0, serializer, input).runOnce(variant)) {
                long[] sum = combined.computeIfAbsent(partial.f0.getValue(), k -> new long[2]);
                sum[0] += partial.f1.getValue();
                sum[1] += (long) (partial.f2.getValue() * 4);
            }
            assertEquals(sums.keySet(), combined.keySet(), "variant " + variant);
            sums.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(combined.get(k)[0], combined.get(k)[1]),
                    "variant " + variant + ", key " + k));
        }
        // keyed by fields 0 and 1, what is left is not what the function sums: reduce() is called
        var byTwo = tailKey(executionConfig, 0, 1);
        DriverConfig called = DriverConfig.of(executionConfig, new FoldTail(Fold.LONG_SUM, Fold.DOUBLE_SUM), serializer);
        Exception e = assertThrows(Exception.class, () -> DriverTestHarness.of(
                new ReduceDriver.Factory<>(called, AggregationMode.FINAL, byTwo, false), serializer)
                .input(0, serializer, input).runOnce(DriverTestHarness.allVariants().get(0)));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("reduce() is not called"), String.valueOf(root));
    }

    @Test
    void minimumFoldsKeepTheSmallerNumbersInPlace() throws Exception {
        ExecutionConfig executionConfig = new ExecutionConfig();
        var serializer = TAIL_TYPE.createSerializer(executionConfig);
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        List<Tuple3<LongValue, LongValue, DoubleValue>> input = new ArrayList<>();
        Map<Long, Long> minLong = new TreeMap<>();
        Map<Long, Double> minDouble = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextLong(500);
            // signed longs across the whole range; doubles with both zeros and negatives
            long number = random.nextLong();
            double distance = i % 7 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : random.nextInt(2_000) - 500.5;
            input.add(new Tuple3<>(new LongValue(key), new LongValue(number),
                    new DoubleValue(distance)));
            minLong.merge(key, number, Math::min);
            minDouble.merge(key, distance, Math::min);
        }
        List<Tuple3<LongValue, LongValue, DoubleValue>> expected = new ArrayList<>();
        minLong.forEach((k, v) -> expected.add(new Tuple3<>(new LongValue(k), new LongValue(v),
                new DoubleValue(minDouble.get(k)))));
        var byKey = tailKey(executionConfig, 0);
        DriverConfig config = DriverConfig.of(executionConfig, new FoldTail(Fold.LONG_MIN, Fold.DOUBLE_MIN), serializer);
        DriverTestHarness.of(new ReduceDriver.Factory<>(config, AggregationMode.FINAL, byKey, false), serializer)
                .input(0, serializer, input)
                .expectAnyOrder(expected)
                .run();
    }

    @Test
    void anAggregateOfAChainedOperatorsRecordsNeverSharesTheirObjects() throws Exception {
        // a chained function may emit records sharing a mutable field and go on using it; a reduce
        // function may write into its first argument: an aggregate kept as an object must be a copy
        TupleTypeInfo<Tuple2<String, LongValue>> type = new TupleTypeInfo<>(BasicTypeInfo.STRING_TYPE_INFO,
                TypeInformation.of(LongValue.class));
        ExecutionConfig executionConfig = new ExecutionConfig();
        ReduceFunction<Tuple2<String, LongValue>> sumIntoFirst = (a, b) -> {
            a.f1.setValue(a.f1.getValue() + b.f1.getValue());
            return a;
        };
        DriverConfig config = DriverConfig.of(executionConfig, sumIntoFirst, type.createSerializer(executionConfig));
        @SuppressWarnings("unchecked")
        TypeComparator<Tuple2<String, LongValue>> byKey = (TypeComparator<Tuple2<String, LongValue>>) (TypeComparator<?>)
                type.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        for (AggregationMode mode : List.of(AggregationMode.COMBINE, AggregationMode.FINAL)) {
            var operator = new ReduceDriver.Factory<Tuple2<String, LongValue>>(config, mode, byKey, false).create();
            TestOperatorContext context = new TestOperatorContext(false).asChainedOperator();
            Map<String, Long> out = new TreeMap<>();
            operator.open(context, record -> out.merge(record.f0, record.f1.getValue(), Long::sum));
            LongValue shared = new LongValue(1);
            operator.processRecord(0, Tuple2.of("a", shared));
            operator.processRecord(0, Tuple2.of("a", new LongValue(5)));
            operator.processRecord(0, Tuple2.of("b", shared));
            operator.processRecord(0, Tuple2.of("b", new LongValue(2)));
            assertEquals(1, shared.getValue(), mode + ": the chained operator's object was written into");
            operator.endInput(0);
            operator.close();
            context.shutdown();
            assertEquals(Map.of("a", 6L, "b", 3L), out, mode.toString());
        }
    }

    @Test
    void aCombinerOverDistinctKeysPassesTheRestOfItsInputThrough() throws Exception {
        List<Tuple2<String, Integer>> distinct = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            // distinct keys (an odd multiplier is a bijection) whose order is not the input's
            distinct.add(Tuple2.of("key-" + Integer.toHexString(i * 0x9E3779B9), i));
        }
        // every key five times in a row: each full table or buffer shrinks its records fivefold
        List<Tuple2<String, Integer>> repeated = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            repeated.add(Tuple2.of("key-" + i / 5, 1));
        }
        for (boolean sorted : new boolean[] {false, true}) {
            List<Tuple2<String, Integer>> out = new ArrayList<>();
            assertTrue(combine(sorted, distinct, out), "sorted=" + sorted + ": still combining");
            assertEquals(TestData.sumByKey(distinct), TestData.sumByKey(out), "sorted=" + sorted);
            // the table fills after about 60,000 records here, the sort buffer after 90,000; then records pass in order
            assertTrue(firstOfInOrderTail(distinct, out) <= 200_000,
                    "sorted=" + sorted + ": records in input order only from " + firstOfInOrderTail(distinct, out));

            out.clear();
            assertFalse(combine(sorted, repeated, out), "sorted=" + sorted + ": a combiner that pays keeps combining");
            assertEquals(TestData.sumByKey(repeated), TestData.sumByKey(out), "sorted=" + sorted);
            assertTrue(out.size() < repeated.size() / 4, "sorted=" + sorted + ": " + out.size());
        }
    }

    /** Runs a combiner over {@code input} into {@code out}; whether it ended passing records through. */
    private static boolean combine(boolean sorted, List<Tuple2<String, Integer>> input, List<Tuple2<String, Integer>> out)
            throws Exception {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), SUM_INTO_FIRST, TestSerializers.PAIR);
        ReduceDriver<Tuple2<String, Integer>> driver = new ReduceDriver<>(config, AggregationMode.COMBINE,
                TestComparators.pairByKey(), sorted);
        TestOperatorContext context = new TestOperatorContext(false);
        try {
            driver.open(context, out::add);
            for (Tuple2<String, Integer> record : input) {
                driver.processRecord(0, Tuple2.of(record.f0, record.f1));
            }
            boolean passing = driver.passesThrough();
            driver.endInput(0);
            driver.close();
            return passing;
        } finally {
            context.shutdown();
        }
    }

    @Test
    void aFinalReduceOverKeysTooDistinctForMemorySortsInsteadOfHashing() throws Exception {
        List<Tuple2<String, Integer>> distinct = new ArrayList<>();
        List<Tuple2<String, Integer>> repeated = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            // two records per key, far apart: the table fills long before keys repeat
            distinct.add(Tuple2.of("key-" + Integer.toHexString((i % 200_000) * 0x9E3779B9), i));
            // every key four times in a row: a full table has taken four records per key
            repeated.add(Tuple2.of("key-" + i / 4, 1));
        }
        for (List<Tuple2<String, Integer>> input : List.of(distinct, repeated)) {
            boolean isDistinct = input == distinct;
            for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_NEW)) {
                DriverConfig config = DriverConfig.of(new ExecutionConfig(), function, TestSerializers.PAIR);
                ReduceDriver<Tuple2<String, Integer>> driver = new ReduceDriver<>(config, AggregationMode.FINAL,
                        TestComparators.pairByKey(), false);
                TestOperatorContext context = new TestOperatorContext(false);
                List<Tuple2<String, Integer>> out = new ArrayList<>();
                try {
                    driver.open(context, out::add);
                    for (Tuple2<String, Integer> record : input) {
                        driver.processRecord(0, Tuple2.of(record.f0, record.f1));
                    }
                    assertEquals(isDistinct, driver.sortsInsteadOfHashing(), "distinct keys: " + isDistinct);
                    driver.endInput(0);
                    driver.close();
                    assertTrue(context.memoryManager().verifyEmpty(), "memory returned");
                    assertTrue(context.spillFiles().isEmpty(), "spill files removed");
                } finally {
                    context.shutdown();
                }
                assertEquals(TestData.sumByKey(input).size(), out.size(), "one record per key");
                assertEquals(TestData.sumByKey(input), TestData.sumByKey(out));
            }
        }
    }

    /** Where the longest common tail of two lists of equal length begins. */
    private static int firstOfInOrderTail(List<?> in, List<?> out) {
        int i = out.size() - 1;
        while (i >= 0 && in.get(i).equals(out.get(i))) {
            i--;
        }
        return i + 1;
    }
}
