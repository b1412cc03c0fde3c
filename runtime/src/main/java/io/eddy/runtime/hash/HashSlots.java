package io.eddy.runtime.hash;

import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;

/**
 * The bucket half of {@link InPlaceMutableHashTable}: an open-addressing array of 8-byte slots in
 * pages, probed linearly. A slot holds the entry's full 32-bit (mixed) hash in its upper half and
 * the record's reference (record-area offset / 4) in its lower half; reference -1 marks an empty
 * slot. The slot count need not be a power of two: the home slot is {@code hash * slots >>> 32},
 * which uses the hash's high bits (hash partitioning uses the low ones, see
 * {@link io.eddy.runtime.util.Hashing}), so the area can grow by any number of pages.
 */
final class HashSlots {

    /** An empty slot: reference -1, which no record can have (the record area stays below 16 GiB). */
    static final long EMPTY = -1L;

    private static final int SLOT_BYTES = 8;

    private final int slotsPerPageBits;
    private final int slotsPerPageMask;
    private MemorySegment[] pages = new MemorySegment[0];
    private int numSlots;

    HashSlots(int pageSize) {
        int slotsPerPage = pageSize / SLOT_BYTES;
        this.slotsPerPageBits = Integer.numberOfTrailingZeros(slotsPerPage);
        this.slotsPerPageMask = slotsPerPage - 1;
    }

    static long entry(int hash, int reference) {
        return ((long) hash << 32) | (reference & 0xFFFF_FFFFL);
    }

    static int hashOf(long entry) {
        return (int) (entry >>> 32);
    }

    static int referenceOf(long entry) {
        return (int) entry;
    }

    static boolean isEmpty(long entry) {
        return (int) entry == -1;
    }

    int capacity() {
        return numSlots;
    }

    MemorySegment[] pages() {
        return pages;
    }

    /** The slot where probing for {@code hash} starts. */
    int home(int hash) {
        return (int) (((hash & 0xFFFF_FFFFL) * numSlots) >>> 32);
    }

    int next(int slot) {
        int next = slot + 1;
        return next == numSlots ? 0 : next;
    }

    long get(int slot) {
        return pages[slot >>> slotsPerPageBits].getLong((slot & slotsPerPageMask) * SLOT_BYTES);
    }

    /** Adds {@code slot}'s entry to {@code loads}, which reads it as {@link #get} does. */
    void gather(int slot, GatherLoads loads) {
        loads.addLong(pages[slot >>> slotsPerPageBits], (slot & slotsPerPageMask) * SLOT_BYTES);
    }

    void set(int slot, long entry) {
        pages[slot >>> slotsPerPageBits].putLong((slot & slotsPerPageMask) * SLOT_BYTES, entry);
    }

    /** The first empty slot at or after {@code hash}'s home slot. The table never fills every slot. */
    int firstEmpty(int hash) {
        int slot = home(hash);
        while (!isEmpty(get(slot))) {
            slot = next(slot);
        }
        return slot;
    }

    /**
     * Takes {@code filledPages} as the slot area as they are, without clearing or rehashing: pages
     * that held a table of this page size before, e.g. read back from a file.
     */
    void adoptPages(MemorySegment[] filledPages) {
        pages = filledPages;
        numSlots = filledPages.length << slotsPerPageBits;
    }

    void clear() {
        for (MemorySegment page : pages) {
            for (int i = 0; i < page.size(); i += SLOT_BYTES) {
                page.putLong(i, EMPTY);
            }
        }
    }

    /**
     * Moves every entry into {@code newPages} (rehashing by the stored hashes, without touching
     * records) and returns the old pages, now unused.
     */
    MemorySegment[] replacePages(MemorySegment[] newPages) {
        MemorySegment[] oldPages = pages;
        pages = newPages;
        numSlots = newPages.length << slotsPerPageBits;
        clear();
        for (MemorySegment page : oldPages) {
            for (int i = 0; i < page.size(); i += SLOT_BYTES) {
                long entry = page.getLong(i);
                if (!isEmpty(entry)) {
                    set(firstEmpty(hashOf(entry)), entry);
                }
            }
        }
        return oldPages;
    }
}
