package io.eddy.exec;

/** Whether a (group) reduce driver produces final results or partial ones as a pre-aggregation. */
public enum AggregationMode {
    /**
     * Pre-aggregation before a shuffle: bounded memory; when full, the driver emits what it holds
     * (partial results, possibly several per key) and starts again.
     */
    COMBINE,
    /** Final aggregation: exactly one result per key of the partition (or group), emitted at the end. */
    FINAL
}
