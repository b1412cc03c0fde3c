package io.eddy.runtime.sort;

import io.eddy.runtime.util.MutableIterators;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.memory.DataInputView;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * {@link RecordSorter} that spills: an {@link ExternalSorter} in the operator's managed memory,
 * with spill files from the task's I/O manager. Never full. {@link #clear()} starts a new sort in
 * the same memory.
 */
public final class ExternalRecordSorter implements RecordSorter {

    private final OperatorContext context;
    private final TypeSerializer<Object> serializer;
    private final TypeComparator<Object> comparator;
    private ExternalSorter<Object> sorter;
    private long size;

    public ExternalRecordSorter(OperatorContext context, List<MemorySegment> memory, TypeSerializer<Object> serializer,
                         TypeComparator<Object> comparator) {
        this.context = context;
        this.serializer = serializer;
        this.comparator = comparator;
        this.sorter = newSorter(memory);
    }

    private ExternalSorter<Object> newSorter(List<MemorySegment> memory) {
        return new ExternalSorter<>(serializer, comparator, memory, context.getIOManager(), ExternalSorter.DEFAULT_MAX_FAN_IN);
    }

    @Override
    public boolean add(Object record) throws IOException {
        sorter.add(record);
        size++;
        return true;
    }

    @Override
    public boolean supportsSerializedAdd() {
        return sorter != null && sorter.supportsSerializedAdd();
    }

    @Override
    public void addSerialized(DataInputView source, int length) throws IOException {
        sorter.addSerialized(source, length);
        size++;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Iterator<Object> sorted() throws IOException {
        return MutableIterators.asIterator(sorter.sorted());
    }

    @Override
    public void clear() {
        sorter = newSorter(sorter.close());
        size = 0;
    }

    @Override
    public void close() {
        if (sorter != null) {
            context.releaseManagedMemory(sorter.close());
            sorter = null;
        }
    }
}
