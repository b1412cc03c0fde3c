package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a key-sorted stream into groups, and merging two such streams group by group. */
class KeyGroupedIteratorTest {

    private static final class SecondTraversal extends RuntimeException {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final io.eddy.runtime.types.TypeComparator<Object> BY_FIRST =
            (io.eddy.runtime.types.TypeComparator) new LongArrayKeyComparator(1, true, false);

    private static List<Object> records(long... keys) {
        List<Object> list = new ArrayList<>();
        for (long key : keys) {
            list.add(new long[] {key, list.size()});
        }
        return list;
    }

    @Test
    void skipsWhatTheUserLeavesAndDetectsSecondIterators() {
        KeyGroupedIterator groups = new KeyGroupedIterator(records(1, 1, 1, 2, 3, 3).iterator(), BY_FIRST.duplicate(),
                SecondTraversal::new);
        assertTrue(groups.nextGroup());
        Iterator<Object> first = groups.values().iterator();
        assertArrayEquals(new long[] {1, 0}, (long[]) first.next());
        assertThrows(SecondTraversal.class, () -> groups.values().iterator());
        assertTrue(groups.nextGroup());
        assertArrayEquals(new long[] {2, 3}, (long[]) groups.currentFirst());
        assertTrue(groups.nextGroup());
        List<Object> third = new ArrayList<>();
        groups.values().forEach(third::add);
        assertEquals(2, third.size());
        assertArrayEquals(new long[] {3, 5}, (long[]) third.get(1));
        assertFalse(groups.nextGroup());
        assertFalse(new KeyGroupedIterator(List.of().iterator(), BY_FIRST.duplicate(), SecondTraversal::new).nextGroup());
    }

    @Test
    void mergerHandsEachKeyOverOnceWithItsGroupsFromBothSides() throws Exception {
        List<String> visits = new ArrayList<>();
        GroupMerger.merge(records(1, 1, 3, 4, 4).iterator(), BY_FIRST, records(1, 2, 4, 4, 4, 5).iterator(), BY_FIRST,
                () -> false, SecondTraversal::new, new GroupMerger.GroupVisitor() {
                    @Override
                    public void both(Iterable<Object> first, Iterable<Object> second) {
                        visits.add("both " + key(first) + "x" + count(second));
                    }

                    @Override
                    public void firstOnly(Iterable<Object> first) {
                        visits.add("first " + key(first));
                    }

                    @Override
                    public void secondOnly(Iterable<Object> second) {
                        visits.add("second " + key(second));
                    }
                });
        assertEquals(List.of("both 1x1", "second 2", "first 3", "both 4x3", "second 5"), visits);
    }

    private static long key(Iterable<Object> group) {
        return ((long[]) group.iterator().next())[0];
    }

    private static int count(Iterable<Object> group) {
        int n = 0;
        for (Object ignored : group) {
            n++;
        }
        return n;
    }
}
