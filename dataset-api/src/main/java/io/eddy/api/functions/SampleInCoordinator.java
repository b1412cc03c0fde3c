package io.eddy.api.functions;

import io.eddy.api.sampling.DistributedRandomSampler;
import io.eddy.api.sampling.IntermediateSampleData;

/**
 * The second phase of a fixed-size sample (Flink's function), run as one group over all partitions'
 * first-phase output: the {@code numSamples} heaviest elements overall.
 */
public class SampleInCoordinator<T> implements GroupReduceFunction<IntermediateSampleData<T>, T> {

    private static final long serialVersionUID = 1L;

    private final boolean withReplacement;

    private final int numSample;

    private final long seed;

    public SampleInCoordinator(boolean withReplacement, int numSample, long seed) {
        this.withReplacement = withReplacement;
        this.numSample = numSample;
        this.seed = seed;
    }

    @Override
    public void reduce(Iterable<IntermediateSampleData<T>> values, Collector<T> out) {
        DistributedRandomSampler<T> sampler = DistributedRandomSampler.reservoir(withReplacement, numSample, seed);
        sampler.sampleInCoordinator(values.iterator()).forEachRemaining(out::collect);
    }
}
