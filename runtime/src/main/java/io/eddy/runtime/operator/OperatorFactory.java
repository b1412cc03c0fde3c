package io.eddy.runtime.operator;

import java.io.Serializable;

/**
 * Creates one operator instance per parallel subtask. Factories are what the job graph carries:
 * they are serialized with it (user functions inside them included) and deserialized once per
 * subtask, so every parallel instance gets its own copy of the user's function object.
 */
@FunctionalInterface
public interface OperatorFactory<OUT> extends Serializable {

    Operator<OUT> create();

    /**
     * The operator's claim on managed memory relative to the other operators sharing its slot: 0 for
     * record-at-a-time operators, 1 per sort buffer or hash table otherwise. Compilers copy it into
     * {@link io.eddy.runtime.jobgraph.ChainedOperator#managedMemoryWeight()}.
     */
    default int managedMemoryWeight() {
        return 0;
    }
}
