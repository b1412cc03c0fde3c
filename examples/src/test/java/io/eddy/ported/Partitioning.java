package io.eddy.ported;

import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.functions.RichMapPartitionFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.functions.Collector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explicit partitioning: partitionByHash, partitionByRange, partitionCustom and rebalance, each
 * followed by a mapPartition that reports what its partition held, and sortPartition. The program
 * checks engine-independent facts (a key lives in one partition, ranges are ordered and disjoint,
 * nothing is lost) instead of which partition a key went to, which depends on the hash function.
 */
public class Partitioning {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<String> result = new ArrayList<>();

        // (key, value): 1,000 records over 37 keys
        DataSet<Tuple2<Long, Long>> records = env.generateSequence(0, 999).map(new KeyValue());

        List<Tuple4<Integer, Long, Long, Long>> hashed =
                records.partitionByHash(0).mapPartition(new PartitionSummary()).collect();
        result.add(PortedPrograms.tag("partitionByHash.total", total(hashed)));
        result.add(PortedPrograms.tag("partitionByHash.keysInOnePartition", keysInOnePartition(
                records.partitionByHash(0).mapPartition(new KeysOfPartition()).collect())));

        List<Tuple4<Integer, Long, Long, Long>> ranged =
                records.partitionByRange(0).mapPartition(new PartitionSummary()).collect();
        result.add(PortedPrograms.tag("partitionByRange.total", total(ranged)));
        result.add(PortedPrograms.tag("partitionByRange.ordered", rangesOrderedAndDisjoint(ranged)));

        List<Tuple4<Integer, Long, Long, Long>> custom = records
                .partitionCustom(new ModuloPartitioner(), 0)
                .mapPartition(new PartitionSummary()).collect();
        result.add(PortedPrograms.tag("partitionCustom.total", total(custom)));
        result.add(PortedPrograms.tag("partitionCustom.keysInOnePartition", keysInOnePartition(
                records.partitionCustom(new ModuloPartitioner(), 0).mapPartition(new KeysOfPartition()).collect())));

        List<Tuple4<Integer, Long, Long, Long>> balanced =
                records.filter(r -> r.f0 < 3).rebalance().mapPartition(new PartitionSummary()).collect();
        // round-robin senders start at different channels, so only the total is engine-independent
        result.add(PortedPrograms.tag("rebalance.total", total(balanced)));

        List<Tuple2<Integer, Boolean>> sorted = records
                .sortPartition(1, Order.DESCENDING)
                .mapPartition(new SortedDescending()).collect();
        result.add(PortedPrograms.tag("sortPartition.sorted", sorted.stream().allMatch(t -> t.f1)));
        List<Tuple2<Long, Long>> globallySorted = records
                .sortPartition(0, Order.ASCENDING).sortPartition(1, Order.DESCENDING).setParallelism(1)
                .first(5).setParallelism(1).collect();
        result.addAll(PortedPrograms.tag("sortPartition.first", globallySorted));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    private static long total(List<Tuple4<Integer, Long, Long, Long>> summaries) {
        return summaries.stream().mapToLong(t -> t.f3).sum();
    }

    private static boolean keysInOnePartition(List<Tuple2<Integer, Long>> keysAndPartitions) {
        Map<Long, Integer> partitionOfKey = new HashMap<>();
        for (Tuple2<Integer, Long> keyAndPartition : keysAndPartitions) {
            Integer previous = partitionOfKey.put(keyAndPartition.f1, keyAndPartition.f0);
            if (previous != null && !previous.equals(keyAndPartition.f0)) {
                return false;
            }
        }
        return partitionOfKey.size() == 37;
    }

    private static boolean rangesOrderedAndDisjoint(List<Tuple4<Integer, Long, Long, Long>> summaries) {
        List<Tuple4<Integer, Long, Long, Long>> nonEmpty = new ArrayList<>();
        for (Tuple4<Integer, Long, Long, Long> summary : summaries) {
            if (summary.f3 > 0) {
                nonEmpty.add(summary);
            }
        }
        nonEmpty.sort(Comparator.comparingInt(t -> t.f0));
        for (int i = 1; i < nonEmpty.size(); i++) {
            if (nonEmpty.get(i - 1).f2 >= nonEmpty.get(i).f1) {
                return false;
            }
        }
        return true;
    }

    /** {@code n -> (n % 37, n)}. */
    public static final class KeyValue implements MapFunction<Long, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> map(Long n) {
            return new Tuple2<>(n % 37, n);
        }
    }

    /** Sends key {@code k} to partition {@code k mod n}. */
    public static final class ModuloPartitioner implements Partitioner<Long> {

        @Override
        public int partition(Long key, int numPartitions) {
            return (int) (key % numPartitions);
        }
    }

    /** {@code (subtask, smallest key, largest key, record count)} of the partition. */
    public static final class PartitionSummary
            extends RichMapPartitionFunction<Tuple2<Long, Long>, Tuple4<Integer, Long, Long, Long>> {

        @Override
        public void mapPartition(Iterable<Tuple2<Long, Long>> records, Collector<Tuple4<Integer, Long, Long, Long>> out) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long count = 0;
            for (Tuple2<Long, Long> record : records) {
                min = Math.min(min, record.f0);
                max = Math.max(max, record.f0);
                count++;
            }
            out.collect(new Tuple4<>(getRuntimeContext().getIndexOfThisSubtask(), min, max, count));
        }
    }

    /** {@code (subtask, key)} for every record of the partition. */
    public static final class KeysOfPartition extends RichMapPartitionFunction<Tuple2<Long, Long>, Tuple2<Integer, Long>> {

        @Override
        public void mapPartition(Iterable<Tuple2<Long, Long>> records, Collector<Tuple2<Integer, Long>> out) {
            int subtask = getRuntimeContext().getIndexOfThisSubtask();
            for (Tuple2<Long, Long> record : records) {
                out.collect(new Tuple2<>(subtask, record.f0));
            }
        }
    }

    /** {@code (subtask, whether the partition's values came in descending order)}. */
    public static final class SortedDescending
            extends RichMapPartitionFunction<Tuple2<Long, Long>, Tuple2<Integer, Boolean>> {

        @Override
        public void mapPartition(Iterable<Tuple2<Long, Long>> records, Collector<Tuple2<Integer, Boolean>> out) {
            long previous = Long.MAX_VALUE;
            boolean sorted = true;
            for (Tuple2<Long, Long> record : records) {
                sorted &= record.f1 <= previous;
                previous = record.f1;
            }
            out.collect(new Tuple2<>(getRuntimeContext().getIndexOfThisSubtask(), sorted));
        }
    }
}
