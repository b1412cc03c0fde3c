package io.eddy.api.operators.base;

/** Holder of {@link CombineHint}, at the path Flink programs import it from. */
public final class ReduceOperatorBase {

    private ReduceOperatorBase() {}

    /** How a reduce pre-aggregates before the shuffle. */
    public enum CombineHint {
        /** Let the engine choose (hash-based). */
        OPTIMIZER_CHOOSES,
        /** Sort-based combining. */
        SORT,
        /** Hash-based combining: best with few distinct keys. */
        HASH,
        /** No combiner: best when nearly every key is unique. */
        NONE
    }
}
