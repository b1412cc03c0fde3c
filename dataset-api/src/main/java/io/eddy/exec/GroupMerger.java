package io.eddy.exec;

import io.eddy.runtime.sort.KeyPairComparator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;

/**
 * Walks two key-sorted streams group by group in key order, the common core of coGroup and the
 * sort-merge join: each key is handed over once, with its groups from both sides, or from the one
 * side that has it.
 */
final class GroupMerger {

    /** Receives the groups of one key; every Iterable is single-pass and streams. */
    interface GroupVisitor {
        void both(Iterable<Object> first, Iterable<Object> second) throws Exception;

        void firstOnly(Iterable<Object> first) throws Exception;

        void secondOnly(Iterable<Object> second) throws Exception;
    }

    private GroupMerger() {
    }

    /** Merges the sorted streams, stopping early if the task is cancelled. */
    static void merge(Iterator<Object> first, TypeComparator<?> firstKeys, Iterator<Object> second,
                      TypeComparator<?> secondKeys, OperatorContext context, GroupVisitor visitor) throws Exception {
        @SuppressWarnings("unchecked")
        KeyGroupedIterator left = new KeyGroupedIterator(first, (TypeComparator<Object>) firstKeys.duplicate());
        @SuppressWarnings("unchecked")
        KeyGroupedIterator right = new KeyGroupedIterator(second, (TypeComparator<Object>) secondKeys.duplicate());
        KeyPairComparator keyOrder = new KeyPairComparator(firstKeys.duplicate(), secondKeys.duplicate());
        boolean hasLeft = left.nextGroup();
        boolean hasRight = right.nextGroup();
        while ((hasLeft || hasRight) && !context.isCancelled()) {
            int c = !hasLeft ? 1 : !hasRight ? -1 : keyOrder.compare(left.currentFirst(), right.currentFirst());
            if (c == 0) {
                visitor.both(left.values(), right.values());
                hasLeft = left.nextGroup();
                hasRight = right.nextGroup();
            } else if (c < 0) {
                visitor.firstOnly(left.values());
                hasLeft = left.nextGroup();
            } else {
                visitor.secondOnly(right.values());
                hasRight = right.nextGroup();
            }
        }
    }
}
