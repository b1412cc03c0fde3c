package io.eddy.api.sampling;

import java.io.Serializable;

/**
 * An element with the random weight a fixed-size sampler gave it; the sample is the elements of the
 * largest weights, first per partition, then over all partitions.
 */
public class IntermediateSampleData<T> implements Comparable<IntermediateSampleData<T>>, Serializable {

    private static final long serialVersionUID = 1L;

    private double weight;

    private T element;

    public IntermediateSampleData(double weight, T element) {
        this.weight = weight;
        this.element = element;
    }

    public double getWeight() {
        return weight;
    }

    public T getElement() {
        return element;
    }

    /** By weight, so that a priority queue's head is the element to drop first. */
    @Override
    public int compareTo(IntermediateSampleData<T> other) {
        return Double.compare(weight, other.weight);
    }
}
