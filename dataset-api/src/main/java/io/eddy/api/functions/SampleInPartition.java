package io.eddy.api.functions;

import io.eddy.api.sampling.DistributedRandomSampler;
import io.eddy.api.sampling.IntermediateSampleData;

/**
 * The first phase of a fixed-size sample (Flink's function): the {@code numSamples} heaviest
 * elements of a partition with their weights. Partition {@code i} draws from seed {@code seed + i}.
 */
public class SampleInPartition<T> extends RichMapPartitionFunction<T, IntermediateSampleData<T>> {

    private static final long serialVersionUID = 1L;

    private final boolean withReplacement;

    private final int numSample;

    private final long seed;

    public SampleInPartition(boolean withReplacement, int numSample, long seed) {
        this.withReplacement = withReplacement;
        this.numSample = numSample;
        this.seed = seed;
    }

    @Override
    public void mapPartition(Iterable<T> values, Collector<IntermediateSampleData<T>> out) {
        long partitionSeed = seed + getRuntimeContext().getIndexOfThisSubtask();
        DistributedRandomSampler<T> sampler = DistributedRandomSampler.reservoir(withReplacement, numSample, partitionSeed);
        sampler.sampleInPartition(values.iterator()).forEachRemaining(out::collect);
    }
}
