package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

/**
 * The union of two data sets of the same type, duplicates kept. It runs no code of its own: the
 * next operator reads from both inputs.
 */
public class UnionOperator<T> extends TwoInputOperator<T, T, T, UnionOperator<T>> {

    private final String defaultName;

    public UnionOperator(DataSet<T> input1, DataSet<T> input2, String defaultName) {
        super(input1, input2, input1.getType());
        if (!input1.getType().equals(input2.getType())) {
            throw new InvalidProgramException("Cannot union inputs of different types. Input1=" + input1.getType()
                    + ", input2=" + input2.getType());
        }
        this.defaultName = defaultName;
    }

    @Override
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode in1 = getInput1().translateToPlan(plan);
        OperatorNode in2 = getInput2().translateToPlan(plan);
        OperatorNode union = plan.addUnion(Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType());
        Translation.connect(union, in1, 0);
        Translation.connect(union, in2, 0);
        return union;
    }
}
