package io.eddy.api;

/**
 * How data moves between operators. Eddy's runtime is pipelined; {@code BATCH} is accepted for
 * Flink compatibility and behaves the same until blocking exchanges exist.
 */
public enum ExecutionMode {
    PIPELINED,
    PIPELINED_FORCED,
    BATCH,
    BATCH_FORCED
}
