package io.eddy.runtime.sort;

import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Walks two key-sorted streams group by group in key order, the common core of coGroup and the
 * sort-merge join: each key is handed over once, with its groups from both sides, or from the one
 * side that has it.
 */
public final class GroupMerger {

    /** Receives the groups of one key; every Iterable is single-pass and streams. */
    public interface GroupVisitor {
        void both(Iterable<Object> first, Iterable<Object> second) throws Exception;

        void firstOnly(Iterable<Object> first) throws Exception;

        void secondOnly(Iterable<Object> second) throws Exception;
    }

    private GroupMerger() {
    }

    /**
     * Merges the sorted streams, stopping early once {@code cancelled} says so.
     *
     * @param secondTraversal creates the exception a second traversal of one group throws
     */
    @SuppressWarnings("unchecked")
    public static void merge(Iterator<Object> first, TypeComparator<?> firstKeys, Iterator<Object> second,
                             TypeComparator<?> secondKeys, BooleanSupplier cancelled,
                             Supplier<? extends RuntimeException> secondTraversal, GroupVisitor visitor) throws Exception {
        KeyGroupedIterator left = new KeyGroupedIterator(first, (TypeComparator<Object>) firstKeys.duplicate(),
                secondTraversal);
        KeyGroupedIterator right = new KeyGroupedIterator(second, (TypeComparator<Object>) secondKeys.duplicate(),
                secondTraversal);
        KeyPairComparator keyOrder = new KeyPairComparator(firstKeys.duplicate(), secondKeys.duplicate());
        boolean hasLeft = left.nextGroup();
        boolean hasRight = right.nextGroup();
        while ((hasLeft || hasRight) && !cancelled.getAsBoolean()) {
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
