package io.eddy.runtime.jobgraph;

/** How an exchange distributes a producer's records over the consumer's subtasks. */
public enum ShipStrategy {
    /** Subtask i sends to subtask i; both sides have the same parallelism. */
    FORWARD,
    /** By a hash of the key, so equal keys meet in one subtask. */
    HASH,
    /** By key ranges with known boundaries, so consumer i holds keys below consumer i+1's. */
    RANGE,
    /** By a user partitioner over the key. */
    CUSTOM,
    /** Every record to every subtask. */
    BROADCAST,
    /** Round-robin, to even out skew or change parallelism. */
    REBALANCE
}
