package io.eddy.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GatherLoadsTest {

    @Test
    void loadsLongsAsTheSegmentReadsThemOnAndOffTheHeapInTheOrderAdded() {
        MemorySegment heap = MemorySegment.allocateHeap(64);
        MemorySegment offHeap = MemorySegment.allocateOffHeap(64, this);
        try {
            heap.putLong(8, 0x0102030405060708L);
            offHeap.putLong(56, -2L);
            offHeap.putLong(3, Long.MIN_VALUE + 5);
            GatherLoads loads = new GatherLoads();
            loads.reset(4);
            loads.addLong(offHeap, 56);
            loads.skip();
            loads.addLong(heap, 8);
            loads.addLong(offHeap, 3);
            assertEquals(4, loads.size());
            long[] values = new long[4];
            loads.loadLongs(values);
            assertArrayEquals(new long[] {-2L, 0L, 0x0102030405060708L, Long.MIN_VALUE + 5}, values);
        } finally {
            offHeap.free();
        }
    }

    @Test
    void touchSumsTheBytesAndResetStartsOverWithMoreRoom() {
        MemorySegment heap = MemorySegment.allocateHeap(16);
        MemorySegment offHeap = MemorySegment.allocateOffHeap(16, this);
        try {
            heap.put(15, (byte) 7);
            offHeap.put(0, (byte) -3);
            GatherLoads loads = new GatherLoads();
            loads.reset(1);
            loads.addByte(heap, 15);
            assertEquals(7, loads.touch());
            loads.reset(3);
            assertEquals(0, loads.size());
            loads.addByte(heap, 15);
            loads.addByte(offHeap, 0);
            loads.skip();
            assertEquals(4, loads.touch());
        } finally {
            offHeap.free();
        }
    }

    @Test
    void placesOutsideTheirSegmentOrInAFreedOneAreRejectedWhenAdded() {
        MemorySegment segment = MemorySegment.allocateOffHeap(16, this);
        GatherLoads loads = new GatherLoads();
        loads.reset(8);
        assertThrows(IndexOutOfBoundsException.class, () -> loads.addLong(segment, 9));
        assertThrows(IndexOutOfBoundsException.class, () -> loads.addByte(segment, 16));
        assertThrows(IndexOutOfBoundsException.class, () -> loads.addByte(segment, -1));
        loads.addLong(segment, 8);
        segment.free();
        assertThrows(IndexOutOfBoundsException.class, () -> loads.addByte(segment, 0));
        assertEquals(1, loads.size());
    }
}
