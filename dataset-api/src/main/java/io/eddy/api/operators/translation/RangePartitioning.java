package io.eddy.api.operators.translation;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.distributions.DataDistribution;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Range partitioning without knowing the key distribution up front: every input partition sends
 * a random sample to one instance that sorts it and picks {@code p - 1} boundaries; the boundaries
 * reach every instance as a broadcast set, each record is tagged with its range and shipped there.
 * The input is read once; records wait in the tagging operator until the boundaries arrive. The
 * optimizer assembles these functions into plan nodes; this class only provides them.
 */
public final class RangePartitioning {

    static final String BOUNDARIES = "__eddy_range_boundaries";
    private static final int SAMPLES_PER_PARTITION = 1000;

    private RangePartitioning() {}

    /** The name of the broadcast set that carries the boundaries to the tagging function. */
    public static String boundariesName() {
        return BOUNDARIES;
    }

    /** A reservoir sample of each partition. */
    public static <T> MapPartitionFunction<T, T> sampler() {
        return new Sampler<>(SAMPLES_PER_PARTITION);
    }

    /** Sorts all samples and emits {@code parallelism - 1} boundaries. */
    public static <T> GroupReduceFunction<T, T> boundaryComputer(TypeComparator<T> comparator, int parallelism) {
        return new BoundaryComputer<>(comparator, parallelism);
    }

    /** Tags each record with the index of its range, reading the boundaries from the broadcast set. */
    public static <T> MapFunction<T, Tuple2<Integer, T>> tagger(TypeComparator<T> comparator) {
        return new RangeTagger<>(comparator);
    }

    /** Drops the range tag again. */
    public static <T> MapFunction<Tuple2<Integer, T>, T> untagger() {
        return new Untag<>();
    }

    /** Ships a tagged record to the instance its tag names. */
    public static <T> ChannelSelector<Tuple2<Integer, T>> rangeSelector() {
        return new RangeIdSelector<>();
    }

    /**
     * Ships each record to the bucket a user's distribution gives its key: no sample, no tagging. The
     * boundaries are asked for once per sending task (they depend on the number of channels).
     */
    public static <T> ChannelSelector<T> distributionSelector(TypeComparator<T> comparator, DataDistribution distribution) {
        return new DistributionSelector<>(comparator, distribution);
    }

    /** The type of tagged records. */
    public static <T> TypeInformation<Tuple2<Integer, T>> taggedType(TypeInformation<T> type) {
        return new TupleTypeInfo<>(BasicTypeInfo.INT_TYPE_INFO, type);
    }

    /** Keeps a uniform random sample of each partition (reservoir sampling). */
    static final class Sampler<T> implements MapPartitionFunction<T, T> {
        private static final long serialVersionUID = 1L;
        private final int size;

        Sampler(int size) {
            this.size = size;
        }

        @Override
        public void mapPartition(Iterable<T> values, Collector<T> out) {
            List<T> reservoir = new ArrayList<>(size);
            Random random = new Random(0x5eed);
            long seen = 0;
            for (T value : values) {
                seen++;
                if (reservoir.size() < size) {
                    reservoir.add(value);
                } else {
                    long slot = (long) (random.nextDouble() * seen);
                    if (slot < size) {
                        reservoir.set((int) slot, value);
                    }
                }
            }
            reservoir.forEach(out::collect);
        }
    }

    /** Sorts all samples and emits the {@code p - 1} records that separate the ranges, in order. */
    static final class BoundaryComputer<T> implements GroupReduceFunction<T, T> {
        private static final long serialVersionUID = 1L;
        private final TypeComparator<T> comparator;
        private final int parallelism;

        BoundaryComputer(TypeComparator<T> comparator, int parallelism) {
            this.comparator = comparator;
            this.parallelism = parallelism;
        }

