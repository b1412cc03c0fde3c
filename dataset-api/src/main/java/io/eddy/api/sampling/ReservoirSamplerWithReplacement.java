package io.eddy.api.sampling;

import io.eddy.api.util.Preconditions;
import io.eddy.api.util.XORShiftRandom;
import java.util.Iterator;
import java.util.Random;

/**
 * A fixed-size sample with replacement in one pass (Flink's class): each element competes for every
 * one of the {@code numSamples} places with a fresh weight, so it may win several of them.
 */
public class ReservoirSamplerWithReplacement<T> extends DistributedRandomSampler<T> {

    private final Random random;

    public ReservoirSamplerWithReplacement(int numSamples, Random random) {
        super(numSamples);
        Preconditions.checkArgument(numSamples >= 0, "numSamples should be non-negative.");
        this.random = random;
    }

    public ReservoirSamplerWithReplacement(int numSamples) {
        this(numSamples, new XORShiftRandom());
    }

    public ReservoirSamplerWithReplacement(int numSamples, long seed) {
        this(numSamples, new XORShiftRandom(seed));
    }

    @Override
    public Iterator<IntermediateSampleData<T>> sampleInPartition(Iterator<T> input) {
        return heaviest(input, random, numSamples);
    }
}
