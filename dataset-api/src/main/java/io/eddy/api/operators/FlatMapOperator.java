package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

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
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        UdfConfig udf = Translation.udfConfig(plan, this, getInputType());
        OperatorNode node = plan.addNode("FlatMap", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType(), Drivers.flatMap(udf, function), function, "FlatMap",
                udf.numInputs());
        Translation.connect(node, input, 0);
        Translation.connectBroadcastSets(plan, node, this, 1);
        return node;
    }
}
