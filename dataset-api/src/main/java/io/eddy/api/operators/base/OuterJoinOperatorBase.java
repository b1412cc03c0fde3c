package io.eddy.api.operators.base;

/** Holder of {@link OuterJoinType}. */
public final class OuterJoinOperatorBase {

    private OuterJoinOperatorBase() {}

    /** Which side's unmatched records an outer join keeps. */
    public enum OuterJoinType {
        LEFT,
        RIGHT,
        FULL
    }
}
