package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.AggregatingReduceFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.tuple.Tuple5;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.TestOperatorContext;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Built-in aggregations on tuples take the in-place path of the hash table (binary keys, rewritten
 * fields); its results must equal those of the object path, with and without spilling.
 */
class InPlaceAggregationTest {

    private static final TupleTypeInfo<Tuple5<String, Long, Integer, Double, Short>> TYPE = new TupleTypeInfo<>(
            BasicTypeInfo.STRING_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.INT_TYPE_INFO,
            BasicTypeInfo.DOUBLE_TYPE_INFO, BasicTypeInfo.SHORT_TYPE_INFO);
    private static final TypeInformation<?>[] AGGREGATED = {BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.INT_TYPE_INFO,
        BasicTypeInfo.DOUBLE_TYPE_INFO, BasicTypeInfo.SHORT_TYPE_INFO};

    /** Records of one serialized length, and an aggregation of them that does not depend on order (no floating-point sum). */
    private static final TupleTypeInfo<Tuple4<Long, Integer, Double, Short>> FIXED_TYPE = new TupleTypeInfo<>(
            BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.INT_TYPE_INFO, BasicTypeInfo.DOUBLE_TYPE_INFO, BasicTypeInfo.SHORT_TYPE_INFO);

    private static AggregatingReduceFunction<Tuple4<Long, Integer, Double, Short>> fixedAggregation() {
        return new AggregatingReduceFunction<>(
                new TypeInformation<?>[] {BasicTypeInfo.INT_TYPE_INFO, BasicTypeInfo.DOUBLE_TYPE_INFO, BasicTypeInfo.SHORT_TYPE_INFO},
                new int[] {1, 2, 3}, new Aggregations[] {Aggregations.SUM, Aggregations.MAX, Aggregations.MIN});
    }

