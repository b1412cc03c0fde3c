package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

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
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        UdfConfig udf = Translation.udfConfig(plan, this, getInputType());
        OperatorNode node = plan.addNode("MapPartition", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType(), Drivers.mapPartition(udf, function), function, "MapPartition",
                udf.numInputs());
        Translation.connect(node, input, 0);
        Translation.connectBroadcastSets(plan, node, this, 1);
        return node;
    }
}
