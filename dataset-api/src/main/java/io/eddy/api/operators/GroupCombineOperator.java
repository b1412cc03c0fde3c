package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.types.TypeComparator;

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
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        TypeInformation<IN> inType = getInputType();
        UdfConfig udf = Translation.udfConfig(plan, this, inType);
        TypeComparator<IN> keys = grouper == null ? null
                : Translation.comparator(grouper.getKeys(), inType, null, plan.config());
        TypeComparator<IN> order = grouper instanceof SortedGrouping<IN> sorted
                ? sorted.getGroupOrder().createComparator(inType, plan.config()) : null;
        OperatorNode node = plan.addNode("GroupCombine", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), getType(), Drivers.groupCombine(udf, function, keys, order),
                function, keys == null ? "Combine (all)" : "Sorted Combine", udf.numInputs());
        Translation.connect(node, input, 0);
        Translation.connectBroadcastSets(plan, node, this, 1);
        return node;
    }
}
