package io.eddy.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregators.ConvergenceCriterion;
import io.eddy.api.aggregators.LongSumAggregator;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.LongValue;
import io.eddy.api.configuration.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bulk iterations end to end: the loop runs inside the dataflow, superstep numbers and aggregators
 * reach user functions, each termination rule stops at the right superstep, broadcast sets inside
 * the loop are re-read every superstep, and results do not depend on the parallelism.
 */
@Timeout(120)
class BulkIterationTest {

    private static List<Long> numbers(int n) {
        List<Long> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    /** Adds the superstep number, counts records in aggregator "records", remembers the last aggregate seen. */
    static final class AddSuperstep extends RichMapFunction<Long, Long> {
        @Override
        public Long map(Long value) {
            LongSumAggregator records = getIterationRuntimeContext().getIterationAggregator("records");
            records.aggregate(1);
            return value + getIterationRuntimeContext().getSuperstepNumber();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void theLoopRunsItsSuperstepsAndUserFunctionsSeeTheirNumber(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        IterativeDataSet<Long> loop = env.fromCollection(numbers(1000)).iterate(5);
        loop.registerAggregator("records", new LongSumAggregator());
        List<Long> result = loop.closeWith(loop.map(new AddSuperstep())).collect();
        // 1 + 2 + 3 + 4 + 5 added to every number
        List<Long> expected = new ArrayList<>();
        numbers(1000).forEach(v -> expected.add(v + 15));
        result.sort(null);
        assertEquals(expected, result);
    }

    /** Stops when the previous superstep's count of records above 100 is zero. */
    static final class NoneAbove implements ConvergenceCriterion<LongValue> {
        @Override
        public boolean isConverged(int iteration, LongValue value) {
            return value.getValue() == 0;
        }
    }

    /** Halves every value and counts those still above 100. */
    static final class Halve extends RichMapFunction<Long, Long> {
        private LongSumAggregator above;

        @Override
        public void open(Configuration parameters) {
            above = getIterationRuntimeContext().getIterationAggregator("above");
        }

        @Override
        public Long map(Long value) {
            long half = value / 2;
            if (half > 100) {
                above.aggregate(1);
            }
            return half;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theConvergenceCriterionReadsTheMergedAggregate(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        IterativeDataSet<Long> loop = env.fromElements(100_000L, 5_000L, 7L).iterate(100);
        loop.registerAggregationConvergenceCriterion("above", new LongSumAggregator(), new NoneAbove());
        List<Long> result = loop.closeWith(loop.map(new Halve())).collect();
        // 100000 halves to 97 after 10 supersteps; superstep 10 is the first with nothing above 100
        result.sort(null);
        assertEquals(List.of(0L, 4L, 97L), result);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void anEmptyTerminationCriterionEndsTheLoop(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        IterativeDataSet<Long> loop = env.fromCollection(numbers(50)).iterate(1000);
        DataSet<Long> next = loop.map(v -> Math.max(0, v - 1));
        List<Long> result = loop.closeWith(next, next.filter(v -> v > 0)).collect();
        assertEquals(50, result.size());
        assertTrue(result.stream().allMatch(v -> v == 0), "every value counted down to 0: " + result);
    }

    /** Adds the sum of the broadcast set "offsets" (re-read every superstep) to every value. */
    static final class AddOffsets extends RichMapFunction<Long, Long> {
        private long offset;

        @Override
        public void open(Configuration parameters) {
            offset = 0;
            for (Long o : getRuntimeContext().<Long>getBroadcastVariable("offsets")) {
                offset += o;
            }
        }

        @Override
        public Long map(Long value) {
            return value + offset;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void broadcastSetsAndLoopInvariantInputsAreReadEverySuperstep(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Long> offsets = env.fromElements(1L, 2L, 3L);
        DataSet<Tuple2<Long, Long>> table = env.fromCollection(List.of(Tuple2.of(0L, 10L), Tuple2.of(1L, 20L)));
        // the loop's partial solution is the broadcast set of a map over a loop-invariant input
        IterativeDataSet<Long> loop = offsets.iterate(3);
        DataSet<Long> doubled = loop.map(v -> v * 2);
        DataSet<Long> looked = table.map(new RichMapFunction<Tuple2<Long, Long>, Long>() {
            private List<Long> current;

            @Override
            public void open(Configuration parameters) {
                current = getRuntimeContext().getBroadcastVariable("loop");
            }

            @Override
            public Long map(Tuple2<Long, Long> row) {
                return row.f1 + current.stream().mapToLong(Long::longValue).sum();
            }
        }).withBroadcastSet(loop, "loop");
        List<Long> result = loop.closeWith(doubled.union(looked.filter(v -> false))).collect();
        result.sort(null);
        // three doublings of 1, 2, 3
        assertEquals(List.of(8L, 16L, 24L), result);
        // and a static input joined inside a loop with a broadcast offset
        IterativeDataSet<Long> second = env.fromElements(0L, 100L).iterate(4);
        List<Long> shifted = second.closeWith(second.map(new AddOffsets()).withBroadcastSet(offsets, "offsets")).collect();
        shifted.sort(null);
        assertEquals(List.of(24L, 124L), shifted);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void groupingAndJoiningInsideTheLoopGiveTheSameResultAtEveryParallelism(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (long i = 0; i < 200; i++) {
            edges.add(Tuple2.of(i, (i * 7 + 3) % 200));
            edges.add(Tuple2.of(i, (i * 13 + 1) % 200));
        }
        List<Tuple2<Long, Long>> start = new ArrayList<>();
        for (long i = 0; i < 200; i++) {
            start.add(Tuple2.of(i, 1L));
        }
        IterativeDataSet<Tuple2<Long, Long>> loop = env.fromCollection(start).iterate(6);
        DataSet<Tuple2<Long, Long>> next = loop.join(env.fromCollection(edges)).where(0).equalTo(0)
                .with((v, e) -> Tuple2.of(e.f1, v.f1 % 1_000_003))
                .returns(loop.getType())
                .groupBy(0).sum(1);
        Map<Long, Long> actual = new TreeMap<>();
        loop.closeWith(next).collect().forEach(t -> actual.put(t.f0, t.f1));
        // the same walk in plain Java
        Map<Long, Long> expected = new TreeMap<>();
        start.forEach(t -> expected.put(t.f0, t.f1));
        for (int step = 0; step < 6; step++) {
            Map<Long, Long> sums = new TreeMap<>();
            for (Tuple2<Long, Long> e : edges) {
                Long v = expected.get(e.f0);
                if (v != null) {
                    sums.merge(e.f1, v % 1_000_003, Long::sum);
                }
            }
            expected.clear();
            expected.putAll(sums);
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aUserExceptionInSuperstepFiveFailsTheJob(int parallelism) {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        IterativeDataSet<Long> loop = env.fromCollection(numbers(100)).iterate(10);
        DataSet<Long> next = loop.map(new RichMapFunction<Long, Long>() {
            @Override
            public Long map(Long value) {
                if (getIterationRuntimeContext().getSuperstepNumber() == 5) {
                    throw new ArithmeticException("failing in superstep 5");
                }
                return value + 1;
            }
        });
        Exception e = assertThrows(Exception.class, () -> loop.closeWith(next).collect());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof ArithmeticException && root.getMessage().contains("superstep 5"), String.valueOf(e));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aLoopInvariantBuildSideIsHashedOnceAndProbedEverySuperstepEvenWhenItSpills(int parallelism,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path spillDir) throws Exception {
        Configuration conf = smallPagesConf(256 * parallelism, spillDir);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        // 60,000 loop-invariant rows (about 2 MB) against a few hundred KB of managed memory
        List<Tuple2<Long, Long>> table = invariantTable();
        List<Long> keys = numbers(50);
        cachedJoinLoop(env, keys, table).output(new io.eddy.api.io.DiscardingOutputFormat<>());
        String plan = env.getExecutionPlan();
        assertTrue(plan.contains("cached"), "the join builds its loop-invariant side once: " + plan);
        env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        List<Long> result = cachedJoinLoop(env, keys, table).collect();
        result.sort(null);
        assertEquals(cachedJoinLoopInPlainJava(keys, table), result);
    }

    /** Managed memory of {@code kilobytes} in pages of 4 KB, spilling to {@code spillDir}. */
    private static Configuration smallPagesConf(int kilobytes, java.nio.file.Path spillDir) {
        Configuration conf = new Configuration();
        conf.setString(io.eddy.api.configuration.TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), kilobytes + "kb");
        conf.setString(io.eddy.api.configuration.TaskManagerOptions.MEMORY_SEGMENT_SIZE.key(), "4kb");
        conf.set(io.eddy.api.configuration.CoreOptions.TMP_DIRS, spillDir.toString());
        return conf;
    }

    /** The loop-invariant side of {@link #cachedJoinLoop}: 60,000 rows over 20,000 keys. */
    private static List<Tuple2<Long, Long>> invariantTable() {
        List<Tuple2<Long, Long>> table = new ArrayList<>();
        for (long i = 0; i < 60_000; i++) {
            table.add(Tuple2.of(i % 20_000, i));
        }
        return table;
    }

    /** What {@link #cachedJoinLoop} computes, in plain Java; sorted. */
    private static List<Long> cachedJoinLoopInPlainJava(List<Long> keys, List<Tuple2<Long, Long>> table) {
        List<Long> current = new ArrayList<>(keys);
        for (int step = 0; step < 4; step++) {
            Map<Long, Long> max = new TreeMap<>();
            for (long v : current) {
                for (Tuple2<Long, Long> row : table) {
                    if (row.f0 == v % 20_000) {
                        long joined = v + (row.f1 % 2 == 0 ? 1 : 0);
                        max.merge(joined / 1000, joined, Math::max);
                    }
                }
            }
            current = new ArrayList<>();
            for (long v : max.values()) {
                for (long i = 0; i < 50; i++) {
                    current.add(v - v % 1000 + i * 7);
                }
            }
        }
        current.sort(null);
        return current;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aSpilledLoopInvariantBuildSideComesBackIntoTheMemoryOfOperatorsThatEndedBeforeTheLoop(int parallelism,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path spillDir) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(smallPagesConf(4096 * parallelism, spillDir));
        env.setParallelism(parallelism);
        List<Tuple2<Long, Long>> table = invariantTable();
        // the distinct before the loop has memory shares of its own; once its tasks have ended, the
        // cached join reads spilled partitions back into them from the second superstep on
        List<Long> result = cachedJoinLoop(env, numbers(50), env.fromCollection(table).union(env.fromCollection(table)).distinct())
                .collect();
        result.sort(null);
        assertEquals(cachedJoinLoopInPlainJava(numbers(50), table), result);
    }

    private static DataSet<Long> cachedJoinLoop(ExecutionEnvironment env, List<Long> keys, List<Tuple2<Long, Long>> table) {
        return cachedJoinLoop(env, keys, env.fromCollection(table));
    }

    private static DataSet<Long> cachedJoinLoop(ExecutionEnvironment env, List<Long> keys, DataSet<Tuple2<Long, Long>> invariant) {
        IterativeDataSet<Long> loop = env.fromCollection(keys).iterate(4);
        DataSet<Long> next = loop.join(invariant).where(v -> v % 20_000).equalTo(0)
                .with((v, row) -> v + (row.f1 % 2 == 0 ? 1 : 0))
                .returns(Long.class)
                .groupBy(v -> v / 1000).reduce(Math::max)
                .flatMap((Long v, io.eddy.api.functions.Collector<Long> out) -> {
                    for (long i = 0; i < 50; i++) {
                        out.collect(v - v % 1000 + i * 7);
                    }
                }).returns(Long.class);
        return loop.closeWith(next);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theStepFunctionMayJoinWithTheDataTheLoopStartedFrom(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Tuple2<Long, Long>> edges = env.fromElements(Tuple2.of(1L, 2L), Tuple2.of(2L, 3L), Tuple2.of(3L, 4L));
        IterativeDataSet<Tuple2<Long, Long>> paths = edges.iterate(2);
        DataSet<Tuple2<Long, Long>> next = paths.join(edges).where(1).equalTo(0)
                .with((p, e) -> Tuple2.of(p.f0, e.f1)).returns(edges.getType());
        List<Tuple2<Long, Long>> result = paths.closeWith(next).collect();
        // two steps along the edges from every edge: only 1 -> 4 remains
        assertEquals(List.of(Tuple2.of(1L, 4L)), result);
    }
}
