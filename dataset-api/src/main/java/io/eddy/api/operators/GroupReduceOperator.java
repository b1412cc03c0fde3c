package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

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
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.GROUP_REDUCE, "GroupReduce",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType()).input(input)
                .combinable(combinable).semantics(Translation.semantics(this, function));
        if (grouper == null) {
            node.singleton();
        } else {
            node.key(Translation.key(grouper.getKeys(), getInputType()));
            node.partitioning(null, grouper.getCustomPartitioner(), null);
            node.groupOrder(grouper instanceof SortedGrouping<IN> sorted ? sorted.getGroupOrder() : null);
        }
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
