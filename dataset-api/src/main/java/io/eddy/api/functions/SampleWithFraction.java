package io.eddy.api.functions;

import io.eddy.api.sampling.BernoulliSampler;
import io.eddy.api.sampling.PoissonSampler;
import io.eddy.api.sampling.RandomSampler;

/**
 * Samples each partition by fraction (Flink's function behind {@code DataSetUtils.sample}): Poisson
 * with replacement, Bernoulli without. Partition {@code i} draws from seed {@code seed + i}, so a
 * fixed seed gives the same sample of the same partitions in every run.
 */
public class SampleWithFraction<T> extends RichMapPartitionFunction<T, T> {

    private static final long serialVersionUID = 1L;

    private final boolean withReplacement;

    private final double fraction;

    private final long seed;

    public SampleWithFraction(boolean withReplacement, double fraction, long seed) {
        this.withReplacement = withReplacement;
        this.fraction = fraction;
        this.seed = seed;
    }

    @Override
    public void mapPartition(Iterable<T> values, Collector<T> out) {
        long partitionSeed = seed + getRuntimeContext().getIndexOfThisSubtask();
        RandomSampler<T> sampler = withReplacement ? new PoissonSampler<>(fraction, partitionSeed)
                : new BernoulliSampler<>(fraction, partitionSeed);
        sampler.sample(values.iterator()).forEachRemaining(out::collect);
    }
}
