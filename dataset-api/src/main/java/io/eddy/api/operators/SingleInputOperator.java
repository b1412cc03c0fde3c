package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.typeinfo.TypeInformation;

/** An operator with one input. */
public abstract class SingleInputOperator<IN, OUT, O extends SingleInputOperator<IN, OUT, O>> extends Operator<OUT, O> {

    private final DataSet<IN> input;

    protected SingleInputOperator(DataSet<IN> input, TypeInformation<OUT> resultType) {
        super(input.getExecutionEnvironment(), resultType);
        this.input = input;
    }

    public DataSet<IN> getInput() {
        return input;
    }

    public TypeInformation<IN> getInputType() {
        return input.getType();
    }
}
