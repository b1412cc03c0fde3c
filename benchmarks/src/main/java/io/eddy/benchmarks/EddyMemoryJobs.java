package io.eddy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.api.functions.Collector;

/**
 * The jobs of the memory benchmark suite as DataSet programs on a local environment whose managed
 * memory is set far below the data size ({@code --managed}, e.g. 256m, shared by the slots), so
 * sorts, joins and aggregations spill. Inputs are generated in parallel sources, record by record as
 * {@link MemoryData} defines them (the flink-runner compiles that file from the benchmarks module),
 * and each job reduces its result to a checksum that {@code MemoryBaselines} computes too. The program
 * is written against Apache Flink 1.17 in {@code benchmarks/flink-runner}; the Eddy runner in the
 * benchmarks module ({@code EddyMemoryJobs}) is the same file after {@code port-from-flink.sed} and
 * renaming the class.
 *
 * <ul>
 *   <li>{@code sort}: 100-byte records as (10-character key, 90-character value), sorted by key into
 *       one partition (a single sorter with its slot's managed memory); the order is checked and the
 *       result is the count and checksum of the records.</li>
 *   <li>{@code join}: a repartitioning hash join with the smaller input, {@code --build-rows} rows of
 *       (key, payload), as build side and {@code --records} probe rows of (foreign key, amount); the
 *       result is the number of matches and the sum of payload + amount.</li>
 *   <li>{@code groupby}: {@code --records} rows of (key, 1) over {@code --keys} distinct keys, summed
 *       per key (a combinable aggregation); the result is the number of groups and the sum of
 *       key * count.</li>
 *   <li>{@code groupjoin}, the spilling group+join: {@code --records} records of 100 bytes, a key
 *       (8 bytes, one of {@code --keys}, far fewer than records) and a 92-character payload, grouped by
 *       key with a group reduce that is not combinable, so every record goes through the sort (and
 *       spills) before it is reduced to (key, count, sum of the payloads' hashes); the groups are then
 *       joined (strategy left to the optimizer) with a dimension table of (key, name) that has a row
 *       for four in five keys ({@link MemoryData#dimensionRows}); the result is the number of joined
 *       groups, their records and the sum of payload-hash sum + count * name hash.</li>
 * </ul>
 *
 * <p>Usage: {@code --job sort|join|groupby|groupjoin --records N [--build-rows N] [--keys N]
 * [--managed 256m] [--parallelism 2]}. Prints {@code result <checksum>}, and for the job itself (around
 * the whole program up to the collected result) {@code job-ms}, {@code gc-ms} (all collectors) and
 * {@code cpu-ms} (the process's CPU time).
 */
public class EddyMemoryJobs {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        long records = params.getLong("records", 1_000_000);
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), params.get("managed", "256m"));
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(params.getInt("parallelism", 2));
        long gcBefore = MemoryData.gcMillis();
        long cpuBefore = MemoryData.cpuMillis();
        long started = System.nanoTime();
        String result;
        switch (params.getRequired("job")) {
            case "sort":
                result = sort(env, records);
                break;
            case "join":
                result = join(env, params.getLong("build-rows", records / 10), records);
                break;
            case "groupby":
                result = groupBy(env, records, params.getLong("keys", records / 2));
                break;
            case "groupjoin":
                result = groupJoin(env, records, params.getLong("keys", records / 50));
                break;
            default:
                throw new IllegalArgumentException("unknown job " + params.get("job"));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = MemoryData.cpuMillis() - cpuBefore;
        System.out.println("result " + result);
        System.out.println("job-ms " + millis);
        System.out.println("gc-ms " + (MemoryData.gcMillis() - gcBefore));
        System.out.println("cpu-ms " + cpuMillis);
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

    /** Group+join record {@code i}: (key, 92-character payload). */
    public static final class FactRecord implements MapFunction<Long, Tuple2<Long, String>> {
        private final byte[] bytes = new byte[MemoryData.PAYLOAD_LENGTH];
        private final long keys;

        public FactRecord(long keys) {
            this.keys = keys;
        }

        @Override
        public Tuple2<Long, String> map(Long i) {
            MemoryData.factPayload(i, bytes, 0);
            return Tuple2.of(MemoryData.factKey(i, keys), new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * (key, count, sum of payload hashes) of one group. Deliberately a plain group reduce without a
     * combiner, so that all records are sorted (and spilled) rather than folded into a hash table.
     */
    public static final class CountPayloads implements GroupReduceFunction<Tuple2<Long, String>, Tuple3<Long, Long, Long>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, String>> values, Collector<Tuple3<Long, Long, Long>> out) {
            long key = 0;
            long count = 0;
            long hashes = 0;
            for (Tuple2<Long, String> record : values) {
                key = record.f0;
                count++;
                hashes += MemoryData.mix(record.f1.hashCode());
            }
            out.collect(Tuple3.of(key, count, hashes));
        }
    }

    public static final class DimensionRow implements MapFunction<Long, Tuple2<Long, String>> {
        @Override
        public Tuple2<Long, String> map(Long key) {
            return Tuple2.of(key, MemoryData.dimensionName(key));
        }
    }

    /** (1, records of the group, the group's checksum) of a group that found its dimension row. */
    public static final class Named
            implements JoinFunction<Tuple3<Long, Long, Long>, Tuple2<Long, String>, Tuple3<Long, Long, Long>> {
        @Override
        public Tuple3<Long, Long, Long> join(Tuple3<Long, Long, Long> group, Tuple2<Long, String> dimension) {
            return Tuple3.of(1L, group.f1, MemoryData.groupJoinChecksum(group.f1, group.f2, dimension.f1.hashCode()));
        }
    }

    /** The spilling group+join (see the class comment): joined groups, their records and checksum. */
    static String groupJoin(ExecutionEnvironment env, long records, long keys) throws Exception {
        DataSet<Tuple3<Long, Long, Long>> groups = env.generateSequence(0, records - 1)
                .map(new FactRecord(keys))
                .groupBy(0).reduceGroup(new CountPayloads());
        DataSet<Tuple2<Long, String>> dimension = env.generateSequence(0, MemoryData.dimensionRows(keys) - 1)
                .map(new DimensionRow());
        List<Tuple3<Long, Long, Long>> result = groups.join(dimension).where(0).equalTo(0)
                .with(new Named())
                .sum(0).andSum(1).andSum(2)
                .collect();
        return result.isEmpty() ? "0 0 0" : result.get(0).f0 + " " + result.get(0).f1 + " " + result.get(0).f2;
    }
}
