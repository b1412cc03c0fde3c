package io.eddy.exec;

/**
 * How a driver consumes one of its inputs, as far as the flow of records through the job is
 * concerned. The optimizer reads it to find where a pipelined dataflow could deadlock and where a
 * result is fully materialized anyway.
 */
public enum DamBehavior {
    /** Records of this input may produce output right away; the input is read as data arrives. */
    PIPELINED,
    /** The input is read as data arrives, but output only follows after it ended (sort, hash aggregate). */
    MATERIALIZING,
    /**
     * As {@link #MATERIALIZING}, and the driver reads this input to its end before its other inputs
     * (a hash join's build side, a cross's held side): the other inputs wait meanwhile.
     */
    FULL_DAM
}
