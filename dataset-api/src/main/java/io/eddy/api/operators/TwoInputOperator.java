package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.typeinfo.TypeInformation;

/** An operator with two inputs, which must belong to the same environment. */
public abstract class TwoInputOperator<IN1, IN2, OUT, O extends TwoInputOperator<IN1, IN2, OUT, O>>
        extends Operator<OUT, O> {

    private final DataSet<IN1> input1;
    private final DataSet<IN2> input2;

    protected TwoInputOperator(DataSet<IN1> input1, DataSet<IN2> input2, TypeInformation<OUT> resultType) {
        super(checkSameContext(input1, input2).getExecutionEnvironment(), resultType);
        this.input1 = input1;
        this.input2 = input2;
    }

    static <A> DataSet<A> checkSameContext(DataSet<A> first, DataSet<?> second) {
        if (first == null || second == null) {
            throw new NullPointerException("both inputs of a binary operator must be set");
        }
        if (first.getExecutionEnvironment() != second.getExecutionEnvironment()) {
            throw new InvalidProgramException("The two inputs have different execution contexts.");
        }
        return first;
    }

    public DataSet<IN1> getInput1() {
        return input1;
    }

    public DataSet<IN2> getInput2() {
        return input2;
    }

    public TypeInformation<IN1> getInput1Type() {
        return input1.getType();
    }

    public TypeInformation<IN2> getInput2Type() {
        return input2.getType();
    }
}
