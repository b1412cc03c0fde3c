package io.eddy.api.accumulators;

import java.io.Serializable;

/**
 * A value that each parallel instance of a function updates locally and that the client receives
 * merged over all instances when the job ends ({@code JobExecutionResult.getAccumulatorResult}).
 *
 * @param <V> the type of the values added
 * @param <R> the type of the result, which must be serializable
 */
public interface Accumulator<V, R extends Serializable> extends Serializable, Cloneable {

    void add(V value);

    R getLocalValue();

    void resetLocal();

    /** Adds {@code other}'s value to this one; used to combine the instances' results. */
    void merge(Accumulator<V, R> other);

    Accumulator<V, R> clone();
}
