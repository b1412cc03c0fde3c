package io.eddy.runtime.hash;

import io.eddy.runtime.memory.MemorySegment;

/**
 * Folds a record into the serialized aggregate of its key by rewriting the aggregate's bytes, for
 * {@link InPlaceMutableHashTable#reduceOrInsertInPlace}: what built-in aggregations (sums, minima,
 * maxima of fixed-size fields) use so that neither the stored aggregate nor the key is ever
 * deserialized. Records must serialize to their key followed by a tail of fixed length.
 *
 * @param <T> the record type
 */
public interface InPlaceUpdater<T> {

    /** The length of every record's serialized bytes after its key. */
    int tailLength();

    /**
     * Folds {@code record} into the stored aggregate whose tail is the {@link #tailLength()} bytes of
     * {@code stored} at {@code tailOffset}, big-endian as serializers write it, by overwriting those
     * bytes: where the table keeps them, or a copy in a heap segment.
     */
    void update(T record, MemorySegment stored, int tailOffset) throws Exception;

    /**
     * Whether {@link #updateSerialized} works: the updater reads the record's values off its bytes,
     * so that a record from the network need not become an object. False by default.
     */
    default boolean supportsSerializedRecords() {
        return false;
    }

    /**
     * {@link #update} for a record given as its serialized bytes, whose tail starts at
     * {@code record[recordTailOffset]}.
     *
     * @throws UnsupportedOperationException unless {@link #supportsSerializedRecords()}
     */
    default void updateSerialized(byte[] record, int recordTailOffset, MemorySegment stored, int tailOffset) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " updates from objects only");
    }
}
