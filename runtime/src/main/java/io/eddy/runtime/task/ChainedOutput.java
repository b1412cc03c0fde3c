package io.eddy.runtime.task;

import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.Output;

/**
 * Hands records to one input of a chained operator, as objects. Exceptions the operator throws are
 * tagged with its index so the task can name it; tagged exceptions from operators further down the
 * chain pass through unchanged.
 */
class ChainedOutput implements Output<Object> {

    private final Operator<?> operator;
    private final int input;
    private final int operatorIndex;

    ChainedOutput(Operator<?> operator, int input, int operatorIndex) {
        this.operator = operator;
        this.input = input;
        this.operatorIndex = operatorIndex;
    }

    @Override
    public void collect(Object record) throws Exception {
        try {
            operator.processRecord(input, record);
        } catch (OperatorFailure failure) {
            throw failure;
        } catch (Throwable t) {
            throw new OperatorFailure(operatorIndex, t);
        }
    }
}
