package io.eddy.runtime.util;

import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Adapts the runtime's {@link MutableObjectIterator}s to the {@link Iterator}s drivers hand to user code. */
public final class MutableIterators {

    private MutableIterators() {
    }

    /**
     * An iterator deserializing every record into a new object (user code may keep what it gets);
     * I/O failures become {@link UncheckedIOException}.
     */
    public static <T> Iterator<T> asIterator(MutableObjectIterator<T> source) {
        return new Iterator<>() {
            private T next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = source.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T result = next;
                next = null;
                return result;
            }
        };
    }
}
