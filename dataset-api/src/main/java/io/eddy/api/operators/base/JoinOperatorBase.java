package io.eddy.api.operators.base;

/** Holder of {@link JoinHint}, at the path Flink programs import it from. */
public final class JoinOperatorBase {

    private JoinOperatorBase() {}

    /** Tells the engine how to run a join when the program knows the inputs' sizes better. */
    public enum JoinHint {
        /** Let the engine choose (today: repartition both inputs and hash-join them). */
        OPTIMIZER_CHOOSES,
        /** The first input is small: send it to every instance and build the hash table from it. */
        BROADCAST_HASH_FIRST,
        /** The second input is small: send it to every instance and build the hash table from it. */
        BROADCAST_HASH_SECOND,
        /** Repartition both by key and build the hash table from the first input. */
        REPARTITION_HASH_FIRST,
        /** Repartition both by key and build the hash table from the second input. */
        REPARTITION_HASH_SECOND,
        /** Repartition both by key and merge them sorted. */
        REPARTITION_SORT_MERGE
    }
}
