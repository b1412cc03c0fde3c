package io.eddy.runtime.sort;

import io.eddy.runtime.util.MutableIterators;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.sort.InMemorySorter;
import io.eddy.runtime.sort.NormalizedKeySorter;
import io.eddy.runtime.sort.QuickSort;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * {@link RecordSorter} over one buffer of serialized records in managed memory, full when the
 * buffer is: the combining sort of combiners, which drain it into partial results and refill it.
 */
public final class InMemoryRecordSorter implements RecordSorter {

    private final OperatorContext context;
    private InMemorySorter<Object> buffer;
    private long size;

    public InMemoryRecordSorter(OperatorContext context, List<MemorySegment> memory, TypeSerializer<Object> serializer,
                         TypeComparator<Object> comparator) {
        this.context = context;
        this.buffer = new NormalizedKeySorter<>(serializer.duplicate(), comparator.duplicate(), memory);
    }

    @Override
    public boolean add(Object record) throws IOException {
        if (!buffer.write(record)) {
            return false;
        }
        size++;
        return true;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Iterator<Object> sorted() {
        buffer.sort();
        return MutableIterators.asIterator(buffer.getIterator());
    }

    @Override
    public void clear() {
        buffer.reset();
        size = 0;
    }

    @Override
    public void close() {
        if (buffer != null) {
            context.releaseManagedMemory(buffer.dispose());
            buffer = null;
        }
    }
}
