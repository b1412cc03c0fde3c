package io.eddy.api.util;

import java.io.Serializable;
import java.util.Iterator;

/**
 * An iterator that can be divided into disjoint parts, one per parallel source instance (as
 * Flink's {@code util.SplittableIterator}); used by {@code fromParallelCollection} and
 * {@code generateSequence}.
 */
public abstract class SplittableIterator<T> implements Iterator<T>, Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Divides the remaining elements into {@code numPartitions} disjoint iterators that together
     * return every element once.
     */
    public abstract Iterator<T>[] split(int numPartitions);

    /** Part {@code num} of {@link #split(int) split(numPartitions)}. */
    public Iterator<T> getSplit(int num, int numPartitions) {
        if (numPartitions < 1 || num < 0 || num >= numPartitions) {
            throw new IllegalArgumentException("Invalid split " + num + " of " + numPartitions);
        }
        return split(numPartitions)[num];
    }

    /** The largest useful number of parts. */
    public abstract int getMaximumNumberOfSplits();
}
