package io.eddy.runtime.sort;

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
