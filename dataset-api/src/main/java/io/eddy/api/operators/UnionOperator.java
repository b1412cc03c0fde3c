package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

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
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode in1 = getInput1().translateToPlan(plan);
        LogicalNode in2 = getInput2().translateToPlan(plan);
        return plan.add(new LogicalNode.Builder(LogicalNode.Kind.UNION, "Union", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(in1).input(in2));
    }
}
