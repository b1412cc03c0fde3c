package io.eddy.benchmarks;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The managed-memory benchmarks as DataSet programs on a local environment whose managed memory is
 * set far below the data size ({@code --managed}, e.g. 256m), so sorts, joins and aggregations
 * spill. Inputs are generated in parallel sources ({@link MemoryData}); each job reduces its result
 * to a checksum the baseline computes too.
 *
 * <p>Usage: {@code EddyMemoryJobs sort|join|groupby --records N [--build-rows N] [--keys N]
 * [--managed 256m] [--parallelism 2]}; prints {@code result}, {@code job-ms} and {@code gc-ms}.
 */
public final class EddyMemoryJobs {

    private EddyMemoryJobs() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 1);
        long records = arguments.getLong("records", 1_000_000);
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), arguments.get("managed", "256m"));
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(arguments.getInt("parallelism", 2));
        long gcBefore = MemoryData.gcMillis();
        long started = System.nanoTime();
        String result = switch (arguments.positional(0)) {
            case "sort" -> sort(env, records);
            case "join" -> join(env, arguments.getLong("build-rows", records / 10), records);
            case "groupby" -> groupBy(env, records, arguments.getLong("keys", records / 2));
            default -> throw new IllegalArgumentException("unknown job " + arguments.positional(0));
        };
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("result " + result);
        System.out.println("job-ms " + millis);
        System.out.println("gc-ms " + (MemoryData.gcMillis() - gcBefore));
    }

    /** Sort record {@code i} as (key, value) strings. */
    public static final class SortRecord implements MapFunction<Long, Tuple2<String, String>> {
        private final byte[] bytes = new byte[MemoryData.RECORD_LENGTH];

        @Override
        public Tuple2<String, String> map(Long i) {
            MemoryData.sortRecord(i, bytes, 0);
            return Tuple2.of(new String(bytes, 0, MemoryData.KEY_LENGTH, StandardCharsets.ISO_8859_1),
                    new String(bytes, MemoryData.KEY_LENGTH, MemoryData.VALUE_LENGTH, StandardCharsets.ISO_8859_1));
        }
    }

    /** Checks that the partition is sorted by key and emits (count, checksum). */
    public static final class CheckSorted implements MapPartitionFunction<Tuple2<String, String>, Tuple2<Long, Long>> {
        @Override
        public void mapPartition(Iterable<Tuple2<String, String>> values, Collector<Tuple2<Long, Long>> out) {
            String previous = null;
            long count = 0;
            long checksum = 0;
            for (Tuple2<String, String> record : values) {
                if (previous != null && previous.compareTo(record.f0) > 0) {
                    throw new IllegalStateException("not sorted: " + record.f0 + " after " + previous);
                }
                previous = record.f0;
                count++;
                checksum += MemoryData.sortChecksum(record.f0.hashCode(), record.f1.hashCode());
            }
            out.collect(Tuple2.of(count, checksum));
        }
    }

    /** One sorted partition of all records: a single sorter with the whole slot's managed memory. */
    static String sort(ExecutionEnvironment env, long n) throws Exception {
        List<Tuple2<Long, Long>> result = env.generateSequence(0, n - 1)
                .map(new SortRecord())
                .sortPartition(0, Order.ASCENDING).setParallelism(1)
                .mapPartition(new CheckSorted()).setParallelism(1)
                .collect();
        return result.get(0).f0 + " " + result.get(0).f1;
    }

    public static final class BuildRow implements MapFunction<Long, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> map(Long i) {
            return Tuple2.of(i, MemoryData.payload(i));
        }
    }

    public static final class ProbeRow implements MapFunction<Long, Tuple2<Long, Long>> {
        private final long buildRows;

        public ProbeRow(long buildRows) {
            this.buildRows = buildRows;
        }

        @Override
        public Tuple2<Long, Long> map(Long j) {
            return Tuple2.of(MemoryData.foreignKey(j, buildRows), MemoryData.amount(j));
        }
    }

    public static final class Matched implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> build, Tuple2<Long, Long> probe) {
            return Tuple2.of(1L, build.f1 + probe.f1);
        }
    }

    /** Hash join with the build side (the smaller table) hashed; count and sum of all matches. */
    static String join(ExecutionEnvironment env, long buildRows, long probeRows) throws Exception {
        DataSet<Tuple2<Long, Long>> build = env.generateSequence(0, buildRows - 1).map(new BuildRow());
        DataSet<Tuple2<Long, Long>> probe = env.generateSequence(0, probeRows - 1).map(new ProbeRow(buildRows));
        List<Tuple2<Long, Long>> result = build.join(probe, JoinHint.REPARTITION_HASH_FIRST).where(0).equalTo(0)
                .with(new Matched())
                .sum(0).andSum(1)
                .collect();
        return result.isEmpty() ? "0 0" : result.get(0).f0 + " " + result.get(0).f1;
    }

    public static final class GroupRow implements MapFunction<Long, Tuple2<Long, Long>> {
        private final long keys;

        public GroupRow(long keys) {
            this.keys = keys;
        }

        @Override
        public Tuple2<Long, Long> map(Long i) {
            return Tuple2.of(MemoryData.groupKey(i, keys), 1L);
        }
    }

    public static final class Summary implements MapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> map(Tuple2<Long, Long> group) {
            return Tuple2.of(1L, group.f0 * group.f1);
        }
    }

    /** Counts rows per key over many distinct keys; number of groups and sum of key * count. */
    static String groupBy(ExecutionEnvironment env, long rows, long keys) throws Exception {
        List<Tuple2<Long, Long>> result = env.generateSequence(0, rows - 1)
                .map(new GroupRow(keys))
                .groupBy(0).sum(1)
                .map(new Summary())
                .sum(0).andSum(1)
                .collect();
        return result.get(0).f0 + " " + result.get(0).f1;
    }
}
