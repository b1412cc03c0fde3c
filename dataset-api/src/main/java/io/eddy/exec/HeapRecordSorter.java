package io.eddy.exec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;

/**
 * {@link RecordSorter} over a heap list of record objects, bounded by a record count. The sort is
 * stable, so records with equal sort keys keep their arrival order.
 */
final class HeapRecordSorter implements RecordSorter {

    private final Comparator<Object> order;
    private final int capacity;
    private final ArrayList<Object> records = new ArrayList<>();

    /** @param capacity the maximum number of records, Integer.MAX_VALUE for unbounded */
    HeapRecordSorter(Comparator<Object> order, int capacity) {
        this.order = order;
        this.capacity = capacity;
    }

    @Override
    public boolean add(Object record) {
        if (records.size() >= capacity) {
            return false;
        }
        records.add(record);
        return true;
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public Iterator<Object> sorted() {
        records.sort(order);
        return records.iterator();
    }

    @Override
    public void clear() {
        records.clear();
    }
}
