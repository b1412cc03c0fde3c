package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

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
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        UdfConfig udf = Translation.udfConfig(plan, this, getInputType());
        OperatorNode node = plan.addNode("Map", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType(), Drivers.map(udf, function), function, "Map",
                udf.numInputs());
        Translation.connect(node, input, 0);
        Translation.connectBroadcastSets(plan, node, this, 1);
        return node;
    }
}
