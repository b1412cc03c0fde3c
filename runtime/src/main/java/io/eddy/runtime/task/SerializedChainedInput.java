package io.eddy.runtime.task;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.operator.SerializedInput;

/**
 * Hands the records of one network input to an operator as bytes ({@link SerializedInput}), tagging
 * the operator's exceptions with its index as {@link ChainedOutput} does.
 */
final class SerializedChainedInput {

    private final SerializedInput operator;
    private final int input;
    private final int operatorIndex;

    SerializedChainedInput(SerializedInput operator, int input, int operatorIndex) {
        this.operator = operator;
        this.input = input;
        this.operatorIndex = operatorIndex;
    }

    /** Whether the operator takes the next buffer of records as bytes. */
    boolean accepts() {
        return operator.acceptsSerialized(input);
    }

    void collect(DataInputView record, int length) throws OperatorFailure {
        try {
            operator.processSerialized(input, record, length);
        } catch (OperatorFailure failure) {
            throw failure;
        } catch (Throwable t) {
            throw new OperatorFailure(operatorIndex, t);
        }
    }
}
