package io.eddy.exec;

import java.util.Iterator;

/**
 * Collects records and hands them back sorted. Drivers see only this interface so that the heap
 * implementation ({@link HeapRecordSorter}) can be replaced by a managed-memory sorter that
 * serializes records into pages and spills, without changing the drivers.
 */
interface RecordSorter {

    /**
     * Adds a record the sorter may keep (the caller has copied it if needed). Returns false, without
     * adding it, if the sorter is full; the caller then drains it and adds the record again.
     */
    boolean add(Object record);

    int size();

    /** Sorts what was added and returns it in order; valid until {@link #clear()}. */
    Iterator<Object> sorted();

    /** Forgets every record, keeping the sorter usable. */
    void clear();
}
