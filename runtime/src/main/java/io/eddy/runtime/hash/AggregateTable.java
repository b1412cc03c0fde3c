package io.eddy.runtime.hash;

import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.List;

/**
 * The aggregates of a hash aggregation, as {@link ManagedReduceTable} uses them:
 * {@link InPlaceMutableHashTable} for any records, {@link FixedLengthAggregateTable} for records of
 * one serialized length with a key comparable as bytes.
 *
 * @param <T> the record type
 */
interface AggregateTable<T> {

    /**
     * Folds {@code record} into the stored aggregate of its key with {@code reducer}, or inserts it.
     * The stored aggregate is deserialized into {@code reuse} first (null: a new object).
     *
     * @return false, with the table unchanged, if the key is new and does not fit
     */
    boolean reduceOrInsert(T record, RecordReducer<T> reducer, T reuse) throws Exception;

    /**
     * Whether {@link #reduceOrInsertSerialized} takes records as bytes for the reducer: this table
     * serializes every record it takes anyway, so bytes cost it nothing.
     */
    default boolean reducesSerialized() {
        return false;
    }

    /**
     * As {@link #reduceOrInsert(Object, RecordReducer, Object)} for a record given as the
     * {@code length} bytes at {@code record[offset]}, whose key {@link #touchSerialized} hashed to
     * {@code hash}: stored as those bytes if its key is new, else deserialized for the reducer.
     *
     * @throws UnsupportedOperationException unless {@link #reducesSerialized()}
     */
    default boolean reduceOrInsertSerialized(byte[] record, int offset, int length, int hash, RecordReducer<T> reducer,
                                             T reuse) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records for a reducer as objects");
    }

    /**
     * Folds {@code record} into the stored aggregate of its key with {@code updater}, or inserts it.
     *
     * @return false, with the table unchanged, if the key is new and does not fit
     */
    boolean reduceOrInsertInPlace(T record, InPlaceUpdater<T> updater) throws Exception;

    /**
     * As {@link #reduceOrInsertInPlace(Object, InPlaceUpdater)} for a record given as the
     * {@code length} bytes at {@code record[offset]}, whose key {@link #touchSerialized} hashed to
     * {@code hash}.
     */
    boolean reduceOrInsertInPlace(byte[] record, int offset, int length, int hash, InPlaceUpdater<T> updater)
            throws Exception;

    /**
     * Adds what a lookup of {@code record}'s key reads first to {@code loads}, which the caller loads
     * for a batch of records at once.
     */
    void gatherHome(T record, GatherLoads loads);

    /**
     * Hashes the keys of a batch of records given as bytes into {@code hashes} and loads what their
     * lookups read, so that the cache misses of the batch overlap.
     */
    void touchSerialized(byte[] records, int[] offsets, int[] lengths, int count, int[] hashes) throws IOException;

    /** The number of aggregates. */
    int size();

    /** Every aggregate once, deserialized. The table must not change while the iterator is in use. */
    MutableObjectIterator<T> getEntryIterator();

    /** Drops every aggregate and keeps the memory. */
    void resetToEmpty();

    /** Returns every page the table was given; the table cannot be used afterwards. */
    List<MemorySegment> close();
}
