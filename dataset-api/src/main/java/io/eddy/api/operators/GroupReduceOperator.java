package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.types.TypeComparator;

/**
 * Hands each group (or the whole data set) to one call of a GroupReduceFunction. If the function
 * also implements {@link GroupCombineFunction}, a combiner chained to the input pre-aggregates.
 */
public class GroupReduceOperator<IN, OUT> extends SingleInputUdfOperator<IN, OUT, GroupReduceOperator<IN, OUT>> {

    private final GroupReduceFunction<IN, OUT> function;
    private final Grouping<IN> grouper;
    private final String defaultName;
    private boolean combinable;

    /** Reduces the whole data set in one group. */
    public GroupReduceOperator(DataSet<IN> input, TypeInformation<OUT> resultType,
                               GroupReduceFunction<IN, OUT> function, String defaultName) {
        super(input, resultType);
        this.function = function;
        this.grouper = null;
        this.defaultName = defaultName;
        this.combinable = function instanceof GroupCombineFunction;
    }

    public GroupReduceOperator(Grouping<IN> input, TypeInformation<OUT> resultType,
                               GroupReduceFunction<IN, OUT> function, String defaultName) {
        super(input.getInputDataSet(), resultType);
        this.function = function;
        this.grouper = input;
        this.defaultName = defaultName;
        this.combinable = function instanceof GroupCombineFunction;
    }

    public GroupReduceFunction<IN, OUT> getFunction() {
        return function;
    }

    public boolean isCombinable() {
        return combinable;
    }

    /** Turns the combiner on or off; on requires a function that implements GroupCombineFunction. */
    public GroupReduceOperator<IN, OUT> setCombinable(boolean combinable) {
        if (combinable && !(function instanceof GroupCombineFunction)) {
            throw new IllegalArgumentException("Either the function " + function.getClass().getName()
                    + " must implement GroupCombineFunction or be annotated as combinable.");
        }
        this.combinable = combinable;
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected OperatorNode translateNode(ProgramPlan plan) {
        String opName = Translation.nameOr(name, defaultName);
        OperatorNode input = getInput().translateToPlan(plan);
        TypeInformation<IN> inType = getInputType();
        UdfConfig udf = Translation.udfConfig(plan, this, inType);
        TypeComparator<IN> keys = grouper == null ? null
                : Translation.comparator(grouper.getKeys(), inType, null, plan.config());
        TypeComparator<IN> order = grouper instanceof SortedGrouping<IN> sorted
                ? sorted.getGroupOrder().createComparator(inType, plan.config()) : null;
        OperatorNode preAggregated = input;
        if (combinable) {
            GroupCombineFunction<IN, IN> combineFunction = (GroupCombineFunction<IN, IN>) function;
            OperatorNode combiner = plan.addNode("GroupCombine", opName + " (combine)", input.parallelism(), inType,
                    Drivers.groupCombine(udf, combineFunction, keys, order), function,
                    keys == null ? "Combine (all)" : "Sorted Combine", udf.numInputs());
            Translation.connect(combiner, input, 0);
            Translation.connectBroadcastSets(plan, combiner, this, 1);
            preAggregated = combiner;
        }
        int p = grouper == null ? 1 : plan.resolveParallelism(parallelism);
        OperatorNode reducer = plan.addNode("GroupReduce", opName, p, getType(),
                Drivers.groupReduce(udf, function, keys, order), function,
                keys == null ? "GroupReduce (all)" : "Sorted GroupReduce", udf.numInputs());
        if (grouper == null) {
            Translation.connect(reducer, preAggregated, 0);
        } else {
            Translation.connectKeyed(reducer, preAggregated, 0, keys, grouper.getCustomPartitioner());
        }
        Translation.connectBroadcastSets(plan, reducer, this, 1);
        return reducer;
    }
}
