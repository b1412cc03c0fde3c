package io.eddy.gelly.gsa;

import io.eddy.api.operators.translation.NumericReduceFunction.Fold;

/**
 * A {@link SumFunction} of Gelly's library whose sum of two gathered values is a fold of numbers,
 * such as the smaller of two labels or distances: given the values' type, it says how their
 * serialized 8-byte numbers fold, so that a gather-sum-apply iteration sums them as bytes instead of
 * calling {@link SumFunction#sum} on objects. The two must agree.
 */
public interface NumericSum {

    /** How two gathered values of class {@code type} fold as 8-byte numbers, or null if they are no such numbers. */
    Fold fold(Class<?> type);
}
