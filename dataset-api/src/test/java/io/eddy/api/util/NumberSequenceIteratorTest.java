package io.eddy.api.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class NumberSequenceIteratorTest {

    @Test
    void splitsIntoEvenContiguousRanges() {
        NumberSequenceIterator it = new NumberSequenceIterator(1, 10);
        NumberSequenceIterator[] parts = it.split(3);
        assertEquals("NumberSequenceIterator(1..4)", parts[0].toString());
        assertEquals("NumberSequenceIterator(5..7)", parts[1].toString());
        assertEquals("NumberSequenceIterator(8..10)", parts[2].toString());
        List<Long> all = new ArrayList<>();
        for (Iterator<Long> part : parts) {
            part.forEachRemaining(all::add);
        }
        assertEquals(10, all.size());
        assertEquals(1L, all.get(0));
        assertEquals(10L, all.get(9));
        assertEquals(3, new NumberSequenceIterator(0, 2).getMaximumNumberOfSplits());
    }

    @Test
    void moreSplitsThanElementsGivesEmptyParts() {
        NumberSequenceIterator[] parts = new NumberSequenceIterator(5, 6).split(4);
        assertEquals(5L, parts[0].next());
        assertFalse(parts[0].hasNext());
        assertEquals(6L, parts[1].next());
        assertFalse(parts[2].hasNext());
        assertFalse(parts[3].hasNext());
        assertThrows(NoSuchElementException.class, parts[3]::next);
        assertFalse(new NumberSequenceIterator(3, 2).hasNext());
    }

    @Test
    void wholeLongRangeSplitsWithoutOverflow() {
        NumberSequenceIterator full = new NumberSequenceIterator(Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(BigInteger.TWO.pow(64), full.remaining());
        assertEquals(Integer.MAX_VALUE, full.getMaximumNumberOfSplits());
        NumberSequenceIterator[] parts = full.split(2);
        assertEquals(Long.MIN_VALUE, parts[0].getCurrent());
        assertEquals(-1L, parts[0].getTo());
        assertEquals(0L, parts[1].getCurrent());
        assertEquals(Long.MAX_VALUE, parts[1].getTo());
        NumberSequenceIterator top = new NumberSequenceIterator(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        assertEquals(Long.MAX_VALUE - 1, top.nextLong());
        assertEquals(Long.MAX_VALUE, top.nextLong());
        assertFalse(top.hasNext());
        assertEquals(new NumberSequenceIterator(7, 9).getSplit(1, 3).next(), 8L);
    }
}
