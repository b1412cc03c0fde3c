package io.eddy.api.operators.translation;

import io.eddy.api.functions.ReduceFunction;

/**
 * A reduce function of Eddy's own libraries that adds up the numbers after the key, such as
 * Gelly's degree and score sums: the records are tuples whose leading fields are the key and whose
 * other fields serialize to 8-byte numbers ({@code LongValue}, {@code DoubleValue}, {@code Long},
 * {@code Double}, or tuples of them), and {@code reduce(a, b)} returns a's key with every number
 * the sum of a's and b's, in that order.
 *
 * <p>Saying so lets a hash reduce fold each record into its aggregate's bytes, as the built-in
 * {@code sum} does ({@link SummingUpdater}), instead of deserializing the record and the aggregate,
 * calling {@link #reduce} and serializing the result. Where the types do not allow it (a key of
 * other fields, numbers of other lengths), {@link #reduce} is called as for any function, so the
 * two must agree.
 *
 * @param <T> the record type
 */
public interface SummingReduceFunction<T> extends ReduceFunction<T> {

    /** The summed numbers in serialized order: true for a double, false for a long. */
    boolean[] summedDoubles();
}
