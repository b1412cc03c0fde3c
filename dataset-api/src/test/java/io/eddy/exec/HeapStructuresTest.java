package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.tuple.Tuple2;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The heap stand-ins for the managed-memory sort and hash structures. */
class HeapStructuresTest {

    @Test
    void hashIndexFindsEveryEntryThroughCollisionsAndGrowth() {
        HeapHashIndex index = new HeapHashIndex(4);
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            // only 100 distinct hashes, so chains are long and full of equal hashes
            assertEquals(i, index.add(i % 100, i));
        }
        assertEquals(n, index.size());
        for (int hash = 0; hash < 100; hash++) {
            Set<Integer> found = new HashSet<>();
            for (int e = index.first(hash); e >= 0; e = index.nextWithSameHash(e)) {
                found.add((Integer) index.record(e));
            }
            assertEquals(n / 100, found.size());
            for (int value : found) {
                assertEquals(hash, value % 100);
            }
        }
        assertEquals(-1, index.first(100));
        index.setRecord(5, "five");
        assertEquals("five", index.record(5));
        index.clear();
        assertEquals(0, index.size());
        assertEquals(-1, index.first(5));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void keyGroupedIteratorSkipsWhatTheUserLeavesAndDetectsSecondIterators() {
        List<Object> sorted = new ArrayList<>();
        for (String key : List.of("a", "a", "a", "b", "c", "c")) {
            sorted.add(Tuple2.of(key, sorted.size()));
        }
        KeyGroupedIterator groups = new KeyGroupedIterator(sorted.iterator(),
                (TypeComparator<Object>) (TypeComparator) TestComparators.pairByKey());
        assertTrue(groups.nextGroup());
        Iterator<Object> a = groups.values().iterator();
        assertEquals(Tuple2.of("a", 0), a.next());
        assertThrows(TraversableOnceException.class, () -> groups.values().iterator());
        assertTrue(groups.nextGroup());
        assertEquals(Tuple2.of("b", 3), groups.currentFirst());
        assertTrue(groups.nextGroup());
        List<Object> c = new ArrayList<>();
        groups.values().forEach(c::add);
        assertEquals(List.of(Tuple2.of("c", 4), Tuple2.of("c", 5)), c);
        assertFalse(groups.nextGroup());
        assertFalse(new KeyGroupedIterator(List.of().iterator(),
                (TypeComparator<Object>) (TypeComparator) TestComparators.pairByKey()).nextGroup());
    }
}
