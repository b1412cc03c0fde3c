package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.configuration.CoreOptions;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole programs whose groups, sorts and co-groups are many times larger than the managed memory
 * (256 KiB per slot of 4 KiB pages), including a key that holds half of all records: results must
 * be exact, and no spill file may survive the job.
 */
class OutOfCoreEndToEndTest {

    @TempDir
    Path spillDir;

    private ExecutionEnvironment environment(int parallelism) {
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), (256 * parallelism) + "kb");
        conf.setString(TaskManagerOptions.MEMORY_SEGMENT_SIZE.key(), "4kb");
        conf.set(CoreOptions.TMP_DIRS, spillDir.toString());
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    /** Key of record {@code i}: key 0 for every even record (half of all), else one of 5000 others. */
    private static long skewedKey(long i) {
        return i % 2 == 0 ? 0 : 1 + (i * 7919) % 5000;
    }

    private void assertNoSpillFilesLeft() throws Exception {
        try (Stream<Path> files = Files.walk(spillDir)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertTrue(left.isEmpty(), "spill files left: " + left);
        }
    }

    static final class CountAndSum implements GroupReduceFunction<Tuple2<Long, String>, Tuple3<Long, Long, Long>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, String>> values, Collector<Tuple3<Long, Long, Long>> out) {
            long key = -1;
            long count = 0;
            long length = 0;
            for (Tuple2<Long, String> v : values) {
                key = v.f0;
                count++;
                length += v.f1.length();
            }
            out.collect(Tuple3.of(key, count, length));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void groupReduceOverSkewedGroupsLargerThanMemory(int parallelism) throws Exception {
        long n = 200_000;
        ExecutionEnvironment env = environment(parallelism);
        List<Tuple3<Long, Long, Long>> result = env.generateSequence(0, n - 1)
                .map(i -> Tuple2.of(skewedKey(i), "payload-" + i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, String>>() {})
                .groupBy(0)
                .reduceGroup(new CountAndSum())
                .collect();
        Map<Long, long[]> expected = new TreeMap<>();
        for (long i = 0; i < n; i++) {
            long[] e = expected.computeIfAbsent(skewedKey(i), k -> new long[2]);
            e[0]++;
            e[1] += ("payload-" + i).length();
        }
        assertEquals(expected.size(), result.size());
        for (Tuple3<Long, Long, Long> r : result) {
            long[] e = expected.get(r.f0);
            assertEquals(e[0], r.f1, "count of key " + r.f0);
            assertEquals(e[1], r.f2, "length of key " + r.f0);
        }
        assertEquals(n / 2, expected.get(0L)[0]);
        assertNoSpillFilesLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void sortPartitionAndSortedGroupsLargerThanMemory(int parallelism) throws Exception {
        long n = 150_000;
        ExecutionEnvironment env = environment(parallelism);
        List<Long> sorted = env.generateSequence(0, n - 1)
                .map(i -> (i * 104_729) % n)
                .sortPartition(x -> x, Order.DESCENDING)
                .mapPartition((Iterable<Long> values, Collector<Long> out) -> {
                    long previous = Long.MAX_VALUE;
                    for (long v : values) {
                        if (v > previous) {
                            throw new IllegalStateException("partition not sorted: " + v + " after " + previous);
                        }
                        previous = v;
                        out.collect(v);
                    }
                })
                .returns(Long.class)
                .collect();
        assertEquals(n, sorted.size());
        assertEquals(n * (n - 1) / 2, sorted.stream().mapToLong(Long::longValue).sum());
        assertNoSpillFilesLeft();
    }

    static final class CountBothSides
            implements CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> first, Iterable<Tuple2<Long, Long>> second,
                            Collector<Tuple3<Long, Long, Long>> out) {
            long key = -1;
            long a = 0;
            long b = 0;
            for (Tuple2<Long, Long> t : first) {
                key = t.f0;
                a++;
            }
            for (Tuple2<Long, Long> t : second) {
                key = t.f0;
                b++;
            }
            out.collect(Tuple3.of(key, a, b));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void coGroupOfSkewedInputsLargerThanMemory(int parallelism) throws Exception {
        long n = 120_000;
        ExecutionEnvironment env = environment(parallelism);
        DataSet<Tuple2<Long, Long>> left = env.generateSequence(0, n - 1).map(i -> Tuple2.of(skewedKey(i), i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        DataSet<Tuple2<Long, Long>> right = env.generateSequence(0, n / 2 - 1).map(i -> Tuple2.of(skewedKey(i * 3), 1L))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        List<Tuple3<Long, Long, Long>> result = left.coGroup(right).where(0).equalTo(0)
                .with(new CountBothSides())
                .collect();
        Map<Long, long[]> expected = new TreeMap<>();
        for (long i = 0; i < n; i++) {
            expected.computeIfAbsent(skewedKey(i), k -> new long[2])[0]++;
        }
        for (long i = 0; i < n / 2; i++) {
            expected.computeIfAbsent(skewedKey(i * 3), k -> new long[2])[1]++;
        }
        assertEquals(expected.size(), result.size());
        for (Tuple3<Long, Long, Long> r : result) {
            assertEquals(expected.get(r.f0)[0], r.f1, "left count of " + r.f0);
            assertEquals(expected.get(r.f0)[1], r.f2, "right count of " + r.f0);
        }
        assertNoSpillFilesLeft();
    }

    static final class SumMatches implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> left, Tuple2<Long, Long> right, Collector<Tuple3<Long, Long, Long>> out) {
            // (key, 1 if matched else 0, right value or -1)
            out.collect(Tuple3.of(left.f0, right == null ? 0L : 1L, right == null ? -1L : right.f1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void hashJoinsOfSkewedInputsLargerThanMemory(int parallelism) throws Exception {
        long buildRows = 60_000;
        long probeRows = 100_000;
        ExecutionEnvironment env = environment(parallelism);
        // the build side (second input) has half of its rows on key 0 (30,000 rows, matching 10 probe
        // rows); probe keys from 4000 on have no build row
        DataSet<Tuple2<Long, Long>> probe = env.generateSequence(0, probeRows - 1)
                .map(i -> Tuple2.of(i % 10_000 == 0 ? 0L : 1 + (i * 31) % 5000, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        DataSet<Tuple2<Long, Long>> build = env.generateSequence(0, buildRows - 1)
                .map(i -> Tuple2.of(i % 2 == 0 ? 0L : i % 4000, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        List<Tuple3<Long, Long, Long>> inner = probe.join(build, JoinHint.REPARTITION_HASH_SECOND)
                .where(0).equalTo(0)
                .with(new SumMatches())
                .filter(t -> t.f0 != 0L)
                .collect();
        List<Tuple3<Long, Long, Long>> outer = probe.leftOuterJoin(build, JoinHint.REPARTITION_HASH_SECOND)
                .where(0).equalTo(0)
                .with(new SumMatches())
                .filter(t -> t.f0 != 0L)
                .collect();
        long zeroMatches = probe.join(build, JoinHint.REPARTITION_HASH_SECOND).where(0).equalTo(0)
                .with(new SumMatches()).filter(t -> t.f0 == 0L).count();
        Map<Long, long[]> buildByKey = new TreeMap<>();
        for (long i = 0; i < buildRows; i++) {
            long[] e = buildByKey.computeIfAbsent(i % 2 == 0 ? 0L : i % 4000, k -> new long[2]);
            e[0]++;
            e[1] += i;
        }
        long expectedInner = 0;
        long expectedInnerSum = 0;
        long expectedUnmatched = 0;
        long expectedZero = 0;
        for (long i = 0; i < probeRows; i++) {
            long key = i % 10_000 == 0 ? 0L : 1 + (i * 31) % 5000;
            long[] e = buildByKey.get(key);
            if (key == 0) {
                expectedZero += e[0];
            } else if (e == null) {
                expectedUnmatched++;
            } else {
                expectedInner += e[0];
                expectedInnerSum += e[1];
            }
        }
        assertEquals(expectedInner, inner.size());
        assertEquals(expectedInnerSum, inner.stream().mapToLong(t -> t.f2).sum());
        assertEquals(expectedInner + expectedUnmatched, outer.size());
        assertEquals(expectedUnmatched, outer.stream().filter(t -> t.f1 == 0L).count());
        assertEquals(expectedZero, zeroMatches);
        assertNoSpillFilesLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void distinctAndSumOverMoreKeysThanFitInMemory(int parallelism) throws Exception {
        long n = 300_000;
        ExecutionEnvironment env = environment(parallelism);
        DataSet<Tuple2<Long, Long>> rows = env.generateSequence(0, n - 1)
                .map(i -> Tuple2.of(skewedKey(i) * 7 + i % 13, i % 3))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        long distinct = rows.distinct().count();
        List<Tuple2<Long, Long>> sums = rows.groupBy(0).sum(1).collect();
        Map<Long, Long> expectedSums = new TreeMap<>();
        java.util.Set<Tuple2<Long, Long>> expectedDistinct = new java.util.HashSet<>();
        for (long i = 0; i < n; i++) {
            Tuple2<Long, Long> row = Tuple2.of(skewedKey(i) * 7 + i % 13, i % 3);
            expectedDistinct.add(row);
            expectedSums.merge(row.f0, row.f1, Long::sum);
        }
        assertEquals(expectedDistinct.size(), distinct);
        assertEquals(expectedSums.size(), sums.size());
        for (Tuple2<Long, Long> sum : sums) {
            assertEquals(expectedSums.get(sum.f0), sum.f1, "sum of key " + sum.f0);
        }
        assertNoSpillFilesLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aFailingJobLeavesNoSpillFiles(int parallelism) throws Exception {
        ExecutionEnvironment env = environment(parallelism);
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> env.generateSequence(0, 99_999)
                .map(i -> Tuple2.of(i % 10, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {})
                .groupBy(0)
                .reduceGroup((Iterable<Tuple2<Long, Long>> values, Collector<Long> out) -> {
                    throw new IllegalStateException("fails after the sort spilled");
                })
                .returns(Long.class)
                .collect());
        assertNoSpillFilesLeft();
        File[] dirs = spillDir.toFile().listFiles();
        assertEquals(0, dirs == null ? 0 : dirs.length, "the I/O manager's directory is gone too");
    }
}
