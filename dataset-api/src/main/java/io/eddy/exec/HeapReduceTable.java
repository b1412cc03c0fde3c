package io.eddy.exec;

import io.eddy.api.functions.ReduceFunction;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/**
 * {@link ReduceTable} keeping aggregates as heap objects in a {@link HeapHashIndex}, bounded by a
 * number of keys.
 *
 * <p>Object reuse: the reduce function may return either of its arguments (as in Flink) or a new
 * object. When the caller may overwrite the incoming record ({@code copier != null}), a new key's
 * record is copied before it is kept, and so is a result that is the incoming record itself.
 */
final class HeapReduceTable implements ReduceTable {

    private final TypeComparator<Object> keyComparator;
    private final ReduceFunction<Object> function;
    private final TypeSerializer<Object> copier;
    private final int capacity;
    private final HeapHashIndex index;

    /**
     * @param copier the serializer to copy kept records with, or null if records may be kept as they are
     * @param capacity the maximum number of keys, Integer.MAX_VALUE for unbounded
     */
    HeapReduceTable(TypeComparator<Object> keyComparator, ReduceFunction<Object> function, TypeSerializer<Object> copier, int capacity) {
        this.keyComparator = keyComparator;
        this.function = function;
        this.copier = copier;
        this.capacity = capacity;
        this.index = new HeapHashIndex(Math.min(capacity, 1024));
    }

    @Override
    public boolean reduceOrInsert(Object record) throws Exception {
        int hash = keyComparator.hash(record);
        int entry = index.first(hash);
        if (entry >= 0) {
            keyComparator.setReference(record);
            while (entry >= 0) {
                Object aggregate = index.record(entry);
                if (keyComparator.equalToReference(aggregate)) {
                    Object result = function.reduce(aggregate, record);
                    index.setRecord(entry, copier != null && result == record ? copier.copy(result) : result);
                    return true;
                }
                entry = index.nextWithSameHash(entry);
            }
        }
        if (index.size() >= capacity) {
            return false;
        }
        index.add(hash, copier != null ? copier.copy(record) : record);
        return true;
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public void emitAndClear(Output<Object> output) throws Exception {
        for (int entry = 0, n = index.size(); entry < n; entry++) {
            output.collect(index.record(entry));
        }
        index.clear();
    }
}
