package io.eddy.runtime.sort;

import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Splits a key-sorted stream of records into groups of equal key. {@link #values()} is a single-pass
 * Iterable over the current group that reads the underlying stream lazily, so a group never has to
 * fit in memory; whatever the user function leaves unread is skipped by {@link #nextGroup()}.
 * The Iterable object is reused from group to group (no allocation per group). A second
 * {@code iterator()} call on one group's Iterable throws the exception the caller supplies (the
 * API's {@code TraversableOnceException}, which the runtime does not know).
 */
public final class KeyGroupedIterator {

    private final Iterator<Object> source;
    private final TypeComparator<Object> keyComparator;
    private final Supplier<? extends RuntimeException> secondTraversal;
    private final GroupValues values = new GroupValues();

    /** The record after the current group, already read from the source; null if none. */
    private Object lookahead;
    /** The next record of the current group not yet returned; null if none read. */
    private Object next;
    private Object groupFirst;
    private boolean groupExhausted = true;

    /**
     * @param source the records, sorted (or at least grouped) by {@code keyComparator}
     * @param secondTraversal creates the exception a second traversal of one group throws
     */
    public KeyGroupedIterator(Iterator<Object> source, TypeComparator<Object> keyComparator,
                              Supplier<? extends RuntimeException> secondTraversal) {
        this.source = source;
        this.keyComparator = keyComparator;
        this.secondTraversal = secondTraversal;
    }

    /** Moves to the next group; false if there is none. */
    public boolean nextGroup() {
        while (hasNextInGroup()) {
            next = null;
        }
        if (lookahead == null) {
            if (!source.hasNext()) {
                groupFirst = null;
                return false;
            }
            lookahead = source.next();
        }
        groupFirst = lookahead;
        lookahead = null;
        keyComparator.setReference(groupFirst);
        next = groupFirst;
        groupExhausted = false;
        values.iteratorHandedOut = false;
        return true;
    }

    /** The first record of the current group, a representative of its key. */
    public Object currentFirst() {
        return groupFirst;
    }

    /** The records of the current group, iterable once. */
    public Iterable<Object> values() {
        return values;
    }

    private boolean hasNextInGroup() {
        if (next != null) {
            return true;
        }
        if (groupExhausted) {
            return false;
        }
        if (source.hasNext()) {
            Object record = source.next();
            if (keyComparator.equalToReference(record)) {
                next = record;
                return true;
            }
            lookahead = record;
        }
        groupExhausted = true;
        return false;
    }

    private final class GroupValues implements Iterable<Object>, Iterator<Object> {

        boolean iteratorHandedOut;

        @Override
        public Iterator<Object> iterator() {
            if (iteratorHandedOut) {
                throw secondTraversal.get();
            }
            iteratorHandedOut = true;
            return this;
        }

        @Override
        public boolean hasNext() {
            return hasNextInGroup();
        }

        @Override
        public Object next() {
            if (!hasNextInGroup()) {
                throw new NoSuchElementException();
            }
            Object record = next;
            next = null;
            return record;
        }
    }
}
