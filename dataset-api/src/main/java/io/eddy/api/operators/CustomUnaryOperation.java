package io.eddy.api.operators;

import io.eddy.api.DataSet;

/**
 * A reusable piece of a plan with one input, added with {@link DataSet#runOperation}: it receives
 * its input and builds the operators that compute its result (Gelly's iterations are built so).
 *
 * @param <IN> the input type
 * @param <OUT> the result type
 */
public interface CustomUnaryOperation<IN, OUT> {

    void setInput(DataSet<IN> inputData);

    DataSet<OUT> createResult();
}
