package io.eddy.runtime.jobgraph;

import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.List;

/**
 * One operator inside a vertex's chain.
 *
 * @param name the operator's name, used in error messages ("Map (at main(WordCount.java:42))")
 * @param userFunctionClass the class of the user function it runs, for error messages, or null
 * @param factory creates the operator once per subtask
 * @param numInputs how many inputs the operator has (0 for a source)
 * @param outputSerializer serializer of the operator's output type, used to copy records when one
 *        output feeds several consumers with object reuse off; null if it emits nothing
 * @param chainedOutputs the chained operators (and their input index) that receive this
 *        operator's records directly; network outputs are the {@link JobEdge}s that name it
 */
public record ChainedOperator(String name, String userFunctionClass, OperatorFactory<?> factory, int numInputs,
                              TypeSerializer<?> outputSerializer, List<ChainedInput> chainedOutputs)
        implements Serializable {

    public ChainedOperator {
        chainedOutputs = List.copyOf(chainedOutputs);
    }

    /** An input of a chained operator: the operator's index in the chain and its input number. */
    public record ChainedInput(int operatorIndex, int inputIndex) implements Serializable {}
}
