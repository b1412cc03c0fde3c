package io.eddy.runtime.task;

import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.Output;

/**
 * Delivers records to one input of a multi-input operator whose inputs the task cannot stall (it is
 * chained behind another operator, or shares the network with other operators), failing the task if
 * the operator {@linkplain Operator#requiredInput() requires} another input that is still open. Such
 * an operator would otherwise see records in an order it ruled out and compute a wrong result
 * silently; a correct compiler never builds the chain, so this only turns a planning bug into an error.
 *
 * <p>Costs one call of {@code requiredInput()} per record, which is why the task's own network
 * operator, whose required input the gate honours, is fed without this check.
 */
final class SelectionCheckingOutput implements Output<Object> {

    private final Output<Object> target;
    private final Operator<?> operator;
    private final int input;
    private final int operatorIndex;
    private final OperatorChain chain;

    SelectionCheckingOutput(Output<Object> target, Operator<?> operator, int input, int operatorIndex,
                            OperatorChain chain) {
        this.target = target;
        this.operator = operator;
        this.input = input;
        this.operatorIndex = operatorIndex;
        this.chain = chain;
    }

    @Override
    public void collect(Object record) throws Exception {
        int required = operator.requiredInput();
        if (required != input && required >= 0 && chain.isInputOpen(operatorIndex, required)) {
            throw new OperatorFailure(operatorIndex, new IllegalStateException("operator requires input " + required
                    + " to end before it reads input " + input + ", but receives input " + input + " from an operator"
                    + " it is chained to or shares the network with, which the task cannot stall; an operator that"
                    + " requires an input must be the only network-input operator of its vertex"));
        }
        target.collect(record);
    }
}
