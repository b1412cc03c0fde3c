package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole programs through plan, compiler and the embedded cluster, at parallelism 1 and 4. */
class DataSetEndToEndTest {

    record Word(String word, long count) {}

    static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String w : line.toLowerCase().split("\\W+")) {
                if (!w.isEmpty()) {
                    out.collect(new Tuple2<>(w, 1));
                }
            }
        }
    }

    /** Emits one reused tuple per key, modified between emissions, as Flink allows without object reuse. */
    static final class ReusingPairs implements FlatMapFunction<Long, Tuple2<Long, Long>> {
        private final Tuple2<Long, Long> reused = new Tuple2<>();

        @Override
        public void flatMap(Long i, Collector<Tuple2<Long, Long>> out) {
            for (long k = 0; k < 3; k++) {
                reused.f0 = (i * 7 + k) % 1000;
                reused.f1 = 1L;
                out.collect(reused);
            }
        }
    }

    static final class ScaleByBroadcast extends RichMapFunction<Tuple3<Integer, Integer, String>, Integer> {
        private int factor;

        @Override
        public void open(Configuration parameters) {
            factor = getRuntimeContext().<Integer>getBroadcastVariable("factor").get(0);
        }

        @Override
        public Integer map(Tuple3<Integer, Integer, String> value) {
            return value.f1 * factor;
        }
    }

    static final class Concatenate implements GroupReduceFunction<Tuple3<Integer, Integer, String>, String> {
        @Override
        public void reduce(Iterable<Tuple3<Integer, Integer, String>> values, Collector<String> out) {
            StringBuilder sb = new StringBuilder();
            values.forEach(v -> sb.append(v.f2));
            out.collect(sb.toString());
        }
    }

    private static final String[] LINES = {
        "To be, or not to be, that is the question:",
        "Whether 'tis nobler in the mind to suffer",
        "The slings and arrows of outrageous fortune,",
        "Or to take arms against a sea of troubles"};

    private static Map<String, Integer> expectedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : LINES) {
            for (String w : line.toLowerCase().split("\\W+")) {
                if (!w.isEmpty()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void wordCountWithTuples(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        List<Tuple2<String, Integer>> result = env.fromElements(LINES).flatMap(new Tokenizer()).groupBy(0).sum(1).collect();
        Map<String, Integer> actual = new TreeMap<>();
        result.forEach(t -> actual.put(t.f0, t.f1));
        assertEquals(expectedCounts(), actual);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void chainedAggregationsAndJoinsCopeWithAFunctionThatReusesItsOutputObject(int parallelism) throws Exception {
        // the combiner after the flat map and a join probing with its records must not keep the object
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<Long, Long>> pairs = env.generateSequence(0, 9_999).flatMap(new ReusingPairs());
        Map<Long, Long> counts = new TreeMap<>();
        for (Tuple2<Long, Long> t : pairs.groupBy(0).sum(1).collect()) {
            counts.put(t.f0, t.f1);
        }
        Map<Long, Long> expected = new TreeMap<>();
        for (long i = 0; i < 10_000; i++) {
            for (long k = 0; k < 3; k++) {
                expected.merge((i * 7 + k) % 1000, 1L, Long::sum);
            }
        }
        assertEquals(expected, counts);

        DataSet<Tuple2<Long, Long>> keys = env.generateSequence(0, 999).map(k -> Tuple2.of(k, k * 10))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        List<Tuple2<Long, Long>> joined = pairs.join(keys, JoinHint.BROADCAST_HASH_SECOND).where(0).equalTo(0)
                .with((p, k) -> Tuple2.of(p.f0, k.f1))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {})
                .collect();
        assertTrue(joined.stream().allMatch(t -> t.f1 == t.f0 * 10), "a join matched a record that had changed");
        Map<Long, Long> joinedCounts = new TreeMap<>();
        joined.forEach(t -> joinedCounts.merge(t.f0, 1L, Long::sum));
        assertEquals(expected, joinedCounts, "every pair joined once");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void wordCountWithRecordsAndLambdas(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        List<Word> result = env.fromElements(LINES)
                .flatMap((String line, Collector<Word> out) -> {
                    for (String w : line.toLowerCase().split("\\W+")) {
                        if (!w.isEmpty()) {
                            out.collect(new Word(w, 1));
                        }
                    }
                })
                .returns(Word.class)
                .groupBy("word")
                .reduce((a, b) -> new Word(a.word(), a.count() + b.count()))
                .collect();
        Map<String, Integer> actual = new TreeMap<>();
        result.forEach(w -> actual.put(w.word(), (int) w.count()));
        assertEquals(expectedCounts(), actual);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void joinAggregateAndSort(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<Long, String>> customers = env.generateSequence(0, 99).map(i -> new Tuple2<>(i, "segment" + (i % 3)))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, String>>() {});
        DataSet<Tuple2<Long, Double>> orders = env.generateSequence(0, 9_999).map(i -> new Tuple2<>(i % 100, 1.0))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Double>>() {});
        for (JoinHint hint : new JoinHint[] {JoinHint.OPTIMIZER_CHOOSES, JoinHint.BROADCAST_HASH_SECOND,
                JoinHint.BROADCAST_HASH_FIRST, JoinHint.REPARTITION_HASH_FIRST}) {
            List<Tuple2<String, Double>> result = orders.join(customers, hint).where(0).equalTo(0)
                    .projectSecond(1).projectFirst(1)
                    .<Tuple2<String, Double>>types(String.class, Double.class)
                    .groupBy(0).aggregate(Aggregations.SUM, 1)
                    .collect();
            Map<String, Double> actual = result.stream().collect(Collectors.toMap(t -> t.f0, t -> t.f1));
            assertEquals(Map.of("segment0", 3400.0, "segment1", 3300.0, "segment2", 3300.0), actual, hint.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void outerJoinsCoGroupCrossUnionDistinct(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<Integer, String>> left = env.fromElements(Tuple2.of(1, "a"), Tuple2.of(2, "b"), Tuple2.of(3, "c"));
        DataSet<Tuple2<Integer, String>> right = env.fromElements(Tuple2.of(2, "x"), Tuple2.of(3, "y"), Tuple2.of(4, "z"));
        List<String> full = left.fullOuterJoin(right).where(0).equalTo(0)
                .with((Tuple2<Integer, String> l, Tuple2<Integer, String> r) -> (l == null ? "-" : l.f1) + (r == null ? "-" : r.f1))
                .returns(String.class).collect();
        assertEquals(List.of("-z", "a-", "bx", "cy"), full.stream().sorted().toList());

        List<Tuple2<Integer, Integer>> cogrouped = left.coGroup(right).where(0).equalTo(0)
                .with((Iterable<Tuple2<Integer, String>> a, Iterable<Tuple2<Integer, String>> b, Collector<Tuple2<Integer, Integer>> out) -> {
                    int na = 0;
                    int nb = 0;
                    for (Tuple2<Integer, String> x : a) {
                        na++;
                    }
                    for (Tuple2<Integer, String> y : b) {
                        nb++;
                    }
                    out.collect(Tuple2.of(na, nb));
                })
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Integer, Integer>>() {}).collect();
        assertEquals(4, cogrouped.size());

        assertEquals(9, left.cross(right).count());
        assertEquals(6, left.union(right).count());
        assertEquals(4, left.union(right).distinct(0).count());
        assertEquals(List.of(1, 2, 3), left.union(left).map(t -> t.f0).distinct().collect().stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void sortedGroupsFirstNAndBroadcastSets(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple3<Integer, Integer, String>> data = env.fromElements(
                Tuple3.of(1, 5, "a"), Tuple3.of(1, 3, "b"), Tuple3.of(1, 9, "c"), Tuple3.of(2, 1, "d"), Tuple3.of(2, 2, "e"));
        List<String> firsts = data.groupBy(0).sortGroup(1, Order.DESCENDING).first(2).map(t -> t.f2).collect();
        assertEquals(List.of("a", "c", "d", "e"), firsts.stream().sorted().toList());

        DataSet<Integer> factor = env.fromElements(10);
        List<Integer> scaled = data.map(new ScaleByBroadcast()).withBroadcastSet(factor, "factor").collect();
        assertEquals(List.of(10, 20, 30, 50, 90), scaled.stream().sorted().toList());

        List<String> concatenated = data.groupBy(0).sortGroup(1, Order.ASCENDING)
                .reduceGroup(new Concatenate()).collect();
        assertEquals(List.of("bac", "de"), concatenated.stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void partitioningAndSortPartition(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Long> numbers = env.generateSequence(1, 1000);
        assertEquals(1000, numbers.rebalance().count());
        assertEquals(1000, numbers.map(x -> Tuple2.of(x % 7, x)).returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {})
                .partitionByHash(0).count());
        List<Long> sorted = numbers.partitionByRange(x -> x).sortPartition(x -> x, Order.ASCENDING)
                .mapPartition((Iterable<Long> values, Collector<Long> out) -> {
                    long previous = Long.MIN_VALUE;
                    for (long v : values) {
                        if (v < previous) {
                            throw new IllegalStateException("partition not sorted");
                        }
                        previous = v;
                        out.collect(v);
                    }
                }).returns(Long.class).collect();
        assertEquals(LongStream.rangeClosed(1, 1000).boxed().toList(), sorted.stream().sorted().toList());
        Tuple2<Long, Long> max = numbers.map(x -> Tuple2.of(x % 10, x)).returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {})
                .maxBy(1).collect().get(0);
        assertEquals(Tuple2.of(0L, 1000L), max);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void userFunctionFailureNamesOperatorAndCause(int parallelism) {
        ExecutionEnvironment env = env(parallelism);
        Exception e = assertThrows(Exception.class, () -> env.generateSequence(1, 100)
                .map(x -> {
                    if (x == 42) {
                        throw new IllegalArgumentException("bad record 42");
                    }
                    return x;
                }).name("explode").collect());
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(t.getMessage());
        }
        String all = String.join(" | ", messages);
        assertTrue(all.contains("explode"), all);
        assertTrue(all.contains("bad record 42"), all);
    }
}
