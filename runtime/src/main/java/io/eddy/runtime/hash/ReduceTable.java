package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.operator.Output;
import java.io.IOException;

/**
 * Hash aggregation state of a reduce: one aggregate per key, kept serialized in the operator's
 * managed memory ({@link ManagedReduceTable}).
 */
public interface ReduceTable extends AutoCloseable {

    /**
     * Reduces {@code record} into the aggregate of its key, or makes it the key's first aggregate.
     * The record is serialized at once, so the caller may reuse the object. Returns false, changing
     * nothing, if the table is full; a combiner then emits ({@link #emitAndClear}), a final reduce
     * spills ({@link #spill}).
     */
    boolean reduceOrInsert(Object record) throws Exception;

    /**
     * Loads the table memory where the next {@code count} records will be looked up, so that the
     * cache misses of a batch overlap before {@link #reduceOrInsert} takes the records one by one.
     * A hint: it changes nothing.
     */
    void prefetch(Object[] records, int count);

    /**
     * Whether records may come as bytes now ({@link #reduceOrInsertSerialized}, and
     * {@link #addSerialized} once the table sorts instead of hashing): a built-in aggregation that
     * updates its aggregates in place from the records' bytes, or a table that gave way to sorting
     * with a sorter that reads keys off bytes. False by default.
     */
    default boolean takesSerializedRecords() {
        return false;
    }

    /**
     * Prepares the next {@code count} records given as bytes (record {@code i} at
     * {@code records[offsets[i]]}, {@code lengths[i]} long) for {@link #reduceOrInsertSerialized}:
     * writes what it needs of record {@code i} into {@code hashes[i]} and loads the table memory the
     * batch's lookups will touch, so that their cache misses overlap. Required before those records
     * are reduced, while {@link #takesSerializedRecords()}.
     */
    default void prepareSerialized(byte[] records, int[] offsets, int[] lengths, int count, int[] hashes) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records as objects only");
    }

    /**
     * {@link #reduceOrInsert} for a record given as the {@code length} bytes at {@code record[offset]}
     * (as its serializer wrote them), with the {@code hash} {@link #prepareSerialized} gave it, while
     * {@link #takesSerializedRecords()}; false, changing nothing, if the table is full.
     */
    default boolean reduceOrInsertSerialized(byte[] record, int offset, int length, int hash) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records as objects only");
    }

    /**
     * Adds a record given as the {@code length} bytes its serializer wrote, read straight from
     * {@code record}, to the sorter of a table that sorts instead of hashing
     * ({@link #sortsInsteadOfHashing()}, {@link #takesSerializedRecords()}); never full.
     */
    default void addSerialized(DataInputView record, int length) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records as objects only");
    }

    /** Whether the table gave way to sorting, its keys too distinct to aggregate in memory. False by default. */
    default boolean sortsInsteadOfHashing() {
        return false;
    }

    /** Live aggregates in memory. */
    int size();

    /** Emits every aggregate in memory (in no particular order) and empties the table. */
    void emitAndClear(Output<Object> output) throws Exception;

    /** Moves every aggregate in memory to a sorted spill and empties the table. */
    void spill() throws Exception;

    /**
     * Emits the final aggregates: the table's, merged with what was spilled (spilled partial
     * aggregates of a key are reduced together). The table is empty afterwards.
     */
    void finish(Output<Object> output) throws Exception;

    /** Returns the memory and deletes spill files. */
    @Override
    void close();
}