    private static List<Tuple5<String, Long, Integer, Double, Short>> input(int n, int keys) {
        SplittableRandom random = new SplittableRandom(n * 31L + keys);
        List<Tuple5<String, Long, Integer, Double, Short>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(keys);
            // keys of different lengths and characters, so that binary keys are really compared
            String key = (k % 3 == 0 ? "ключ-" : "key-") + k + "x".repeat(k % 7);
            records.add(Tuple5.of(key, random.nextLong(-1_000_000, 1_000_000), random.nextInt(), random.nextDouble() - 0.5,
                    (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE)));
        }
        return records;
    }

    private static AggregatingReduceFunction<Tuple5<String, Long, Integer, Double, Short>> aggregation() {
        return new AggregatingReduceFunction<>(AGGREGATED, new int[] {1, 2, 3, 4},
                new Aggregations[] {Aggregations.SUM, Aggregations.MAX, Aggregations.MIN, Aggregations.SUM});
    }

    /** The same aggregation as a plain function, which only the object path can run. */
    private static <T extends Tuple> List<T> reference(List<T> input, AggregatingReduceFunction<T> aggregation,
                                                       TypeComparator<Object> keys, TypeSerializer<T> serializer) throws Exception {
        ReduceFunction<T> plain = (a, b) -> aggregation.reduce(a, b);
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), plain, serializer);
        return DriverTestHarness.of(new ReduceDriver.Factory<T>(config, AggregationMode.FINAL, keys, false), serializer)
                .input(0, serializer, input)
                .runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.SEQUENTIAL, false, false));
    }

    @Test
    void inPlaceSumsMinimaAndMaximaEqualTheObjectPath() throws Exception {
        for (int keyCount : new int[] {40, 4000}) {
            checkAgainstObjectPath(TYPE, input(20_000, keyCount), aggregation());
        }
    }

    /** Records of one serialized length: their aggregates are kept in the table's slots ({@code FixedLengthAggregateTable}). */
    @Test
    void fixedLengthRecordsEqualTheObjectPath() throws Exception {
        TupleTypeInfo<Tuple4<Long, Integer, Double, Short>> type = FIXED_TYPE;
        AggregatingReduceFunction<Tuple4<Long, Integer, Double, Short>> aggregation = fixedAggregation();
        for (int keyCount : new int[] {40, 40_000}) {
            SplittableRandom random = new SplittableRandom(keyCount);
            List<Tuple4<Long, Integer, Double, Short>> input = new ArrayList<>();
            for (int i = 0; i < 30_000; i++) {
                // negative keys and keys that differ only in high bytes, so that binary keys are really compared
                long key = (random.nextLong(keyCount) - keyCount / 2) * (i % 2 == 0 ? 1 : 1L << 40);
                input.add(Tuple4.of(key, random.nextInt(), random.nextDouble() - 0.5,
                        (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE)));
            }
            checkAgainstObjectPath(type, input, aggregation);
        }
    }

    /**
     * A reduce without key of a built-in aggregation keeps its one aggregate's fields as bytes: as a
     * final reduce and as a combiner, in every harness variant, it equals the plain function.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aReduceWithoutKeyEqualsThePlainFunction() throws Exception {
        TupleTypeInfo<Tuple4<Long, Integer, Double, Short>> type = FIXED_TYPE;
        // the one field not aggregated is equal everywhere, so that every schedule gives one result
        AggregatingReduceFunction<Tuple4<Long, Integer, Double, Short>> aggregation = fixedAggregation();
        ExecutionConfig executionConfig = new ExecutionConfig();
        TypeSerializer<Tuple4<Long, Integer, Double, Short>> serializer = type.createSerializer(executionConfig);
        SplittableRandom random = new SplittableRandom(5);
        List<Tuple4<Long, Integer, Double, Short>> input = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            input.add(Tuple4.of(7L, random.nextInt(), random.nextDouble() - 0.5, (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE)));
        }
        List<Tuple4<Long, Integer, Double, Short>> expected = reference(input, aggregation, null, serializer);
        assertEquals(1, expected.size());
        DriverConfig config = DriverConfig.of(executionConfig, aggregation, serializer);
        DriverTestHarness.of(new ReduceDriver.Factory<Tuple4<Long, Integer, Double, Short>>(config, AggregationMode.FINAL,
                        null, false), serializer)
                .input(0, serializer, input)
                .expectAnyOrder(expected)
                .run();
        for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
            List<Tuple4<Long, Integer, Double, Short>> partials = DriverTestHarness.of(
                            new ReduceDriver.Factory<Tuple4<Long, Integer, Double, Short>>(config, AggregationMode.COMBINE, null,
                                    false), serializer)
                    .input(0, serializer, input)
                    .runOnce(variant);
            assertEquals(expected, reference(partials, aggregation, null, serializer), "variant " + variant);
        }
    }

    /**
     * A combiner after a chained operator keeps the aggregates of its first keys as objects: as
     * copies, so that the aggregation, which writes into its first argument, never changes a record
     * the chained operator handed over; the partials add up to the result either way. Keys beyond
     * the hot keys (by count, or by bytes with keys of 1-2 KB) go to the table while the hot ones
     * stay objects: a table that never fills then emits every key once, never a key both hold.
     */
    @Test
    void aCombinerKeepsFewKeysAsObjectsAndNeverWritesIntoChainedRecords() throws Exception {
        for (int keyCount : new int[] {10, ReduceDriver.OBJECT_KEYS, 300, ReduceDriver.HOT_KEYS, 5 * ReduceDriver.HOT_KEYS, -600}) {
            List<Tuple5<String, Long, Integer, Double, Short>> input = keyCount > 0 ? input(20_000, keyCount) : longKeys(input(5_000, -keyCount));
            TypeSerializer<Tuple5<String, Long, Integer, Double, Short>> serializer = TYPE.createSerializer(new ExecutionConfig());
            List<Tuple5<String, Long, Integer, Double, Short>> copies = new ArrayList<>();
            input.forEach(record -> copies.add(serializer.copy(record)));
            combineAndCheck(input, null, keyCount + " keys");
            assertEquals(copies, input, keyCount + " keys: a chained record was written into");
        }
    }

    /**
     * Hot keys that seldom hit give way to the table after their trial: many even keys (PageRank's
     * vertices) move into it, and the partials still add up with one per key; skewed keys (a text's
     * words) stay.
     */
    @Test
    void hotKeysThatSeldomHitGiveWayToTheTableAndTheSumsStayRight() throws Exception {
        int n = 3 * ReduceDriver.HOT_KEY_TRIAL;
        List<Tuple5<String, Long, Integer, Double, Short>> skewed = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            // about a third of the records have one of 50 keys
            int k = random.nextInt(3) == 0 ? random.nextInt(50) : random.nextInt(10_000);
            skewed.add(Tuple5.of("w" + k, random.nextLong(-1_000, 1_000), random.nextInt(), random.nextDouble(), (short) k));
        }
        combineAndCheck(input(n, 10_000), false, "even keys");
        combineAndCheck(skewed, true, "skewed keys");
    }

    /**
     * Runs {@link #aggregation()} as a combiner after a chained operator over {@code records}, whose
     * table never fills: the partials must add up to the plain function's result, one per key.
     * {@code hotKeysAtEnd}, unless null, is whether the combiner still keeps hot keys at the end.
     */
    @SuppressWarnings("unchecked")
    private static void combineAndCheck(List<Tuple5<String, Long, Integer, Double, Short>> records, Boolean hotKeysAtEnd,
                                        String what) throws Exception {
        ExecutionConfig executionConfig = new ExecutionConfig();
        TypeSerializer<Tuple5<String, Long, Integer, Double, Short>> serializer = TYPE.createSerializer(executionConfig);
        TypeComparator<Object> keys = (TypeComparator<Object>) (TypeComparator<?>)
                TYPE.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        var operator = (ReduceDriver<Tuple5<String, Long, Integer, Double, Short>>) new ReduceDriver.Factory<Tuple5<String, Long, Integer, Double, Short>>(
                DriverConfig.of(executionConfig, aggregation(), serializer), AggregationMode.COMBINE, keys, false).create();
        TestOperatorContext context = new TestOperatorContext(false).asChainedOperator();
        List<Tuple5<String, Long, Integer, Double, Short>> partials = new ArrayList<>();
        operator.open(context, record -> partials.add(serializer.copy(record)));
        for (Tuple5<String, Long, Integer, Double, Short> record : records) {
            operator.processRecord(0, record);
        }
        if (hotKeysAtEnd != null) {
            assertEquals(hotKeysAtEnd, operator.keepsHotKeys(), what + ": hot keys kept");
        }
        operator.endInput(0);
        operator.close();
        context.shutdown();
        Comparator<Tuple5<String, Long, Integer, Double, Short>> byKey = Comparator.comparing(t -> t.f0);
        List<Tuple5<String, Long, Integer, Double, Short>> expected = new ArrayList<>(reference(records, aggregation(), keys, serializer));
        List<Tuple5<String, Long, Integer, Double, Short>> combined = new ArrayList<>(reference(partials, aggregation(), keys, serializer));
        expected.sort(byKey);
        combined.sort(byKey);
        assertEquals(expected, combined, what);
        assertEquals(expected.size(), partials.size(), what + ": one partial per key");
    }

    private static List<Tuple5<String, Long, Integer, Double, Short>> longKeys(List<Tuple5<String, Long, Integer, Double, Short>> records) {
        records.forEach(record -> record.f0 = record.f0 + "-".repeat(1000 + record.f0.length() * 37 % 1000));
        return records;
    }

    /**
     * Runs {@code aggregation} keyed on field 0 over {@code input} as a final reduce (every variant: in
     * memory, and in tight memory spilled and merged; the harness hands every other record over as
     * bytes, which the in-place path folds in as they are) and as a combiner in tight memory (emits
     * when full, passes records through once combining does not pay): both must give the plain
     * function's result.
     */
    @SuppressWarnings("unchecked")
    private static <T extends Tuple> void checkAgainstObjectPath(TupleTypeInfo<T> type, List<T> input,
                                                                 AggregatingReduceFunction<T> aggregation) throws Exception {
        ExecutionConfig executionConfig = new ExecutionConfig();
        TypeSerializer<T> serializer = type.createSerializer(executionConfig);
        TypeComparator<Object> keys = (TypeComparator<Object>) (TypeComparator<?>)
                type.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        List<T> expected = reference(input, aggregation, keys, serializer);
        DriverConfig config = DriverConfig.of(executionConfig, aggregation, serializer);
        DriverTestHarness<T> reduce = DriverTestHarness.of(new ReduceDriver.Factory<T>(config, AggregationMode.FINAL, keys,
                        false), serializer)
                .input(0, serializer, input)
                .expectAnyOrder(expected);
        reduce.run();
        assertTrue(reduce.recordsAsBytes() > 0, "records folded in as bytes");
        DriverTestHarness<T> combine = DriverTestHarness.of(new ReduceDriver.Factory<T>(config, AggregationMode.COMBINE, keys,
                        false), serializer)
                .input(0, serializer, input);
        List<T> partials = combine.runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.RANDOM, true, false,
                DriverTestHarness.Memory.TIGHT));
        assertTrue(combine.recordsAsBytes() > 0, "records folded in as bytes");
        Comparator<T> byKey = Comparator.comparing(t -> t.getField(0).toString());
        List<T> combined = new ArrayList<>(reference(partials, aggregation, keys, serializer));
        List<T> sortedExpected = new ArrayList<>(expected);
        combined.sort(byKey);
        sortedExpected.sort(byKey);
        assertEquals(sortedExpected, combined, "combined partials reduce to the same result");
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatesFromBytesEqualUpdatesFromObjects() throws Exception {
        TupleTypeInfo<Tuple5<String, Byte, Float, Long, Integer>> type = new TupleTypeInfo<>(BasicTypeInfo.STRING_TYPE_INFO,
                BasicTypeInfo.BYTE_TYPE_INFO, BasicTypeInfo.FLOAT_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO,
                BasicTypeInfo.INT_TYPE_INFO);
        TypeSerializer<Tuple5<String, Byte, Float, Long, Integer>> serializer = type.createSerializer(new ExecutionConfig());
        TypeInformation<?>[] aggregated = {BasicTypeInfo.BYTE_TYPE_INFO, BasicTypeInfo.FLOAT_TYPE_INFO,
            BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.INT_TYPE_INFO};
        SplittableRandom random = new SplittableRandom(5);
        for (Aggregations aggregation : Aggregations.values()) {
            InPlaceUpdater<Tuple5<String, Byte, Float, Long, Integer>> updater = new AggregatingReduceFunction<
                    Tuple5<String, Byte, Float, Long, Integer>>(aggregated, new int[] {1, 2, 3, 4},
                    new Aggregations[] {aggregation, aggregation, aggregation, aggregation})
                    .inPlaceUpdater(new int[] {-1, 1, 4, 8, 4}, 1);
            assertTrue(updater.supportsSerializedRecords());
            for (int i = 0; i < 1000; i++) {
                // extreme values too: sums wrap around, minima and maxima of negative numbers
                Tuple5<String, Byte, Float, Long, Integer> stored = Tuple5.of("k", (byte) random.nextInt(), random.nextFloat() - 0.5f,
                        i % 10 == 0 ? Long.MAX_VALUE : random.nextLong(), i % 10 == 1 ? Integer.MIN_VALUE : random.nextInt());
                Tuple5<String, Byte, Float, Long, Integer> incoming = Tuple5.of("k", (byte) random.nextInt(),
                        random.nextFloat() * 1000 - 500, random.nextLong(), random.nextInt());
                byte[] fromObject = serialized(serializer, stored);
                byte[] fromBytes = serialized(serializer, stored);
                byte[] incomingBytes = serialized(serializer, incoming);
                int keyLength = 2; // "k": length + 1, then one byte
                updater.update(incoming, MemorySegment.wrap(fromObject), keyLength);
                updater.updateSerialized(incomingBytes, keyLength, MemorySegment.wrap(fromBytes), keyLength);
                assertArrayEquals(fromObject, fromBytes, aggregation + " of " + stored + " and " + incoming);
            }
        }
    }

    private static <T> byte[] serialized(TypeSerializer<T> serializer, T record) throws java.io.IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(record, out);
        return out.toByteArray();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyLeadingKeysAndFixedSizeTailsQualify() {
        ExecutionConfig executionConfig = new ExecutionConfig();
        AggregatingReduceFunction<Tuple5<String, Long, Integer, Double, Short>> aggregation = aggregation();
        int[] lengths = {-1, 8, 4, 8, 2};
        assertNotNull(aggregation.inPlaceUpdater(lengths, 1));
        assertEquals(22, aggregation.inPlaceUpdater(lengths, 1).tailLength());
        // an aggregated field inside the key, or a variable-length field in the tail: not in place
        assertNull(aggregation.inPlaceUpdater(lengths, 2));
        assertNull(aggregation.inPlaceUpdater(new int[] {-1, 8, -1, 8, 2}, 1));
        TypeComparator<?> byLong = TYPE.createComparator(new int[] {1}, new boolean[] {true}, 0, executionConfig);
        TypeComparator<?> byString = TYPE.createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        TypeComparator<?> byDouble = new TupleTypeInfo<io.eddy.api.tuple.Tuple2<Double, Long>>(BasicTypeInfo.DOUBLE_TYPE_INFO,
                BasicTypeInfo.LONG_TYPE_INFO).createComparator(new int[] {0}, new boolean[] {true}, 0, executionConfig);
        assertEquals(false, byLong.supportsBinaryKeyPrefix(), "a key that is not the leading field");
        assertEquals(true, byString.supportsBinaryKeyPrefix());
        assertEquals(false, byDouble.supportsBinaryKeyPrefix(), "doubles have several encodings of equal values");
    }
}
