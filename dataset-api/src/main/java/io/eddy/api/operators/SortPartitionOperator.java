package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

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
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        return plan.add(new LogicalNode.Builder(LogicalNode.Kind.SORT_PARTITION, "Sort-Partition",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType()).input(input)
                .groupOrder(order).semantics(SemanticProperties.identity(getType())));
    }
}
