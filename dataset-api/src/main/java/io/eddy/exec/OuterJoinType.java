package io.eddy.exec;

/** The kind of outer join; the missing side of an unmatched record is passed to the function as null. */
public enum OuterJoinType {
    /** Every record of input 0 appears; unmatched ones joined with null. */
    LEFT,
    /** Every record of input 1 appears; unmatched ones joined with null. */
    RIGHT,
    /** Every record of both inputs appears. */
    FULL;

    /** True if unmatched records of {@code input} (0 or 1) must be emitted. */
    public boolean preserves(int input) {
        return this == FULL || (input == 0 ? this == LEFT : this == RIGHT);
    }
}
