package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Combines the locally available records of each group (or of each partition) without a shuffle:
 * a group may be combined in several calls, so the function sees partial groups.
 */
public class GroupCombineOperator<IN, OUT> extends SingleInputUdfOperator<IN, OUT, GroupCombineOperator<IN, OUT>> {

    private final GroupCombineFunction<IN, OUT> function;
    private final Grouping<IN> grouper;
    private final String defaultName;

    public GroupCombineOperator(DataSet<IN> input, TypeInformation<OUT> resultType,
                                GroupCombineFunction<IN, OUT> function, String defaultName) {
        super(input, resultType);
        this.function = function;
        this.grouper = null;
        this.defaultName = defaultName;
    }

    public GroupCombineOperator(Grouping<IN> input, TypeInformation<OUT> resultType,
                                GroupCombineFunction<IN, OUT> function, String defaultName) {
        super(input.getInputDataSet(), resultType);
        this.function = function;
        this.grouper = input;
        this.defaultName = defaultName;
    }

    public GroupCombineFunction<IN, OUT> getFunction() {
        return function;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.GROUP_COMBINE, "GroupCombine",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType()).input(input)
                .semantics(Translation.semantics(this, function));
        if (grouper != null) {
            node.key(Translation.key(grouper.getKeys(), getInputType()));
            node.groupOrder(grouper instanceof SortedGrouping<IN> sorted ? sorted.getGroupOrder() : null);
        }
        return plan.add(Translation.udf(plan, node, function, this));
    }
}
