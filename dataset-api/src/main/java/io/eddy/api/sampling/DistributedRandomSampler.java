package io.eddy.api.sampling;

import java.util.Iterator;
import java.util.PriorityQueue;

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
