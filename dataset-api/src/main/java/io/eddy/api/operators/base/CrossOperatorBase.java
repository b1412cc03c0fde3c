package io.eddy.api.operators.base;

/** Holder of {@link CrossHint}, at the path Flink programs import it from. */
public final class CrossOperatorBase {

    private CrossOperatorBase() {}

    /** Which input of a cross product is small enough to be broadcast. */
    public enum CrossHint {
        OPTIMIZER_CHOOSES,
        FIRST_IS_SMALL,
        SECOND_IS_SMALL
    }
}
