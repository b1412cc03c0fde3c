package io.eddy.ported;

import io.eddy.api.distributions.DataDistribution;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.RichMapPartitionFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.Utils;
import io.eddy.api.summarize.BooleanColumnSummary;
import io.eddy.api.summarize.NumericColumnSummary;
import io.eddy.api.summarize.StringColumnSummary;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.utils.DataSetUtils;
import io.eddy.api.utils.ParameterTool;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.api.functions.Collector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DataSetUtils: zipWithIndex, zipWithUniqueId, countElementsPerPartition, sample and sampleWithSize
 * with fixed seeds, summarize, checksumHashCode, and partitionByRange with a known DataDistribution.
 * The program checks engine-independent facts (indexes dense, ids unique, sample sizes in bounds,
 * statistics equal to those computed here, each record in the range its partition's boundaries give)
 * rather than which element landed where, which depends on the partitioning and the random streams.
 */
public class DataSetUtilities {

    private static final int N = 10_000;

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        int parallelism = env.getParallelism();
        List<String> result = new ArrayList<>();

        DataSet<Long> numbers = env.generateSequence(0, N - 1);

        // dense indexes 0..n-1, every element once
        List<Tuple2<Long, Long>> indexed = DataSetUtils.zipWithIndex(numbers).collect();
        Set<Long> indexes = new HashSet<>();
        Set<Long> indexedValues = new HashSet<>();
        long maxIndex = -1;
        for (Tuple2<Long, Long> pair : indexed) {
            indexes.add(pair.f0);
            indexedValues.add(pair.f1);
            maxIndex = Math.max(maxIndex, pair.f0);
        }
        result.add(PortedPrograms.tag("zipWithIndex.count", indexed.size()));
        result.add(PortedPrograms.tag("zipWithIndex.dense", indexes.size() == N && maxIndex == N - 1));
        result.add(PortedPrograms.tag("zipWithIndex.allValues", indexedValues.size() == N));

        // zipWithIndex after a map: the index follows each partition's order
        List<Tuple2<Long, String>> words = DataSetUtils.zipWithIndex(
                env.fromElements("a", "b", "c", "d", "e", "f", "g").map(new Upper())).collect();
        Set<Long> wordIndexes = new HashSet<>();
        for (Tuple2<Long, String> word : words) {
            wordIndexes.add(word.f0);
        }
        result.add(PortedPrograms.tag("zipWithIndex.small", wordIndexes.size() == 7 && wordIndexes.contains(0L)
                && wordIndexes.contains(6L)));

        List<Tuple2<Long, Long>> unique = DataSetUtils.zipWithUniqueId(numbers).collect();
        Set<Long> ids = new HashSet<>();
        for (Tuple2<Long, Long> pair : unique) {
            ids.add(pair.f0);
        }
        result.add(PortedPrograms.tag("zipWithUniqueId.unique", ids.size() == N && unique.size() == N));

        List<Tuple2<Integer, Long>> perPartition = DataSetUtils.countElementsPerPartition(numbers).collect();
        long counted = 0;
        Set<Integer> subtasks = new HashSet<>();
        for (Tuple2<Integer, Long> count : perPartition) {
            counted += count.f1;
            subtasks.add(count.f0);
        }
        result.add(PortedPrograms.tag("countElementsPerPartition.total", counted));
        result.add(PortedPrograms.tag("countElementsPerPartition.onePerPartition",
                perPartition.size() == parallelism && subtasks.size() == parallelism));

        // samples depend on each partition's content and order: hash-partitioned and sorted, both are
        // the same in every run, whichever instance read which part of the sequence
        DataSet<Long> stable = numbers.partitionByHash(new Identity()).sortPartition(new Identity(), Order.ASCENDING);

        // Bernoulli: 10% of 10,000, far within 5 standard deviations (30); the same seed samples the same
        List<Long> bernoulli = DataSetUtils.sample(stable, false, 0.1, 42L).collect();
        List<Long> bernoulliAgain = DataSetUtils.sample(stable, false, 0.1, 42L).collect();
        result.add(PortedPrograms.tag("sample.bernoulli.inBounds", bernoulli.size() > 850 && bernoulli.size() < 1150));
        result.add(PortedPrograms.tag("sample.bernoulli.distinct", new HashSet<>(bernoulli).size() == bernoulli.size()));
        result.add(PortedPrograms.tag("sample.bernoulli.sameSeedSameSample",
                new HashSet<>(bernoulli).equals(new HashSet<>(bernoulliAgain))));
        List<Long> dense = DataSetUtils.sample(stable, false, 0.7, 7L).collect();
        result.add(PortedPrograms.tag("sample.bernoulli.large.inBounds", dense.size() > 6770 && dense.size() < 7230));
        // Poisson: mean 0.5 per element, 5,000 expected (standard deviation about 71)
        List<Long> poisson = DataSetUtils.sample(stable, true, 0.5, 42L).collect();
        List<Long> poissonAgain = DataSetUtils.sample(stable, true, 0.5, 42L).collect();
        result.add(PortedPrograms.tag("sample.poisson.inBounds", poisson.size() > 4650 && poisson.size() < 5350));
        result.add(PortedPrograms.tag("sample.poisson.sameSeedSameSample", sorted(poisson).equals(sorted(poissonAgain))));
        List<Long> poissonLarge = DataSetUtils.sample(stable, true, 2.0, 3L).collect();
        result.add(PortedPrograms.tag("sample.poisson.large.inBounds",
                poissonLarge.size() > 19300 && poissonLarge.size() < 20700));
        result.add(PortedPrograms.tag("sample.fromInput", numbersIn(poisson) && numbersIn(bernoulli)));

        List<Long> fixed = DataSetUtils.sampleWithSize(stable, false, 100, 11L).collect();
        List<Long> fixedAgain = DataSetUtils.sampleWithSize(stable, false, 100, 11L).collect();
        result.add(PortedPrograms.tag("sampleWithSize.size", fixed.size()));
        result.add(PortedPrograms.tag("sampleWithSize.distinct", new HashSet<>(fixed).size()));
        result.add(PortedPrograms.tag("sampleWithSize.sameSeedSameSample", sorted(fixed).equals(sorted(fixedAgain))));
        List<Long> fixedWithReplacement = DataSetUtils.sampleWithSize(stable, true, 100, 11L).collect();
        result.add(PortedPrograms.tag("sampleWithSize.withReplacement.size", fixedWithReplacement.size()));
        result.add(PortedPrograms.tag("sampleWithSize.moreThanInput",
                DataSetUtils.sampleWithSize(env.fromElements(1, 2, 3), false, 10, 1L).collect().size()));

        summarize(env, result);

        Utils.ChecksumHashCode checksum = DataSetUtils.checksumHashCode(numbers.map(new Square()));
        long expectedChecksum = 0;
        for (long n = 0; n < N; n++) {
            expectedChecksum += Long.valueOf(n * n).hashCode();
        }
        result.add(PortedPrograms.tag("checksumHashCode.count", checksum.getCount()));
        result.add(PortedPrograms.tag("checksumHashCode.checksumAsComputed", checksum.getChecksum() == expectedChecksum));

        // a known distribution: bucket i of n holds the keys up to (i + 1) * 1000 / n - 1
        DataSet<Tuple2<Integer, Long>> keyed = numbers.map(new KeyOf());
        List<Tuple3<Integer, Integer, Boolean>> ranges = DataSetUtils
                .partitionByRange(keyed, new UniformDistribution(), 0)
                .mapPartition(new CheckRange()).collect();
        boolean allInRange = true;
        int records = 0;
        for (Tuple3<Integer, Integer, Boolean> range : ranges) {
            allInRange &= range.f2;
            records += range.f1;
        }
        result.add(PortedPrograms.tag("partitionByRange.distribution.total", records));
        result.add(PortedPrograms.tag("partitionByRange.distribution.inBoundaries", allInRange));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    private static void summarize(ExecutionEnvironment env, List<String> result) throws Exception {
        List<Tuple4<Integer, Double, String, Boolean>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Tuple4<>(i * 7 % 1013 - 300, i / 8.0, "x".repeat(i % 13), i % 3 == 0));
        }
        Tuple4<NumericColumnSummary<Integer>, NumericColumnSummary<Double>, StringColumnSummary, BooleanColumnSummary>
                summary = DataSetUtils.summarize(env.fromCollection(rows).rebalance());

        long count = rows.size();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int sum = 0;
        double doubleSum = 0;
        int minLength = Integer.MAX_VALUE;
        int maxLength = 0;
        long lengthSum = 0;
        long empty = 0;
        long trues = 0;
        for (Tuple4<Integer, Double, String, Boolean> row : rows) {
            min = Math.min(min, row.f0);
            max = Math.max(max, row.f0);
            sum += row.f0;
            doubleSum += row.f1;
            minLength = Math.min(minLength, row.f2.length());
            maxLength = Math.max(maxLength, row.f2.length());
            lengthSum += row.f2.length();
            empty += row.f2.isEmpty() ? 1 : 0;
            trues += row.f3 ? 1 : 0;
        }
        double mean = (double) sum / count;
        double doubleMean = doubleSum / count;
        double squares = 0;
        double doubleSquares = 0;
        for (Tuple4<Integer, Double, String, Boolean> row : rows) {
            squares += (row.f0 - mean) * (row.f0 - mean);
            doubleSquares += (row.f1 - doubleMean) * (row.f1 - doubleMean);
        }
        double variance = squares / (count - 1);
        double doubleVariance = doubleSquares / (count - 1);

        NumericColumnSummary<Integer> ints = summary.f0;
        result.add(PortedPrograms.tag("summarize.int.counts", ints.getTotalCount() + "," + ints.getNullCount() + ","
                + ints.getNonMissingCount() + "," + ints.getMissingCount()));
        result.add(PortedPrograms.tag("summarize.int.minMaxSum", ints.getMin() + "," + ints.getMax() + "," + ints.getSum()));
        result.add(PortedPrograms.tag("summarize.int.asComputed", ints.getMin() == min && ints.getMax() == max
                && ints.getSum() == sum && close(ints.getMean(), mean) && close(ints.getVariance(), variance)
                && close(ints.getStandardDeviation(), Math.sqrt(variance))));
        NumericColumnSummary<Double> doubles = summary.f1;
        result.add(PortedPrograms.tag("summarize.double.minMax", doubles.getMin() + "," + doubles.getMax()));
        result.add(PortedPrograms.tag("summarize.double.asComputed", doubles.getTotalCount() == count
                && doubles.getNanCount() == 0 && doubles.getInfinityCount() == 0 && close(doubles.getSum(), doubleSum)
                && close(doubles.getMean(), doubleMean) && close(doubles.getVariance(), doubleVariance)
                && close(doubles.getStandardDeviation(), Math.sqrt(doubleVariance))));
        StringColumnSummary strings = summary.f2;
        result.add(PortedPrograms.tag("summarize.string", strings.getNonNullCount() + "," + strings.getNullCount() + ","
                + strings.getEmptyCount() + "," + strings.getMinLength() + "," + strings.getMaxLength()));
        result.add(PortedPrograms.tag("summarize.string.asComputed", strings.getEmptyCount() == empty
                && strings.getMinLength() == minLength && strings.getMaxLength() == maxLength
                && close(strings.getMeanLength(), (double) lengthSum / count)));
        BooleanColumnSummary booleans = summary.f3;
        result.add(PortedPrograms.tag("summarize.boolean", booleans.getTrueCount() + "," + booleans.getFalseCount() + ","
                + booleans.getNullCount()));
        result.add(PortedPrograms.tag("summarize.boolean.asComputed", booleans.getTrueCount() == trues
                && booleans.getFalseCount() == count - trues));
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1.0, Math.abs(expected));
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private static boolean numbersIn(List<Long> values) {
        for (Long value : values) {
            if (value < 0 || value >= N) {
                return false;
            }
        }
        return true;
    }

    /** The number itself, as a key. */
    public static final class Identity implements KeySelector<Long, Long> {

        @Override
        public Long getKey(Long n) {
            return n;
        }
    }

    /** Upper-cases a word. */
    public static final class Upper implements MapFunction<String, String> {

        @Override
        public String map(String word) {
            return word.toUpperCase();
        }
    }

    /** {@code n -> n * n}. */
    public static final class Square implements MapFunction<Long, Long> {

        @Override
        public Long map(Long n) {
            return n * n;
        }
    }

    /** {@code n -> (n % 1000, n)}. */
    public static final class KeyOf implements MapFunction<Long, Tuple2<Integer, Long>> {

        @Override
        public Tuple2<Integer, Long> map(Long n) {
            return new Tuple2<>((int) (n % 1000), n);
        }
    }

    /** Keys 0..999 spread evenly: bucket i of n ends at (i + 1) * 1000 / n - 1. */
    public static final class UniformDistribution implements DataDistribution {

        @Override
        public Object[] getBucketBoundary(int bucketNum, int totalNumBuckets) {
            return new Object[] {(bucketNum + 1) * 1000 / totalNumBuckets - 1};
        }

        @Override
        public int getNumberOfFields() {
            return 1;
        }

        @Override
        public TypeInformation[] getKeyTypes() {
            return new TypeInformation[] {Types.INT};
        }

        @Override
        public void write(DataOutputView out) {
        }

        @Override
        public void read(DataInputView in) {
        }
    }

    /** {@code (subtask, records, whether every key lies in the subtask's bucket of the distribution)}. */
    public static final class CheckRange
            extends RichMapPartitionFunction<Tuple2<Integer, Long>, Tuple3<Integer, Integer, Boolean>> {

        @Override
        public void mapPartition(Iterable<Tuple2<Integer, Long>> records, Collector<Tuple3<Integer, Integer, Boolean>> out) {
            int subtask = getRuntimeContext().getIndexOfThisSubtask();
            int buckets = getRuntimeContext().getNumberOfParallelSubtasks();
            int low = subtask == 0 ? Integer.MIN_VALUE : subtask * 1000 / buckets;
            int high = subtask == buckets - 1 ? Integer.MAX_VALUE : (subtask + 1) * 1000 / buckets - 1;
            int count = 0;
            boolean inRange = true;
            for (Tuple2<Integer, Long> record : records) {
                inRange &= record.f0 >= low && record.f0 <= high;
                count++;
            }
            out.collect(new Tuple3<>(subtask, count, inRange));
        }
    }
}
