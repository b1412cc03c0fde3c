package io.eddy.runtime.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * The managed memory of one task executor: a fixed budget of equally sized pages that operators
 * (sorters, hash tables, spilling readers) borrow for their lifetime. Records kept here are
 * serialized, so the budget is exact and the heap only holds what user code holds; running out
 * means spilling to disk, never an OutOfMemoryError.
 *
 * <p>Pages are off-heap by default. They are allocated lazily, the first time the budget is drawn
 * on, and kept in a free pool when released, so a long-running executor allocates each page once.
 * Every page is registered to an owner (typically the operator); {@link #releaseAll(Object)} returns
 * whatever an owner still holds, and the task calls it for each of its operators after they close,
 * also after failures. {@link #verifyEmpty()} is how tests find leaks.
 *
 * <p>Thread-safe: the tasks of an executor share one manager. Allocation and release take a lock;
 * operators do this a few times per run, never per record.
 */
public final class MemoryManager {

    /** The page size unless configured: 32 KiB, as a trade-off between sort-run granularity and overhead. */
    public static final int DEFAULT_PAGE_SIZE = 32 * 1024;

    /** The smallest page an operator can work with (a record header plus some bytes). */
    public static final int MIN_PAGE_SIZE = 4 * 1024;

    private final Object lock = new Object();
    private final int pageSize;
    private final int totalPages;
    private final boolean offHeap;
    private final ArrayDeque<MemorySegment> freePages = new ArrayDeque<>();
    private final Map<Object, Set<MemorySegment>> pagesByOwner = new IdentityHashMap<>();
    private final Map<MemorySegment, Object> ownerOfPage = new IdentityHashMap<>();
    /** Pages handed out or pooled; never more than {@link #totalPages}. */
    private int allocatedPages;
    private int pagesInUse;
    private boolean shutDown;

    /**
     * @param totalBytes the budget; rounded down to whole pages
     * @param pageSize a power of two, at least {@link #MIN_PAGE_SIZE}
     * @param offHeap whether pages live outside the Java heap
     */
    public MemoryManager(long totalBytes, int pageSize, boolean offHeap) {
        if (pageSize < MIN_PAGE_SIZE || Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException("page size must be a power of two of at least " + MIN_PAGE_SIZE + ": " + pageSize);
        }
        long pages = totalBytes / pageSize;
        if (pages > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many pages: " + totalBytes + " bytes of " + pageSize);
        }
        this.pageSize = pageSize;
        this.totalPages = (int) pages;
        this.offHeap = offHeap;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getTotalPages() {
        return totalPages;
    }

    public long getTotalBytes() {
        return (long) totalPages * pageSize;
    }

    /** Pages that exist (handed out or pooled): grows lazily up to the budget. */
    public int getAllocatedPages() {
        synchronized (lock) {
            return allocatedPages;
        }
    }

    public boolean isOffHeap() {
        return offHeap;
    }

    public int getAvailablePages() {
        synchronized (lock) {
            return totalPages - pagesInUse;
        }
    }

    /** The number of pages a share of {@code fraction} (0..1] of the budget amounts to, at least 1 if the budget allows. */
    public int computeNumberOfPages(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
        return Math.min(totalPages, Math.max(1, (int) (totalPages * fraction)));
    }

    /** Allocates {@code numPages} pages for {@code owner}; all or nothing. */
    public List<MemorySegment> allocatePages(Object owner, int numPages) throws MemoryAllocationException {
        List<MemorySegment> pages = new ArrayList<>(numPages);
        allocatePages(owner, pages, numPages);
        return pages;
    }

    /** Adds {@code numPages} pages for {@code owner} to {@code target}; all or nothing. */
    public void allocatePages(Object owner, Collection<MemorySegment> target, int numPages) throws MemoryAllocationException {
        if (owner == null) {
            throw new IllegalArgumentException("pages need an owner");
        }
        if (numPages < 0) {
            throw new IllegalArgumentException("negative page count: " + numPages);
        }
        synchronized (lock) {
            if (shutDown) {
                throw new IllegalStateException("memory manager is shut down");
            }
            if (numPages > totalPages - pagesInUse) {
                throw new MemoryAllocationException("Could not allocate " + numPages + " pages of " + pageSize
                        + " bytes: only " + (totalPages - pagesInUse) + " of " + totalPages + " are free");
            }
            Set<MemorySegment> owned = pagesByOwner.computeIfAbsent(owner, o -> Collections.newSetFromMap(new IdentityHashMap<>()));
            for (int i = 0; i < numPages; i++) {
                MemorySegment page = freePages.poll();
                if (page == null) {
                    page = offHeap ? MemorySegment.allocateOffHeap(pageSize, this) : MemorySegment.allocateHeap(pageSize);
                    allocatedPages++;
                }
                owned.add(page);
                ownerOfPage.put(page, owner);
                target.add(page);
            }
            pagesInUse += numPages;
        }
    }

    /** Returns one page. Releasing a page twice, or one this manager did not hand out, fails. */
    public void release(MemorySegment page) {
        synchronized (lock) {
            releaseLocked(page);
        }
    }

    /** Returns every page of {@code pages} and empties the collection. */
    public void release(Collection<MemorySegment> pages) {
        synchronized (lock) {
            Iterator<MemorySegment> it = pages.iterator();
            while (it.hasNext()) {
                releaseLocked(it.next());
            }
            pages.clear();
        }
    }

    private void releaseLocked(MemorySegment page) {
        Object owner = ownerOfPage.remove(page);
        if (owner == null) {
            throw new IllegalArgumentException("page is not allocated from this memory manager (released twice?)");
        }
        Set<MemorySegment> owned = pagesByOwner.get(owner);
        owned.remove(page);
        if (owned.isEmpty()) {
            pagesByOwner.remove(owner);
        }
        pagesInUse--;
        recycleLocked(page);
    }

    private void recycleLocked(MemorySegment page) {
        if (shutDown) {
            if (page.isOffHeap()) {
                page.free();
            }
            allocatedPages--;
        } else {
            freePages.push(page);
        }
    }

    /** Returns every page {@code owner} still holds; returns how many there were. */
    public int releaseAll(Object owner) {
        synchronized (lock) {
            Set<MemorySegment> owned = pagesByOwner.remove(owner);
            if (owned == null) {
                return 0;
            }
            for (MemorySegment page : owned) {
                ownerOfPage.remove(page);
                recycleLocked(page);
            }
            pagesInUse -= owned.size();
            return owned.size();
        }
    }

    /** The number of pages {@code owner} holds. */
    public int pagesHeldBy(Object owner) {
        synchronized (lock) {
            Set<MemorySegment> owned = pagesByOwner.get(owner);
            return owned == null ? 0 : owned.size();
        }
    }

    /** True if every page has been returned. */
    public boolean verifyEmpty() {
        synchronized (lock) {
            return pagesInUse == 0;
        }
    }

    /** Frees the pooled pages; pages still out are freed when returned. */
    public void shutdown() {
        synchronized (lock) {
            shutDown = true;
            for (MemorySegment page : freePages) {
                if (page.isOffHeap()) {
                    page.free();
                }
                allocatedPages--;
            }
            freePages.clear();
        }
    }
}
