package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.translation.RangePartitioning;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Redistributes a data set without changing it: by key hash, by key range (sampled at run time),
 * by a custom partitioner, or round robin ({@code rebalance}).
 */
public class PartitionOperator<T> extends SingleInputOperator<T, T, PartitionOperator<T>> {

    private final PartitionMethod method;
    private final Keys<T> keys;
    private final Partitioner<?> customPartitioner;
    private final String defaultName;
    private Order[] orders;

    public PartitionOperator(DataSet<T> input, PartitionMethod method, Keys<T> keys, String defaultName) {
        super(input, input.getType());
        if (method == PartitionMethod.CUSTOM) {
            throw new IllegalArgumentException("custom partitioning needs a partitioner");
        }
        if (method != PartitionMethod.REBALANCE && (keys == null || keys.isEmpty())) {
            throw new InvalidProgramException("Partitioning by " + method + " needs keys.");
        }
        this.method = method;
        this.keys = keys;
        this.customPartitioner = null;
        this.defaultName = defaultName;
    }

    public PartitionOperator(DataSet<T> input, Keys<T> keys, Partitioner<?> partitioner, String defaultName) {
        super(input, input.getType());
        if (partitioner == null) {
            throw new NullPointerException("Partitioner must not be null.");
        }
        keys.validateCustomPartitioner(partitioner, null);
        this.method = PartitionMethod.CUSTOM;
        this.keys = keys;
        this.customPartitioner = partitioner;
        this.defaultName = defaultName;
    }

    /** The order per key field of a range partitioning (ascending by default). */
    public PartitionOperator<T> withOrders(Order... orders) {
        if (method != PartitionMethod.RANGE) {
            throw new IllegalStateException("Orders can only be set for range partitioning.");
        }
        if (orders.length != keys.getNumberOfKeyFields()) {
            throw new IllegalArgumentException("The number of orders (" + orders.length
                    + ") must match the number of key fields (" + keys.getNumberOfKeyFields() + ").");
        }
        this.orders = orders.clone();
        return this;
    }

    public PartitionMethod getPartitionMethod() {
        return method;
    }

    public Partitioner<?> getCustomPartitioner() {
        return customPartitioner;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        boolean[] ascending = null;
        if (orders != null) {
            ascending = new boolean[orders.length];
            for (int i = 0; i < orders.length; i++) {
                ascending[i] = orders[i] != Order.DESCENDING;
            }
        }
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.PARTITION, "Partition",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType()).input(input)
                .partitioning(method, customPartitioner, ascending).semantics(SemanticProperties.identity(getType()));
        if (keys != null) {
            node.key(Translation.key(keys, getType()));
        }
        return plan.add(node);
    }
}
