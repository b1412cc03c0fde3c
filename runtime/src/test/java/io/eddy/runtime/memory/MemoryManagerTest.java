package io.eddy.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryManagerTest {

    private static final int PAGE = MemoryManager.MIN_PAGE_SIZE;

    @Test
    void allocatesWithinTheBudgetAllOrNothing() throws Exception {
        MemoryManager manager = new MemoryManager(10L * PAGE + 100, PAGE, true);
        assertEquals(10, manager.getTotalPages());
        Object a = new Object();
        Object b = new Object();
        List<MemorySegment> pagesA = manager.allocatePages(a, 7);
        assertEquals(7, pagesA.size());
        assertTrue(pagesA.get(0).isOffHeap());
        assertEquals(3, manager.getAvailablePages());
        MemoryAllocationException tooMuch = assertThrows(MemoryAllocationException.class, () -> manager.allocatePages(b, 4));
        assertTrue(tooMuch.getMessage().contains("only 3 of 10"), tooMuch.getMessage());
        assertEquals(0, manager.pagesHeldBy(b));
        assertEquals(3, manager.getAvailablePages());
        manager.allocatePages(b, 3);
        assertFalse(manager.verifyEmpty());
        manager.release(pagesA.remove(0));
        assertEquals(1, manager.getAvailablePages());
        manager.release(pagesA);
        assertTrue(pagesA.isEmpty());
        assertEquals(0, manager.pagesHeldBy(a));
        assertEquals(3, manager.releaseAll(b));
        assertTrue(manager.verifyEmpty());
        manager.shutdown();
    }

    @Test
    void pagesAreAllocatedLazilyAndPooled() throws Exception {
        MemoryManager manager = new MemoryManager(100L * PAGE, PAGE, false);
        assertEquals(0, manager.getAllocatedPages());
        Object owner = new Object();
        List<MemorySegment> first = manager.allocatePages(owner, 5);
        assertFalse(first.get(0).isOffHeap());
        manager.release(new ArrayList<>(first));
        List<MemorySegment> second = manager.allocatePages(owner, 5);
        assertEquals(5, manager.getAllocatedPages(), "released pages are reused");
        assertTrue(second.containsAll(first));
        manager.releaseAll(owner);
        manager.shutdown();
        assertEquals(0, manager.getAllocatedPages());
    }

    @Test
    void releasingAForeignOrReleasedPageFails() throws Exception {
        MemoryManager manager = new MemoryManager(4L * PAGE, PAGE, true);
        MemorySegment page = manager.allocatePages(this, 1).get(0);
        manager.release(page);
        assertThrows(IllegalArgumentException.class, () -> manager.release(page));
        assertThrows(IllegalArgumentException.class, () -> manager.release(MemorySegment.allocateHeap(PAGE)));
        manager.shutdown();
        assertTrue(page.isFreed(), "pooled off-heap pages are freed on shutdown");
    }

    @Test
    void pagesOutAtShutdownAreFreedWhenReturned() throws Exception {
        MemoryManager manager = new MemoryManager(4L * PAGE, PAGE, true);
        MemorySegment page = manager.allocatePages(this, 1).get(0);
        manager.shutdown();
        assertFalse(page.isFreed());
        manager.releaseAll(this);
        assertTrue(page.isFreed());
        assertThrows(IllegalStateException.class, () -> manager.allocatePages(this, 1));
    }

    @Test
    void rejectsBadConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new MemoryManager(1 << 20, 5000, true));
        assertThrows(IllegalArgumentException.class, () -> new MemoryManager(1 << 20, 1024, true));
        MemoryManager manager = new MemoryManager(10L * PAGE, PAGE, true);
        assertEquals(5, manager.computeNumberOfPages(0.5));
        assertEquals(1, manager.computeNumberOfPages(0.01));
        assertThrows(IllegalArgumentException.class, () -> manager.computeNumberOfPages(0));
    }
}
