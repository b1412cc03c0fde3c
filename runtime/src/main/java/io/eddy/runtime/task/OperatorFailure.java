package io.eddy.runtime.task;

/**
 * Marks an exception as thrown by a given operator of the chain, so the task can name that operator
 * when it fails although the exception surfaced through the operators that fed it.
 */
final class OperatorFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int operatorIndex;

    OperatorFailure(int operatorIndex, Throwable cause) {
        super(cause);
        this.operatorIndex = operatorIndex;
    }

    int operatorIndex() {
        return operatorIndex;
    }
}
