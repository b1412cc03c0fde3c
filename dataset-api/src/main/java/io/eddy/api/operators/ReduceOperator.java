package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.compiler.Drivers;
import io.eddy.compiler.Drivers.ReduceMode;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.types.TypeComparator;

/**
 * Reduces each group (or the whole data set) to one record with a ReduceFunction. Runs in two
 * phases: a combiner chained to the input pre-aggregates each partition, then the records are
 * partitioned by key and reduced again (for the whole data set: in one instance).
 */
public class ReduceOperator<IN> extends SingleInputUdfOperator<IN, IN, ReduceOperator<IN>> {

    private final ReduceFunction<IN> function;
    private final Grouping<IN> grouper;
    private final String defaultName;
    private CombineHint hint = CombineHint.OPTIMIZER_CHOOSES;

    /** Reduces the whole data set. */
    public ReduceOperator(DataSet<IN> input, ReduceFunction<IN> function, String defaultName) {
        super(input, input.getType());
        this.function = function;
        this.grouper = null;
        this.defaultName = defaultName;
    }

    /** Reduces every group. */
    public ReduceOperator(Grouping<IN> input, ReduceFunction<IN> function, String defaultName) {
        super(input.getInputDataSet(), input.getInputDataSet().getType());
        this.function = function;
        this.grouper = input;
        this.defaultName = defaultName;
    }

    public ReduceFunction<IN> getFunction() {
        return function;
    }

    /** How to pre-aggregate; {@code NONE} skips the combiner. */
    public ReduceOperator<IN> setCombineHint(CombineHint strategy) {
        this.hint = strategy;
        return this;
    }

    @Override
    protected OperatorNode translateNode(ProgramPlan plan) {
        return translateReduce(plan, this, getInput(), grouper, function, hint, Translation.nameOr(name, defaultName),
                parallelism, "Reduce");
    }

    /** The two-phase reduce plan shared by reduce, aggregate, distinct and minBy/maxBy. */
    static <T> OperatorNode translateReduce(ProgramPlan plan, SingleInputUdfOperator<T, T, ?> operator,
                                            DataSet<T> inputSet, Grouping<T> grouper, ReduceFunction<T> function,
                                            CombineHint hint, String name, int requestedParallelism, String kind) {
        OperatorNode input = inputSet.translateToPlan(plan);
        UdfConfig udf = Translation.udfConfig(plan, operator, inputSet.getType());
        TypeComparator<T> keys = grouper == null ? null
                : Translation.comparator(grouper.getKeys(), inputSet.getType(), null, plan.config());
        OperatorNode preAggregated = input;
        if (hint != CombineHint.NONE) {
            OperatorNode combiner = plan.addNode("Combine", name + " (combine)", input.parallelism(),
                    inputSet.getType(), Drivers.reduce(udf, function, keys, ReduceMode.COMBINE), function,
                    grouper == null ? "Combine (all)" : "Hash Combine", udf.numInputs());
            Translation.connect(combiner, input, 0);
            Translation.connectBroadcastSets(plan, combiner, operator, 1);
            preAggregated = combiner;
        }
        int parallelism = grouper == null ? 1 : plan.resolveParallelism(requestedParallelism);
        OperatorNode reducer = plan.addNode(kind, name, parallelism, inputSet.getType(),
                Drivers.reduce(udf, function, keys, ReduceMode.FINAL), function,
                grouper == null ? "Reduce (all)" : "Hash Reduce", udf.numInputs());
        if (grouper == null) {
            Translation.connect(reducer, preAggregated, 0);
        } else {
            Translation.connectKeyed(reducer, preAggregated, 0, keys, grouper.getCustomPartitioner());
        }
        Translation.connectBroadcastSets(plan, reducer, operator, 1);
        return reducer;
    }
}
