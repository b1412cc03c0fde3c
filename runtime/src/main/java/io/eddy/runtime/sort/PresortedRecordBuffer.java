package io.eddy.runtime.sort;

import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@link RecordSorter} for an input the plan says arrives already sorted: records are kept in
 * arrival order (in managed memory, spilling to one file when it is full) and handed back without
 * sorting or merging. Never full.
 *
 * <p>The plan's claim is checked while the records are read back: a record that sorts before its
 * predecessor fails the task with an {@link IllegalStateException} instead of yielding wrong
 * groups. The check costs one comparison per record, which a sort would have done many times over.
 */
public final class PresortedRecordBuffer implements RecordSorter {

    private final OperatorContext context;
    private final TypeComparator<Object> comparator;
    private ResettableRecordBuffer buffer;

    public PresortedRecordBuffer(OperatorContext context, List<MemorySegment> memory, TypeSerializer<Object> serializer,
                                 TypeComparator<Object> comparator) {
        this.context = context;
        this.comparator = comparator.duplicate();
        this.buffer = new ResettableRecordBuffer(context.getIOManager(), serializer, memory);
    }

    @Override
    public boolean add(Object record) throws IOException {
        buffer.add(record);
        return true;
    }

    @Override
    public long size() {
        return buffer.size();
    }

    @Override
    public Iterator<Object> sorted() throws IOException {
        return checkOrder(buffer.iterator(), comparator, context.getOperatorName());
    }

    @Override
    public void clear() throws IOException {
        buffer.clear();
    }

    @Override
    public void close() {
        if (buffer != null) {
            context.releaseManagedMemory(buffer.close());
            buffer = null;
        }
    }

    /**
     * {@code records} as they are, failing on the first record that sorts before the one preceding
     * it. The iterator must return a new object per record (the previous one is kept to compare).
     */
    public static Iterator<Object> checkOrder(Iterator<Object> records, TypeComparator<Object> comparator,
                                              String operatorName) {
        return new Iterator<>() {
            private Object previous;
            private long position;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Object next() {
                if (!records.hasNext()) {
                    throw new NoSuchElementException();
                }
                Object record = records.next();
                if (previous != null && comparator.compare(previous, record) > 0) {
                    throw notSorted(operatorName, position, previous, record);
                }
                previous = record;
                position++;
                return record;
            }
        };
    }

    /** The failure of an input that the plan declared sorted but is not. */
    public static IllegalStateException notSorted(String operatorName, long position, Object previous, Object record) {
        return new IllegalStateException("The input of '" + operatorName + "' was planned as already sorted, but record "
                + (position + 1) + " (" + record + ") sorts before its predecessor (" + previous + "). This is a bug in "
                + "the plan: a function was assumed to keep the order of its input fields; check the forwarded-field "
                + "annotations of the functions before it.");
    }
}
