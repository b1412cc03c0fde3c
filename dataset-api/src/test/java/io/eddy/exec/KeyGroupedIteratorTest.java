package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.tuple.Tuple2;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a key-sorted stream into groups. */
class KeyGroupedIteratorTest {

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
