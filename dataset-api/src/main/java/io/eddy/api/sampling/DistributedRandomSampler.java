package io.eddy.api.sampling;

import java.util.Collections;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A fixed-size sampler in two phases (Flink's class): {@link #sampleInPartition} gives every element
 * of a partition a random weight and keeps the {@code numSamples} heaviest; {@link
 * #sampleInCoordinator}, run once over all partitions' results, keeps the {@code numSamples}
 * heaviest of those. Heaviest-of-uniform-weights is a uniform sample, whatever the partitioning.
 */
public abstract class DistributedRandomSampler<T> extends RandomSampler<T> {

    protected final int numSamples;

    protected DistributedRandomSampler(int numSamples) {
        this.numSamples = numSamples;
    }

    /** The first phase, on one partition. */
    public abstract Iterator<IntermediateSampleData<T>> sampleInPartition(Iterator<T> input);

    /** The second phase, over the first phase's output of every partition. */
    public Iterator<T> sampleInCoordinator(Iterator<IntermediateSampleData<T>> input) {
        if (numSamples == 0) {
            return emptyIterable();
        }
        PriorityQueue<IntermediateSampleData<T>> reservoir = new PriorityQueue<>(numSamples);
        while (input.hasNext()) {
            offer(reservoir, input.next());
        }
        Iterator<IntermediateSampleData<T>> heaviest = reservoir.iterator();
        return new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return heaviest.hasNext();
            }

            @Override
            public T next() {
                return heaviest.next().getElement();
            }
        };
    }

    /**
     * The reservoir sampler of a fixed-size sample: {@link ReservoirSamplerWithReplacement} or
     * {@link ReservoirSamplerWithoutReplacement}.
     */
    public static <T> DistributedRandomSampler<T> reservoir(boolean withReplacement, int numSamples, long seed) {
        return withReplacement ? new ReservoirSamplerWithReplacement<>(numSamples, seed)
                : new ReservoirSamplerWithoutReplacement<>(numSamples, seed);
    }

    /**
     * The {@code numSamples} heaviest of {@code weightsPerElement} uniform weights drawn for every
     * element: one weight samples without replacement, one per place with replacement.
     */
    protected final Iterator<IntermediateSampleData<T>> heaviest(Iterator<T> input, Random random, int weightsPerElement) {
        if (numSamples == 0) {
            return Collections.emptyIterator();
        }
        PriorityQueue<IntermediateSampleData<T>> reservoir = new PriorityQueue<>(numSamples);
        while (input.hasNext()) {
            T element = input.next();
            for (int i = 0; i < weightsPerElement; i++) {
                offer(reservoir, new IntermediateSampleData<>(random.nextDouble(), element));
            }
        }
        return reservoir.iterator();
    }

    /** Keeps {@code candidate} if the reservoir has room or it outweighs the lightest element. */
    protected final void offer(PriorityQueue<IntermediateSampleData<T>> reservoir, IntermediateSampleData<T> candidate) {
        if (reservoir.size() < numSamples) {
            reservoir.add(candidate);
        } else if (candidate.getWeight() > reservoir.peek().getWeight()) {
            reservoir.poll();
            reservoir.add(candidate);
        }
    }

    /** Both phases in sequence, on one iterator. */
    @Override
    public Iterator<T> sample(Iterator<T> input) {
        return sampleInCoordinator(sampleInPartition(input));
    }
}
