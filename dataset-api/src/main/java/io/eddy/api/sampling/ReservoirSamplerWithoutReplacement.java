package io.eddy.api.sampling;

import io.eddy.api.util.Preconditions;
import io.eddy.api.util.XORShiftRandom;
import java.util.Iterator;
import java.util.Random;

/**
 * A fixed-size sample without replacement in one pass over input of unknown size (Flink's class):
 * each element gets one uniform weight, the {@code numSamples} heaviest are kept.
 */
public class ReservoirSamplerWithoutReplacement<T> extends DistributedRandomSampler<T> {

    private final Random random;

    public ReservoirSamplerWithoutReplacement(int numSamples, Random random) {
        super(numSamples);
        Preconditions.checkArgument(numSamples >= 0, "numSamples should be non-negative.");
        this.random = random;
    }

    public ReservoirSamplerWithoutReplacement(int numSamples) {
        this(numSamples, new XORShiftRandom());
    }

    public ReservoirSamplerWithoutReplacement(int numSamples, long seed) {
        this(numSamples, new XORShiftRandom(seed));
    }

    @Override
    public Iterator<IntermediateSampleData<T>> sampleInPartition(Iterator<T> input) {
        return heaviest(input, random, 1);
    }
}
