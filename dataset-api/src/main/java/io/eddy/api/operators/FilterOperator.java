package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

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
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.FILTER, "Filter", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(input)
                .semantics(SemanticProperties.identity(getType()));
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
