package io.eddy.api.operators.join;

/** The kind of a join: inner, or which side's unmatched records an outer join keeps. */
public enum JoinType {
    INNER,
    LEFT_OUTER,
    RIGHT_OUTER,
    FULL_OUTER;

    public boolean isOuter() {
        return this != INNER;
    }
}
