package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.hash.TestComparators.FirstElementComparator;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.LexicographicComparator;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.StringComparator;
import org.junit.jupiter.api.Test;

/** Compares keys across two record types through their flat key fields. */
class GenericPairComparatorTest {

    @Test
    void comparesProbeKeysWithCandidatesOfAnotherType() {
        GenericPairComparator<Long, long[]> pair = new GenericPairComparator<>(new LongComparator(true), new FirstElementComparator(false));
        pair.setReference(5L);
        assertTrue(pair.equalToReference(new long[] {5, 1, 2}));
        assertFalse(pair.equalToReference(new long[] {6}));
        assertTrue(pair.compareToReference(new long[] {4}) < 0);
        assertTrue(pair.compareToReference(new long[] {6}) > 0);
        assertEquals(0, pair.compareToReference(new long[] {5, 9}));
    }

    @Test
    void descendingKeysReverseTheOrder() {
        GenericPairComparator<Long, Long> pair = new GenericPairComparator<>(new LongComparator(false), new LongComparator(false));
        pair.setReference(5L);
        assertTrue(pair.compareToReference(4L) > 0);
        assertTrue(pair.equalToReference(5L));
    }

    @Test
    void severalKeyFieldsAreComparedInOrder() {
        LexicographicComparator<long[]> byFirstThenFirst = new LexicographicComparator<>(
                new FirstElementComparator(false), new FirstElementComparator(false));
        GenericPairComparator<long[], long[]> pair = new GenericPairComparator<>(byFirstThenFirst, byFirstThenFirst.duplicate());
        pair.setReference(new long[] {7});
        assertTrue(pair.equalToReference(new long[] {7, 3}));
        assertFalse(pair.equalToReference(new long[] {8}));
        assertTrue(pair.compareToReference(new long[] {6}) < 0);
        assertThrows(IllegalStateException.class, () -> byFirstThenFirst.extractSingleKey(new long[] {7}));
    }

    @Test
    void singleKeyComparatorsHandTheirKeyOverWithoutAnArray() {
        assertEquals(5L, new LongComparator(true).extractSingleKey(5L));
        assertEquals(5L, new FirstElementComparator(false).extractSingleKey(new long[] {5, 6}));
    }

    @Test
    void rejectsIncompatibleKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> new GenericPairComparator<>(new StringComparator(true), new LongComparator(true)));
    }
}
