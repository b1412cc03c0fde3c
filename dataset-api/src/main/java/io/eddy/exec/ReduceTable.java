package io.eddy.exec;

import io.eddy.runtime.operator.Output;

/**
 * Hash aggregation state of a reduce: one aggregate per key. Drivers see only this interface so the
 * heap implementation ({@link HeapReduceTable}) can be replaced by a managed-memory table that
 * updates serialized aggregates in place.
 */
interface ReduceTable {

    /**
     * Reduces {@code record} into the aggregate of its key, or makes it the key's first aggregate.
     * Returns false, changing nothing, if the key is new and the table is full.
     */
    boolean reduceOrInsert(Object record) throws Exception;

    int size();

    /** Emits every aggregate (in no particular order) and empties the table. */
    void emitAndClear(Output<Object> output) throws Exception;
}
