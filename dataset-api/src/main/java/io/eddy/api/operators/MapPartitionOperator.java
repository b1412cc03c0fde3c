package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/** Applies a MapPartitionFunction to every parallel partition. Runs chained to its input where the parallelism allows. */
public class MapPartitionOperator<IN, OUT> extends SingleInputUdfOperator<IN, OUT, MapPartitionOperator<IN, OUT>> {

    protected final MapPartitionFunction<IN, OUT> function;
    protected final String defaultName;

    public MapPartitionOperator(DataSet<IN> input, TypeInformation<OUT> resultType, MapPartitionFunction<IN, OUT> function, String defaultName) {
        super(input, resultType);
        this.function = function;
        this.defaultName = defaultName;
    }

    public MapPartitionFunction<IN, OUT> getFunction() {
        return function;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.MAP_PARTITION, "MapPartition", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(input)
                .semantics(Translation.semantics(this, function));
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
