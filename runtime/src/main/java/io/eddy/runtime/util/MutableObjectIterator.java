package io.eddy.runtime.util;

import java.io.IOException;

/**
 * An iterator over records that may be deserialized into an object the caller hands in, so that
 * reading a sorted run or a hash table's entries allocates nothing per record. Unlike
 * {@link java.util.Iterator} there is no hasNext: {@code null} marks the end.
 *
 * @param <T> the record type
 */
public interface MutableObjectIterator<T> {

    /**
     * The next record, possibly stored in {@code reuse} (callers must use the returned object, not
     * {@code reuse}), or null at the end.
     */
    T next(T reuse) throws IOException;

    /** The next record as a new object, or null at the end. */
    T next() throws IOException;
}
