package io.eddy.api.operators.base;

/** Holder of {@link PartitionMethod}. */
public final class PartitionOperatorBase {

    private PartitionOperatorBase() {}

    /** How a partition operator redistributes records. */
    public enum PartitionMethod {
        REBALANCE,
        HASH,
        RANGE,
        CUSTOM
    }
}
