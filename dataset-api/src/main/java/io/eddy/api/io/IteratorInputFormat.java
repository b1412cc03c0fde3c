package io.eddy.api.io;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Returns the elements of a serializable iterator, as Flink's {@code IteratorInputFormat}; runs
 * with parallelism 1 because the iterator cannot be divided.
 */
public class IteratorInputFormat<T> extends GenericInputFormat<T> implements NonParallelInput {

    private static final long serialVersionUID = 1L;

    private final Iterator<T> iterator;

    /** @param iterator must be {@link Serializable}; checked here */
    public IteratorInputFormat(Iterator<T> iterator) {
        if (!(iterator instanceof Serializable)) {
            throw new IllegalArgumentException("The iterator must be serializable: " + iterator.getClass().getName());
        }
        this.iterator = iterator;
    }

    @Override
    public boolean reachedEnd() {
        return !iterator.hasNext();
    }

    @Override
    public T nextRecord(T reuse) {
        return iterator.next();
    }
}
