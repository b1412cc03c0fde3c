package io.eddy.runtime.sort;

import io.eddy.runtime.util.MutableObjectIterator;
import java.util.List;

/** A {@link MutableObjectIterator} over a list, handing out the list's own objects. */
final class ListIterator<T> implements MutableObjectIterator<T> {

    private final List<T> records;
    private int position;

    ListIterator(List<T> records) {
        this.records = records;
    }

    @Override
    public T next(T reuse) {
        return next();
    }

    @Override
    public T next() {
        return position < records.size() ? records.get(position++) : null;
    }
}
