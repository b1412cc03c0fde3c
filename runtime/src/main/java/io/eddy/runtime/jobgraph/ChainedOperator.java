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
 * @param managedMemoryWeight the operator's claim on its slot's managed memory relative to the other
 *        operators running in the slot (sorts and hash tables claim, record-at-a-time operators do
 *        not: 0)
 */
public record ChainedOperator(String name, String userFunctionClass, OperatorFactory<?> factory, int numInputs,
                              TypeSerializer<?> outputSerializer, List<ChainedInput> chainedOutputs,
                              int managedMemoryWeight)
        implements Serializable {

    public ChainedOperator {
        chainedOutputs = List.copyOf(chainedOutputs);
        if (managedMemoryWeight < 0) {
            throw new IllegalArgumentException("negative managed memory weight: " + managedMemoryWeight);
        }
    }

    /** An operator that needs no managed memory. */
    public ChainedOperator(String name, String userFunctionClass, OperatorFactory<?> factory, int numInputs,
                           TypeSerializer<?> outputSerializer, List<ChainedInput> chainedOutputs) {
        this(name, userFunctionClass, factory, numInputs, outputSerializer, chainedOutputs, 0);
    }

    /** An input of a chained operator: the operator's index in the chain and its input number. */
    public record ChainedInput(int operatorIndex, int inputIndex) implements Serializable {}
}
