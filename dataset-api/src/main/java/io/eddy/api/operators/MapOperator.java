package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/** Applies a MapFunction to every record. Runs chained to its input where the parallelism allows. */
public class MapOperator<IN, OUT> extends SingleInputUdfOperator<IN, OUT, MapOperator<IN, OUT>> {

    protected final MapFunction<IN, OUT> function;
    protected final String defaultName;

    public MapOperator(DataSet<IN> input, TypeInformation<OUT> resultType, MapFunction<IN, OUT> function, String defaultName) {
        super(input, resultType);
        this.function = function;
        this.defaultName = defaultName;
    }

    public MapFunction<IN, OUT> getFunction() {
        return function;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.MAP, "Map", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(input)
                .semantics(Translation.semantics(this, function));
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
