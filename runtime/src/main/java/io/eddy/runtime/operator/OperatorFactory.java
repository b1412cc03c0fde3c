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
}
