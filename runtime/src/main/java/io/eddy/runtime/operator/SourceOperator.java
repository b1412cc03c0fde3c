package io.eddy.runtime.operator;

/**
 * An operator without inputs that produces a finite stream: a collection, a generator or an input
 * format reading the splits that {@link OperatorContext#getInputSplitProvider()} hands out. The task
 * calls {@link #run()} once between {@code open} and {@code close}; {@code processRecord} and
 * {@code endInput} are never called.
 */
public interface SourceOperator<OUT> extends Operator<OUT> {

    /** Emits every record of this parallel instance, returning early once cancelled. */
    void run() throws Exception;

    @Override
    default void processRecord(int input, Object record) {
        throw new UnsupportedOperationException("a source has no inputs");
    }

    @Override
    default void endInput(int input) {
        throw new UnsupportedOperationException("a source has no inputs");
    }
}
