package io.eddy.api.summarize.aggregation;

import java.io.Serializable;

/**
 * Accumulates a summary of values in one pass: {@link #aggregate} per value within a partition,
 * {@link #combine} to merge another partition's aggregator of the same type, {@link #result} at the end.
 */
public interface Aggregator<T, R> extends Serializable {

    void aggregate(T value);

    void combine(Aggregator<T, R> otherSameType);

    R result();
}