        @Override
        public void reduce(Iterable<T> values, Collector<T> out) {
            List<T> samples = new ArrayList<>();
            values.forEach(samples::add);
            if (samples.isEmpty()) {
                return;
            }
            TypeComparator<T> cmp = comparator.duplicate();
            samples.sort(cmp::compare);
            for (int i = 1; i < parallelism; i++) {
                out.collect(samples.get((int) ((long) i * samples.size() / parallelism)));
            }
        }
    }

    /** Tags each record with the index of its range, found by binary search over the boundaries. */
    static final class RangeTagger<T> extends RichMapFunction<T, Tuple2<Integer, T>> {
        private static final long serialVersionUID = 1L;
        private final TypeComparator<T> comparator;
        private transient List<T> boundaries;
        private transient TypeComparator<T> cmp;

        RangeTagger(TypeComparator<T> comparator) {
            this.comparator = comparator;
        }

        @Override
        public void open(Configuration parameters) {
            boundaries = getRuntimeContext().getBroadcastVariable(BOUNDARIES);
            cmp = comparator.duplicate();
        }

        @Override
        public Tuple2<Integer, T> map(T value) {
            int low = 0;
            int high = boundaries.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cmp.compare(value, boundaries.get(mid)) >= 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return new Tuple2<>(low, value);
        }
    }

    /**
     * Finds a record's bucket by binary search over the distribution's boundaries, comparing the
     * record's flat key fields with a boundary's fields one by one (a boundary is an inclusive upper
     * bound, as in Flink's output emitter).
     */
    static final class DistributionSelector<T> implements ChannelSelector<T> {
        private static final long serialVersionUID = 1L;
        private final TypeComparator<T> comparator;
        private final DataDistribution distribution;
        private transient TypeComparator<Object>[] flatComparators;
        private transient Object[] keys;
        private transient Object[][] boundaries;
        private transient int boundariesFor;

        DistributionSelector(TypeComparator<T> comparator, DataDistribution distribution) {
            this.comparator = comparator;
            this.distribution = distribution;
        }

        @Override
        @SuppressWarnings("unchecked")
        public int selectChannel(T record, int numChannels) {
            if (boundaries == null || boundariesFor != numChannels) {
                flatComparators = comparator.getFlatComparators();
                keys = new Object[flatComparators.length];
                boundaries = new Object[numChannels - 1][];
                for (int i = 0; i < numChannels - 1; i++) {
                    boundaries[i] = distribution.getBucketBoundary(i, numChannels);
                }
                boundariesFor = numChannels;
            }
            comparator.extractKeys(record, keys, 0);
            int low = 0;
            int high = boundaries.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int cmp = compareWithBoundary(boundaries[mid]);
                if (cmp > 0) {
                    low = mid + 1;
                } else if (cmp < 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return low;
        }

        private int compareWithBoundary(Object[] boundary) {
            if (boundary == null || boundary.length < keys.length) {
                throw new IllegalStateException("The distribution's boundaries must have a value for each of the "
                        + keys.length + " key fields.");
            }
            for (int i = 0; i < keys.length; i++) {
                int cmp = flatComparators[i].compare(keys[i], boundary[i]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        }

        @Override
        public ChannelSelector<T> duplicate() {
            return new DistributionSelector<>(comparator.duplicate(), distribution);
        }
    }

    /** Drops the range tag again. */
    static final class Untag<T> implements MapFunction<Tuple2<Integer, T>, T> {
        private static final long serialVersionUID = 1L;

        @Override
        public T map(Tuple2<Integer, T> value) {
            return value.f1;
        }
    }

    /** Ships a tagged record to the instance its tag names. */
    static final class RangeIdSelector<T> implements ChannelSelector<Tuple2<Integer, T>> {
        private static final long serialVersionUID = 1L;

        @Override
        public int selectChannel(Tuple2<Integer, T> record, int numChannels) {
            return Math.min(record.f0, numChannels - 1);
        }

        @Override
        public ChannelSelector<Tuple2<Integer, T>> duplicate() {
            return this;
        }
    }
}
