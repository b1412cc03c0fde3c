package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

/** Sorts every parallel partition locally by one or more keys; chain {@code sortPartition} to add keys. */
public class SortPartitionOperator<T> extends SingleInputOperator<T, T, SortPartitionOperator<T>> {

    private final GroupOrder<T> order = new GroupOrder<>();
    private final String defaultName;
    private boolean keySelectorUsed;

    public SortPartitionOperator(DataSet<T> input, int field, Order sortOrder, String defaultName) {
        super(input, input.getType());
        this.defaultName = defaultName;
        sortPartition(field, sortOrder);
    }

    public SortPartitionOperator(DataSet<T> input, String field, Order sortOrder, String defaultName) {
        super(input, input.getType());
        this.defaultName = defaultName;
        sortPartition(field, sortOrder);
    }

    public SortPartitionOperator(DataSet<T> input, Keys<T> selectorKeys, Order sortOrder, String defaultName) {
        super(input, input.getType());
        this.defaultName = defaultName;
        this.keySelectorUsed = true;
        order.add(selectorKeys, sortOrder);
    }

    /** Adds a secondary sort field. */
    @Override
    public SortPartitionOperator<T> sortPartition(int field, Order sortOrder) {
        checkNoSelector();
        order.add(field, sortOrder, getType());
        return this;
    }

    @Override
    public SortPartitionOperator<T> sortPartition(String field, Order sortOrder) {
        checkNoSelector();
        order.add(field, sortOrder);
        return this;
    }

    @Override
    public <K> SortPartitionOperator<T> sortPartition(KeySelector<T, K> keyExtractor, Order sortOrder) {
        throw new InvalidProgramException("KeySelector cannot be chained with other sortPartition keys.");
    }

    private void checkNoSelector() {
        if (keySelectorUsed) {
            throw new InvalidProgramException("Expression keys cannot be appended after a KeySelector sortPartition key.");
        }
    }

    @Override
    protected OperatorNode translateNode(ProgramPlan plan) {
        OperatorNode input = getInput().translateToPlan(plan);
        TypeInformation<T> type = getType();
        UdfConfig udf = Translation.plainConfig(plan, type);
        OperatorNode node = plan.addNode("Sort-Partition", Translation.nameOr(name, defaultName),
                plan.resolveParallelism(parallelism), type,
                Drivers.sortPartition(udf, order.createComparator(type, plan.config())), null, "Sort (" + order + ")", 1);
        Translation.connect(node, input, 0);
        return node;
    }
}
