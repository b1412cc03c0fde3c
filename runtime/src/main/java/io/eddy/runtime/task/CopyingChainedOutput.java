package io.eddy.runtime.task;

import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.types.TypeSerializer;

/**
 * A {@link ChainedOutput} that hands over a copy: used for every consumer but the last when one
 * operator feeds several chained consumers and object reuse is off, so no consumer sees another's
 * changes to a record it keeps.
 */
final class CopyingChainedOutput extends ChainedOutput {

    private final TypeSerializer<Object> serializer;

    CopyingChainedOutput(Operator<?> operator, int input, int operatorIndex, TypeSerializer<Object> serializer) {
        super(operator, input, operatorIndex);
        this.serializer = serializer;
    }

    @Override
    public void collect(Object record) throws Exception {
        super.collect(serializer.copy(record));
    }
}
