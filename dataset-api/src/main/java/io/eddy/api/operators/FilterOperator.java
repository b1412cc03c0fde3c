package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

/** Keeps the records a FilterFunction accepts. Runs chained to its input where the parallelism allows. */
public class FilterOperator<T> extends SingleInputUdfOperator<T, T, FilterOperator<T>> {

    protected final FilterFunction<T> function;
    protected final String defaultName;

    public FilterOperator(DataSet<T> input, FilterFunction<T> function, String defaultName) {
        super(input, input.getType());
        this.function = function;
        this.defaultName = defaultName;
    }

    public FilterFunction<T> getFunction() {
        return function;
    }

    @Override
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        UdfConfig udf = Translation.udfConfig(plan, this, getInputType());
        OperatorNode node = plan.addNode("Filter", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType(), Drivers.filter(udf, function), function, "Filter",
                udf.numInputs());
        Translation.connect(node, input, 0);
        Translation.connectBroadcastSets(plan, node, this, 1);
        return node;
    }
}
