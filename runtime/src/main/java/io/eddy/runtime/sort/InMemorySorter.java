package io.eddy.runtime.sort;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.List;

/**
 * A buffer of serialized records in a fixed amount of managed memory that can be sorted in place
 * ({@link #sort()}) and read back or written out in the sorted order.
 *
 * <p>Lifecycle, driven by one thread: {@link #write} records until it returns false (memory full),
 * sort, consume the records ({@link #getIterator}, or {@link #writeToOutput} to produce a sorted
 * run), {@link #reset}, and start over; finally {@link #dispose} hands every page back to the
 * caller, who returns it to the {@link io.eddy.runtime.memory.MemoryManager}. Positions passed to
 * {@link #compare}, {@link #swap} and {@link #getRecord} are logical: the record written
 * {@code k}-th is at position {@code k} until the sorter is sorted, and the {@code k}-th smallest
 * afterwards.
 *
 * @param <T> the record type
 */
public interface InMemorySorter<T> extends IndexedSortable {

    /**
     * Appends {@code record}. Returns false, and leaves the sorter as it was, when the record does
     * not fit into the remaining memory.
     *
     * @throws IOException if the record does not even fit into the empty sorter (it is larger than
     *     the sort memory), or the serializer fails
     */
    boolean write(T record) throws IOException;

    /**
     * Whether {@link #writeSerialized} works: the sorter can take a record as the bytes its
     * serializer wrote, without the object. False by default.
     */
    default boolean supportsSerializedWrite() {
        return false;
    }

    /**
     * Appends the record serialized in the next {@code length} bytes of {@code source} (written by an
     * equal serializer). Returns false, without reading from {@code source} and leaving the sorter as
     * it was, when the record does not fit into the remaining memory.
     *
     * @throws IOException if the record does not even fit into the empty sorter, or reading fails
     * @throws UnsupportedOperationException unless {@link #supportsSerializedWrite()}
     */
    default boolean writeSerialized(DataInputView source, int length) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes records as objects only");
    }

    /**
     * Sorts the records in place. By default {@link QuickSort}; a sorter that knows more about its
     * keys may do better (radix sorting normalized keys).
     */
    default void sort() {
        QuickSort.sort(this);
    }

    /** Drops every record; the sorter keeps its memory and can be filled again. */
    void reset();

    /** True if no record has been written since construction or the last {@link #reset}. */
    boolean isEmpty();

    /** The bytes of memory used by the records and their index. */
    long getOccupancy();

    /** Deserializes the record at {@code logicalPosition}, into {@code reuse} where the type allows. */
    T getRecord(int logicalPosition, T reuse) throws IOException;

    /** An iterator over the records in their current order; valid until the next write, sort or reset. */
    MutableObjectIterator<T> getIterator();

    /** Copies the serialized records, in their current order, to {@code output}. */
    void writeToOutput(DataOutputView output) throws IOException;

    /**
     * Copies {@code num} serialized records, in their current order from logical position
     * {@code start} on, to {@code output}.
     */
    void writeToOutput(DataOutputView output, int start, int num) throws IOException;

    /**
     * Returns every page the sorter was given, whether used or not; the sorter must not be used
     * afterwards.
     */
    List<MemorySegment> dispose();
}
