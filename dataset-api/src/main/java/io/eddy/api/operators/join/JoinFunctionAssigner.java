package io.eddy.api.operators.join;

import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.JoinOperator;

/** The last step of an outer join definition: the function that joins each pair. */
public interface JoinFunctionAssigner<I1, I2> {

    <R> JoinOperator<I1, I2, R> with(JoinFunction<I1, I2, R> joinFunction);

    <R> JoinOperator<I1, I2, R> with(FlatJoinFunction<I1, I2, R> joinFunction);
}
