package io.eddy.runtime.sort;

import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.List;

/**
 * Merges sorted inputs into one sorted sequence: how sorted runs (in memory or read back from spill
 * files) become the final output of a sort. The current head record of every non-exhausted input
 * sits in a binary min-heap, so each record costs {@code O(log k)} comparisons for {@code k}
 * inputs.
 *
 * <p>The merge is stable across inputs: of records with equal keys, those of the input with the
 * lower index in the list come first, and within one input the input's order is kept. That lets a
 * caller merge runs in the order they were produced and keep the records' original order.
 *
 * <p>Object reuse: every input deserializes into its own head object. {@link #next(Object)} copies
 * the smallest head into the caller's object ({@link TypeSerializer#copy(Object, Object)}; a no-op
 * for immutable types) before the input advances, so a returned record is never overwritten behind
 * the caller's back and the caller may keep or pass back any object it got. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class MergeIterator<T> implements MutableObjectIterator<T> {

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    /** The min-heap of inputs that still have a head, ordered by head record then input index. */
    private final HeadStream<T>[] heap;
    private int heapSize;

    /**
     * @param inputs sorted inputs, each in the order of {@code comparator}; read lazily, the first
     *     record of each on construction
     * @param serializer copies records into the caller's reuse objects
     * @param comparator the order of the inputs; the iterator works on its own duplicate
     */
    @SuppressWarnings("unchecked")
    public MergeIterator(List<? extends MutableObjectIterator<T>> inputs, TypeSerializer<T> serializer,
            TypeComparator<T> comparator) throws IOException {
        this.serializer = serializer.duplicate();
        this.comparator = comparator.duplicate();
        this.heap = new HeadStream[inputs.size()];
        for (int index = 0; index < inputs.size(); index++) {
            HeadStream<T> stream = new HeadStream<>(inputs.get(index), index, this.serializer.createInstance());
            if (stream.advance()) {
                heap[heapSize] = stream;
                siftUp(heapSize++);
            }
        }
    }

    @Override
    public T next(T reuse) throws IOException {
        if (heapSize == 0) {
            return null;
        }
        HeadStream<T> top = heap[0];
        T result = reuse == null ? serializer.copy(top.head) : serializer.copy(top.head, reuse);
        restoreHeap(top.advance());
        return result;
    }

    @Override
    public T next() throws IOException {
        if (heapSize == 0) {
            return null;
        }
        HeadStream<T> top = heap[0];
        T result = top.head;
        // the caller now owns the head object, so the stream must read its next head into a new one
        restoreHeap(top.advanceIntoNewObject());
        return result;
    }

    /** Restores the heap after the top stream moved on; {@code hasHead} is false if it ended. */
    private void restoreHeap(boolean hasHead) {
        if (!hasHead) {
            heap[0] = heap[--heapSize];
            heap[heapSize] = null;
            if (heapSize == 0) {
                return;
            }
        }
        siftDown(0);
    }

    /** True if stream {@code a} must be read before stream {@code b}. */
    private boolean before(HeadStream<T> a, HeadStream<T> b) {
        int cmp = comparator.compare(a.head, b.head);
        return cmp < 0 || (cmp == 0 && a.index < b.index);
    }

    private void siftUp(int position) {
        HeadStream<T> moving = heap[position];
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!before(moving, heap[parent])) {
                break;
            }
            heap[position] = heap[parent];
            position = parent;
        }
        heap[position] = moving;
    }

    private void siftDown(int position) {
        HeadStream<T> moving = heap[position];
        while (true) {
            int child = 2 * position + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], moving)) {
                break;
            }
            heap[position] = heap[child];
            position = child;
        }
        heap[position] = moving;
    }

    /** One input with its current head record and its position in the input list. */
    private static final class HeadStream<T> {
        private final MutableObjectIterator<T> input;
        private final int index;
        private T head;

        HeadStream(MutableObjectIterator<T> input, int index, T reuse) {
            this.input = input;
            this.index = index;
            this.head = reuse;
        }

        /** Reads the next head; false at the end of the input. */
        boolean advance() throws IOException {
            T next = input.next(head);
            if (next == null) {
                return false;
            }
            head = next;
            return true;
        }

        /** Reads the next head into a new object, leaving the current one to whoever holds it. */
        boolean advanceIntoNewObject() throws IOException {
            T next = input.next();
            if (next == null) {
                return false;
            }
            head = next;
            return true;
        }
    }
}
