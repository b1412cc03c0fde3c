package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.distributions.DataDistribution;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.translation.RangePartitioning;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Redistributes a data set without changing it: by key hash, by key range (sampled at run time, or
 * from a user's {@link DataDistribution}),
 * by a custom partitioner, or round robin ({@code rebalance}).
 */
public class PartitionOperator<T> extends SingleInputOperator<T, T, PartitionOperator<T>> {

    private final PartitionMethod method;
    private final Keys<T> keys;
    private final Partitioner<?> customPartitioner;
    private final String defaultName;
    private final DataDistribution distribution;
    private Order[] orders;

    public PartitionOperator(DataSet<T> input, PartitionMethod method, Keys<T> keys, String defaultName) {
        this(input, method, keys, null, defaultName);
    }

    /**
     * Partitioning by {@code method}; a range partitioning with a {@code distribution} takes its
     * boundaries from it instead of sampling the keys (Flink's {@code DataSetUtils.partitionByRange}).
     */
    public PartitionOperator(DataSet<T> input, PartitionMethod method, Keys<T> keys, DataDistribution distribution,
            String defaultName) {
        super(input, input.getType());
        if (distribution != null) {
            checkDistribution(method, keys, distribution);
        }
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
        this.distribution = distribution;
    }

    /** As Flink: only range partitioning takes a distribution, whose leading fields have the key's types. */
    private static <T> void checkDistribution(PartitionMethod method, Keys<T> keys, DataDistribution distribution) {
        if (method != PartitionMethod.RANGE) {
            throw new IllegalArgumentException("A data distribution can only be given for range partitioning.");
        }
        TypeInformation<?>[] keyTypes = keys.getKeyFieldTypes();
        if (distribution.getNumberOfFields() < keyTypes.length) {
            throw new InvalidProgramException("The distribution must provide at least as many fields as flat key fields "
                    + "are specified: " + distribution.getNumberOfFields() + " < " + keyTypes.length + ".");
        }
        TypeInformation<?>[] distributionTypes = distribution.getKeyTypes();
        for (int i = 0; i < keyTypes.length; i++) {
            if (!keyTypes[i].equals(distributionTypes[i])) {
                throw new InvalidProgramException("The types of the flat key fields must be equal to the types of the "
                        + "distribution's fields: field " + i + " is " + keyTypes[i] + " in the key and "
                        + distributionTypes[i] + " in the distribution.");
            }
        }
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
        this.distribution = null;
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
                .partitioning(method, customPartitioner, ascending).distribution(distribution).semantics(SemanticProperties.identity(getType()));
        if (keys != null) {
            node.key(Translation.key(keys, getType()));
        }
        return plan.add(node);
    }
}
