package io.eddy.api.utils;

import io.eddy.api.DataSet;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.Utils;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.distributions.DataDistribution;
import io.eddy.api.functions.BroadcastVariableInitializer;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichMapPartitionFunction;
import io.eddy.api.functions.SampleInCoordinator;
import io.eddy.api.functions.SampleInPartition;
import io.eddy.api.functions.SampleWithFraction;
import io.eddy.api.operators.GroupReduceOperator;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.MapPartitionOperator;
import io.eddy.api.operators.PartitionOperator;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.sampling.IntermediateSampleData;
import io.eddy.api.summarize.aggregation.SummaryAggregatorFactory;
import io.eddy.api.summarize.aggregation.TupleSummaryAggregator;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.GenericTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Data set utilities built from ordinary operators (Flink's class): indexes and unique ids, samples,
 * per-partition counts, column summaries, range partitioning by a known distribution and checksums.
 * Everything here is a plan of mapPartitions, reduces and broadcast sets; nothing is special-cased
 * by the optimizer or the runtime.
 */
public final class DataSetUtils {

    private static final String COUNTS = "counts";

    private DataSetUtils() {}

    /** {@code (subtask index, number of elements)} for every partition of {@code input}. */
    public static <T> DataSet<Tuple2<Integer, Long>> countElementsPerPartition(DataSet<T> input) {
        return new MapPartitionOperator<>(input, new TupleTypeInfo<>(BasicTypeInfo.INT_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO),
                new CountElements<T>(), CallSites.describe("CountElementsPerPartition"));
    }

    /**
     * Pairs every element with a dense index {@code 0..n-1}: one pass counts each partition's elements,
     * the counts reach every instance as a broadcast set, and partition {@code i} numbers its elements
     * from the sum of the counts of partitions {@code 0..i-1}.
     */
    public static <T> DataSet<Tuple2<Long, T>> zipWithIndex(DataSet<T> input) {
        DataSet<Tuple2<Integer, Long>> counts = countElementsPerPartition(input);
        return new MapPartitionOperator<>(input, new TupleTypeInfo<>(BasicTypeInfo.LONG_TYPE_INFO, input.getType()),
                new ZipWithIndex<T>(), CallSites.describe("ZipWithIndex")).withBroadcastSet(counts, COUNTS);
    }

    /**
     * Pairs every element with a unique id without a counting pass, as Flink does: partition {@code t}
     * of {@code p} gives its {@code c}-th element the id {@code (c << bits(p - 1)) + t}. Ids are
     * unique but not dense.
     */
    public static <T> DataSet<Tuple2<Long, T>> zipWithUniqueId(DataSet<T> input) {
        return new MapPartitionOperator<>(input, new TupleTypeInfo<>(BasicTypeInfo.LONG_TYPE_INFO, input.getType()),
                new ZipWithUniqueId<T>(), CallSites.describe("ZipWithUniqueId"));
    }

    /**
     * A sample in which each element appears with probability {@code fraction} (without replacement,
     * {@code fraction} in [0, 1]) or a Poisson-distributed number of times of mean {@code fraction}
     * (with replacement), from a random seed.
     */
    public static <T> MapPartitionOperator<T, T> sample(DataSet<T> input, boolean withReplacement, double fraction) {
        return sample(input, withReplacement, fraction, Utils.RNG.nextLong());
    }

    /** As {@link #sample(DataSet, boolean, double)}; partition {@code i} samples with seed {@code seed + i}. */
    public static <T> MapPartitionOperator<T, T> sample(DataSet<T> input, boolean withReplacement, double fraction, long seed) {
        return new MapPartitionOperator<>(input, input.getType(), new SampleWithFraction<T>(withReplacement, fraction, seed),
                CallSites.describe("Sample"));
    }

    /** A sample of exactly {@code numSamples} elements (fewer if the input has fewer), from a random seed. */
    public static <T> DataSet<T> sampleWithSize(DataSet<T> input, boolean withReplacement, int numSamples) {
        return sampleWithSize(input, withReplacement, numSamples, Utils.RNG.nextLong());
    }

    /**
     * A sample of exactly {@code numSamples} elements: each partition keeps its {@code numSamples}
     * elements of the largest random weights, and one group reduce keeps the largest of those. Slower
     * than {@link #sample} by the central step.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> DataSet<T> sampleWithSize(DataSet<T> input, boolean withReplacement, int numSamples, long seed) {
        TypeInformation<IntermediateSampleData<T>> weighted = new GenericTypeInfo(IntermediateSampleData.class);
        MapPartitionOperator<T, IntermediateSampleData<T>> perPartition = new MapPartitionOperator<>(input, weighted,
                new SampleInPartition<T>(withReplacement, numSamples, seed), CallSites.describe("SampleInPartition"));
        // one group over all partitions' samples: parallelism 1, as in Flink
        return new GroupReduceOperator<>(perPartition, input.getType(),
                new SampleInCoordinator<T>(withReplacement, numSamples, seed), CallSites.describe("SampleInCoordinator"));
    }

    /** Range-partitions on tuple field positions with the boundaries of {@code distribution} (no sampling). */
    public static <T> PartitionOperator<T> partitionByRange(DataSet<T> input, DataDistribution distribution, int... fields) {
        return new PartitionOperator<>(input, PartitionMethod.RANGE, new Keys.ExpressionKeys<>(fields, input.getType(), false),
                distribution, CallSites.describe("PartitionByRange"));
    }

    /** Range-partitions on field expressions with the boundaries of {@code distribution}. */
    public static <T> PartitionOperator<T> partitionByRange(DataSet<T> input, DataDistribution distribution, String... fields) {
        return new PartitionOperator<>(input, PartitionMethod.RANGE, new Keys.ExpressionKeys<>(fields, input.getType()),
                distribution, CallSites.describe("PartitionByRange"));
    }

    /** Range-partitions on a key selector's key with the boundaries of {@code distribution}. */
    public static <T, K extends Comparable<K>> PartitionOperator<T> partitionByRange(DataSet<T> input,
            DataDistribution distribution, KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, input.getType());
        return new PartitionOperator<>(input, PartitionMethod.RANGE,
                new Keys.SelectorFunctionKeys<>(input.clean(keyExtractor), input.getType(), keyType), distribution,
                CallSites.describe("PartitionByRange"));
    }

    /**
     * One summary per column of a tuple data set (numeric, string, boolean or other), computed in one
     * pass: an aggregator per partition, combined by a reduce. Runs the program (through {@code collect}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <R extends Tuple, T extends Tuple> R summarize(DataSet<T> input) throws Exception {
        if (!input.getType().isTupleType()) {
            throw new IllegalArgumentException("summarize() is only implemented for DataSet's of Tuples");
        }
        TypeInformation<TupleSummaryAggregator<R>> aggregatorType = new GenericTypeInfo(TupleSummaryAggregator.class);
        DataSet<TupleSummaryAggregator<R>> partial = new MapPartitionOperator<>(input, aggregatorType,
                new SummarizePartition<T, R>(input.getType()), CallSites.describe("Summarize"));
        List<TupleSummaryAggregator<R>> combined = partial.reduce(new CombineSummaries<R>()).collect();
        return combined.get(0).result();
    }

    /**
     * The number of elements and the sum of their hash codes, through an accumulator. Runs the program.
     *
     * @deprecated as in Flink, which replaced it with Gelly's {@code ChecksumHashCode}
     */
    @Deprecated
    public static <T> Utils.ChecksumHashCode checksumHashCode(DataSet<T> input) throws Exception {
        String id = UUID.randomUUID().toString();
        input.output(new Utils.ChecksumHashCodeHelper<T>(id)).name("ChecksumHashCode");
        JobExecutionResult result = input.getExecutionEnvironment().execute();
        return result.<Utils.ChecksumHashCode>getAccumulatorResult(id);
    }

    /** The number of bits needed to write {@code value} (0 for 0), as Flink computes it for unique ids. */
    public static int getBitSize(long value) {
        return 64 - Long.numberOfLeadingZeros(value);
    }

    /** Counts the elements of a partition. */
    private static final class CountElements<T> extends RichMapPartitionFunction<T, Tuple2<Integer, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void mapPartition(Iterable<T> values, Collector<Tuple2<Integer, Long>> out) {
            long count = 0;
            for (T ignored : values) {
                count++;
            }
            out.collect(new Tuple2<>(getRuntimeContext().getIndexOfThisSubtask(), count));
        }
    }

    /** Numbers a partition's elements from the sum of the counts of the partitions before it. */
    private static final class ZipWithIndex<T> extends RichMapPartitionFunction<T, Tuple2<Long, T>> {
        private static final long serialVersionUID = 1L;
        private long next;

        @Override
        public void open(Configuration parameters) {
            List<Tuple2<Integer, Long>> counts = getRuntimeContext().getBroadcastVariableWithInitializer(COUNTS,
                    new SortedBySubtask());
            next = 0;
            int subtask = getRuntimeContext().getIndexOfThisSubtask();
            for (int i = 0; i < subtask; i++) {
                next += counts.get(i).f1;
            }
        }

        @Override
        public void mapPartition(Iterable<T> values, Collector<Tuple2<Long, T>> out) {
            for (T value : values) {
                out.collect(new Tuple2<>(next++, value));
            }
        }
    }

    /** The per-partition counts in subtask order. */
    private static final class SortedBySubtask
            implements BroadcastVariableInitializer<Tuple2<Integer, Long>, List<Tuple2<Integer, Long>>> {
        @Override
        public List<Tuple2<Integer, Long>> initializeBroadcastVariable(Iterable<Tuple2<Integer, Long>> data) {
            List<Tuple2<Integer, Long>> sorted = new ArrayList<>();
            data.forEach(sorted::add);
            sorted.sort(Comparator.comparing(count -> count.f0));
            return sorted;
        }
    }

    /** Shifts a per-partition counter left by the bits of the largest subtask index and adds the subtask index. */
    private static final class ZipWithUniqueId<T> extends RichMapPartitionFunction<T, Tuple2<Long, T>> {
        private static final long serialVersionUID = 1L;
        private static final int MAX_BITS = getBitSize(Long.MAX_VALUE);

        @Override
        public void mapPartition(Iterable<T> values, Collector<Tuple2<Long, T>> out) throws Exception {
            int shift = getBitSize(getRuntimeContext().getNumberOfParallelSubtasks() - 1);
            long taskId = getRuntimeContext().getIndexOfThisSubtask();
            long counter = 0;
            for (T value : values) {
                if (getBitSize(counter) + shift >= MAX_BITS) {
                    throw new Exception("Exceeded Long value range while generating labels");
                }
                out.collect(new Tuple2<>((counter << shift) + taskId, value));
                counter++;
            }
        }
    }

    /** Aggregates a partition of tuples into one summary aggregator. */
    private static final class SummarizePartition<T extends Tuple, R extends Tuple>
            implements MapPartitionFunction<T, TupleSummaryAggregator<R>> {
        private static final long serialVersionUID = 1L;
        private final TypeInformation<T> type;

        SummarizePartition(TypeInformation<T> type) {
            this.type = type;
        }

        @Override
        public void mapPartition(Iterable<T> values, Collector<TupleSummaryAggregator<R>> out) {
            TupleSummaryAggregator<R> aggregator = SummaryAggregatorFactory.create(type);
            for (Tuple value : values) {
                aggregator.aggregate(value);
            }
            out.collect(aggregator);
        }
    }

    /** Merges two partitions' aggregators. */
    private static final class CombineSummaries<R extends Tuple> implements ReduceFunction<TupleSummaryAggregator<R>> {
        private static final long serialVersionUID = 1L;

        @Override
        public TupleSummaryAggregator<R> reduce(TupleSummaryAggregator<R> first, TupleSummaryAggregator<R> second) {
            first.combine(second);
            return first;
        }
    }
}
