package io.eddy.runtime.sort;

import io.eddy.runtime.memory.DataInputView;
import java.io.IOException;
import java.util.Iterator;

/**
 * Collects records and hands them back sorted, keeping them serialized in the operator's managed
 * memory. Records are serialized when added, so callers need not copy them. Two kinds:
 * {@link ExternalRecordSorter} spills sorted runs to disk and never fills up (for complete
 * groups, sortPartition, coGroup); {@link InMemoryRecordSorter} reports that it is full so a
 * combiner can drain it and start over.
 */
public interface RecordSorter extends AutoCloseable {

    /**
     * Adds a record (serialized at once; the caller may reuse the object). Returns false, without
     * adding it, if the sorter is full; the caller then drains it and adds the record again.
     */
    boolean add(Object record) throws IOException;

    /** Whether {@link #addSerialized} works: only a sorter that never fills up takes records as bytes. False by default. */
    default boolean supportsSerializedAdd() {
        return false;
    }

    /**
     * {@link #add} for a record given as the next {@code length} bytes of {@code source}, as the
     * sorter's serializer (or an equal one) wrote them.
     *
     * @throws UnsupportedOperationException unless {@link #supportsSerializedAdd()}
     */
    default void addSerialized(DataInputView source, int length) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records as objects only");
    }

    /** Records added since the last {@link #clear()}. */
    long size();

    /**
     * Sorts what was added and returns it in order, each record a new object; valid until
     * {@link #clear()}. I/O failures while iterating surface as {@link java.io.UncheckedIOException}.
     */
    Iterator<Object> sorted() throws IOException;

    /** Forgets every record, keeping the sorter usable. */
    void clear() throws IOException;

    /** Returns the memory and deletes the spill files; the sorter is unusable afterwards. */
    @Override
    void close();
}
