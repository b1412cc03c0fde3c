package io.eddy.api.sampling;

import java.util.Collections;
import java.util.Iterator;

/**
 * Draws a random sample from an iterator of one partition's elements (Flink's class). Fraction
 * samplers ({@link BernoulliSampler}, {@link PoissonSampler}) sample each partition independently;
 * fixed-size samplers ({@link DistributedRandomSampler}) need a second, central phase.
 */
public abstract class RandomSampler<T> {

    /** The smallest uniform number the gap samplers use, so that {@code log(u)} stays finite. */
    protected static final double EPSILON = 1e-5;

    /** An iterator over no elements. */
    protected final Iterator<T> emptyIterable() {
        return Collections.emptyIterator();
    }

    /** The sampled elements, computed lazily as the result is iterated. */
    public abstract Iterator<T> sample(Iterator<T> input);
}
