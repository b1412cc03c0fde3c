package io.eddy.api.operators.translation;

import io.eddy.api.functions.ReduceFunction;

/**
 * A reduce function of Eddy's own libraries that folds the numbers after the key one by one, such
 * as Gelly's degree and score sums or the minimum label of connected components: the records are
 * tuples whose leading fields are the key and whose other fields serialize to 8-byte numbers
 * ({@code LongValue}, {@code DoubleValue}, {@code Long}, {@code Double}, or tuples of them), and
 * {@code reduce(a, b)} returns a's key with each number folded from a's and b's as {@link #folds()}
 * says.
 *
 * <p>Saying so lets a hash reduce fold each record into its aggregate's bytes, as the built-in
 * {@code sum} and {@code min} do ({@link NumericUpdater}), instead of deserializing the record and
 * the aggregate, calling {@link #reduce} and serializing the result. Where the types do not allow
 * it (a key of other fields, numbers of other lengths), {@link #reduce} is called as for any
 * function, so the two must agree.
 *
 * @param <T> the record type
 */
public interface NumericReduceFunction<T> extends ReduceFunction<T> {

    /** How {@code reduce(a, b)} makes one number of the result from a's and b's. */
    enum Fold {
        /** {@code a + b} of longs (wrapping around). */
        LONG_SUM,
        /** {@code a + b} of doubles. */
        DOUBLE_SUM,
        /** The smaller of two longs, compared signed (as {@code Long.compareTo}). */
        LONG_MIN,
        /** {@code Math.min(a, b)} of doubles. */
        DOUBLE_MIN
    }

    /** What becomes of each number after the key, in serialized order; null if this function's types are not such numbers. */
    Fold[] folds();
}
