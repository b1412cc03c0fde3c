package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/** Applies a FlatMapFunction to every record. Runs chained to its input where the parallelism allows. */
public class FlatMapOperator<IN, OUT> extends SingleInputUdfOperator<IN, OUT, FlatMapOperator<IN, OUT>> {

    protected final FlatMapFunction<IN, OUT> function;
    protected final String defaultName;

    public FlatMapOperator(DataSet<IN> input, TypeInformation<OUT> resultType, FlatMapFunction<IN, OUT> function, String defaultName) {
        super(input, resultType);
        this.function = function;
        this.defaultName = defaultName;
    }

    public FlatMapFunction<IN, OUT> getFunction() {
        return function;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.FLAT_MAP, "FlatMap", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(input)
                .semantics(Translation.semantics(this, function));
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
