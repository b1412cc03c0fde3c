package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.api.functions.Collector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Sorting drivers and the hash joins' build sides, with tuple keys that lead the record, take records
 * as bytes (the harness hands over every other record that way, as a task does with records from the
 * network) and give the same results; keys elsewhere in the record keep records as objects.
 */
class SerializedInputDriversTest {

    private static final ExecutionConfig CONFIG = new ExecutionConfig();
    private static final TupleTypeInfo<Tuple2<Long, String>> TYPE =
            new TupleTypeInfo<>(BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.STRING_TYPE_INFO);
    private static final TypeSerializer<Tuple2<Long, String>> SERIALIZER = TYPE.createSerializer(CONFIG);

    private static List<Tuple2<Long, String>> records() {
        SplittableRandom random = new SplittableRandom(7);
        List<Tuple2<Long, String>> records = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            records.add(Tuple2.of((long) random.nextInt(-300, 300), "v" + random.nextInt(1000) + "\u00e9".repeat(i % 3)));
        }
        return records;
    }

    private static TypeComparator<Tuple2<Long, String>> byField(int field, boolean ascending) {
        return TYPE.createComparator(new int[] {field}, new boolean[] {ascending}, 0, CONFIG);
    }

    @Test
    void sortPartitionTakesBytesWhenItsKeyLeadsTheRecord() throws Exception {
        List<Tuple2<Long, String>> input = records();
        DriverConfig config = DriverConfig.of(CONFIG, null, SERIALIZER);
        for (int field : new int[] {0, 1}) {
            DriverTestHarness<Tuple2<Long, String>> harness = DriverTestHarness.of(
                    new SortPartitionDriver.Factory<Tuple2<Long, String>>(config, byField(field, false)), SERIALIZER)
                    .input(0, SERIALIZER, input);
            Comparator<Tuple2<Long, String>> order = field == 0
                    ? Comparator.comparing((Tuple2<Long, String> t) -> t.f0).reversed()
                    : Comparator.comparing((Tuple2<Long, String> t) -> t.f1).reversed();
            for (Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<Long, String>> out = harness.runOnce(variant);
                assertEquals(input.size(), out.size());
                for (int i = 1; i < out.size(); i++) {
                    assertTrue(order.compare(out.get(i - 1), out.get(i)) <= 0, "out of order at " + i + " in " + variant);
                }
                List<Tuple2<Long, String>> sortedIn = new ArrayList<>(input);
                List<Tuple2<Long, String>> sortedOut = new ArrayList<>(out);
                Comparator<Tuple2<Long, String>> all = Comparator.comparing((Tuple2<Long, String> t) -> t.f0).thenComparing(t -> t.f1);
                sortedIn.sort(all);
                sortedOut.sort(all);
                assertEquals(sortedIn, sortedOut, "the records themselves in " + variant);
            }
            if (field == 0) {
                assertTrue(harness.recordsAsBytes() > 0, "records went in as bytes");
            } else {
                assertEquals(0, harness.recordsAsBytes(), "a key after a string cannot be read off the bytes");
            }
        }
    }

    /** (key, number of values, total length of the values). */
    public static final class Summarize implements GroupReduceFunction<Tuple2<Long, String>, Tuple2<Long, String>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, String>> values, Collector<Tuple2<Long, String>> out) {
            long key = 0;
            int count = 0;
            int length = 0;
            for (Tuple2<Long, String> value : values) {
                key = value.f0;
                count++;
                length += value.f1.length();
            }
            out.collect(Tuple2.of(key, count + "/" + length));
        }
    }

    public static final class Concatenate implements ReduceFunction<Tuple2<Long, String>> {
        @Override
        public Tuple2<Long, String> reduce(Tuple2<Long, String> a, Tuple2<Long, String> b) {
            // order-independent: keep the smaller value
            return Tuple2.of(a.f0, a.f1.compareTo(b.f1) <= 0 ? a.f1 : b.f1);
        }
    }

    @Test
    void groupReduceAndSortedReduceOfCompleteGroupsTakeBytes() throws Exception {
        List<Tuple2<Long, String>> input = records();
        Map<Long, int[]> groups = new TreeMap<>();
        Map<Long, String> smallest = new TreeMap<>();
        for (Tuple2<Long, String> t : input) {
            int[] g = groups.computeIfAbsent(t.f0, k -> new int[2]);
            g[0]++;
            g[1] += t.f1.length();
            smallest.merge(t.f0, t.f1, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Tuple2<Long, String>> expectedGroups = new ArrayList<>();
        groups.forEach((k, g) -> expectedGroups.add(Tuple2.of(k, g[0] + "/" + g[1])));
        DriverTestHarness<Tuple2<Long, String>> groupReduce = DriverTestHarness.of(
                new GroupReduceDriver.Factory<Tuple2<Long, String>>(DriverConfig.of(CONFIG, new Summarize(), SERIALIZER),
                        AggregationMode.FINAL, byField(0, true), null), SERIALIZER)
                .input(0, SERIALIZER, input)
                .expectAnyOrder(expectedGroups);
        groupReduce.run();
        assertTrue(groupReduce.recordsAsBytes() > 0);

        List<Tuple2<Long, String>> expectedSmallest = new ArrayList<>();
        smallest.forEach((k, v) -> expectedSmallest.add(Tuple2.of(k, v)));
        DriverTestHarness<Tuple2<Long, String>> reduce = DriverTestHarness.of(
                new ReduceDriver.Factory<Tuple2<Long, String>>(DriverConfig.of(CONFIG, new Concatenate(), SERIALIZER),
                        AggregationMode.FINAL, byField(0, true), true), SERIALIZER)
                .input(0, SERIALIZER, input)
                .expectAnyOrder(expectedSmallest);
        reduce.run();
        assertTrue(reduce.recordsAsBytes() > 0);

        // a hash aggregation over keys too distinct for its table sorts the rest of its input, taking bytes
        List<Tuple2<Long, String>> distinct = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            distinct.add(Tuple2.of((long) (i % 10_000) * 7919, "x" + i % 10));
        }
        Map<Long, String> smallestOfDistinct = new TreeMap<>();
        for (Tuple2<Long, String> t : distinct) {
            smallestOfDistinct.merge(t.f0, t.f1, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Tuple2<Long, String>> expectedDistinct = new ArrayList<>();
        smallestOfDistinct.forEach((k, v) -> expectedDistinct.add(Tuple2.of(k, v)));
        DriverTestHarness<Tuple2<Long, String>> hash = DriverTestHarness.of(
                new ReduceDriver.Factory<Tuple2<Long, String>>(DriverConfig.of(CONFIG, new Concatenate(), SERIALIZER),
                        AggregationMode.FINAL, byField(0, true), false), SERIALIZER)
                .input(0, SERIALIZER, distinct)
                .expectAnyOrder(expectedDistinct);
        hash.run();
        assertTrue(hash.recordsAsBytes() > 0);

        // a combiner's sorter fills up and is drained in between: objects only
        DriverTestHarness<Tuple2<Long, String>> combine = DriverTestHarness.of(
                new ReduceDriver.Factory<Tuple2<Long, String>>(DriverConfig.of(CONFIG, new Concatenate(), SERIALIZER),
                        AggregationMode.COMBINE, byField(0, true), true), SERIALIZER)
                .input(0, SERIALIZER, input);
        combine.runOnce(DriverTestHarness.allVariants().get(0));
        assertEquals(0, combine.recordsAsBytes());
    }

    /** Emits (key, "left|right") with "-" for a missing side. */
    public static final class Pair implements FlatJoinFunction<Tuple2<Long, String>, Tuple2<Long, String>, Tuple2<Long, String>> {
        @Override
        public void join(Tuple2<Long, String> left, Tuple2<Long, String> right, Collector<Tuple2<Long, String>> out) {
            out.collect(Tuple2.of(left != null ? left.f0 : right.f0,
                    (left == null ? "-" : left.f1) + "|" + (right == null ? "-" : right.f1)));
        }
    }

    private static List<Tuple2<Long, String>> joinReference(List<Tuple2<Long, String>> first,
            List<Tuple2<Long, String>> second, int field, OuterJoinType type) {
        List<Tuple2<Long, String>> result = new ArrayList<>();
        boolean[] secondMatched = new boolean[second.size()];
        for (Tuple2<Long, String> l : first) {
            boolean matched = false;
            for (int i = 0; i < second.size(); i++) {
                Tuple2<Long, String> r = second.get(i);
                if (l.getField(field).equals(r.getField(field))) {
                    matched = true;
                    secondMatched[i] = true;
                    result.add(Tuple2.of(l.f0, l.f1 + "|" + r.f1));
                }
            }
            if (!matched && type != null && type.preserves(0)) {
                result.add(Tuple2.of(l.f0, l.f1 + "|-"));
            }
        }
        for (int i = 0; type != null && type.preserves(1) && i < second.size(); i++) {
            if (!secondMatched[i]) {
                result.add(Tuple2.of(second.get(i).f0, "-|" + second.get(i).f1));
            }
        }
        return result;
    }

    @Test
    void hashJoinsTakeBuildRecordsAsBytesWhenTheKeyLeadsTheRecord() throws Exception {
        // enough records with non-ASCII values that the tight memory variants spill and re-partition
        SplittableRandom random = new SplittableRandom(11);
        List<Tuple2<Long, String>> first = new ArrayList<>();
        List<Tuple2<Long, String>> second = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            first.add(Tuple2.of((long) random.nextInt(-400, 400), "a" + random.nextInt(50) + "\u00e9".repeat(i % 2) + ".".repeat(20)));
            second.add(Tuple2.of((long) random.nextInt(-400, 400), "b" + random.nextInt(50)));
        }
        DriverConfig config = DriverConfig.of(CONFIG, new Pair(), SERIALIZER, SERIALIZER);
        for (int field : new int[] {0, 1}) {
            for (BuildSide side : BuildSide.values()) {
                DriverTestHarness<Tuple2<Long, String>> inner = DriverTestHarness.of(
                        new JoinDriver.Factory<Tuple2<Long, String>>(config, byField(field, true), byField(field, true), side),
                        SERIALIZER)
                        .input(0, SERIALIZER, first)
                        .input(1, SERIALIZER, second)
                        .expectAnyOrder(joinReference(first, second, field, null));
                inner.run();
                long asBytes = inner.recordsAsBytes();
                for (OuterJoinType type : OuterJoinType.values()) {
                    DriverTestHarness<Tuple2<Long, String>> outer = DriverTestHarness.of(
                            new OuterJoinDriver.Factory<Tuple2<Long, String>>(config, type, byField(field, true),
                                    byField(field, true), side), SERIALIZER)
                            .input(0, SERIALIZER, first)
                            .input(1, SERIALIZER, second)
                            .expectAnyOrder(joinReference(first, second, field, type));
                    outer.run();
                    asBytes += outer.recordsAsBytes();
                }
                if (field == 0) {
                    assertTrue(asBytes > 0, "build records went in as bytes, " + side);
                } else {
                    assertEquals(0, asBytes, "a key after a string cannot be hashed off the bytes, " + side);
                }
            }
        }
    }
}
