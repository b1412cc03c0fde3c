package io.eddy.runtime.memory;

/**
 * Loads from many places in memory segments in one tight loop, so that their cache misses overlap.
 * A processor retires a load only when its line has arrived; a loop that does much else besides
 * its load fills the reorder window with the work of a few iterations, so only a few misses are in
 * flight, while a loop of nothing but loads keeps as many as the core has line-fill buffers.
 * Measured on the benchmark machine (a 2-core Xeon VM): random 8-byte loads out of 200 MB of native
 * memory take 250 ns each when each waits for the one before, 19 ns each in a loop of loads alone.
 *
 * <p>Callers collect places with {@link #addLong} or {@link #addByte} (checked against their
 * segment's bounds there), then {@link #loadLongs} or {@link #touch} them all at once. The segments
 * must stay allocated until then; one instance serves one thread.
 */
public final class GatherLoads {

    /** Where {@link #skip} loads from: a place that is always there and reads as 0. */
    private static final long[] NOWHERE = new long[1];
    private static final long NOWHERE_OFFSET = MemorySegment.UNSAFE.arrayBaseOffset(long[].class);

    /**
     * Places the arrays hold from the start: the batches of the joins and aggregations (64 records,
     * up to three places each) never grow them. A first batch that grew them would take a branch
     * that the code compiled for an earlier operator of the same kind never took, and have that
     * code thrown away and compiled again (seen in a compilation log of the Q3-like query: the
     * probe loop of its first join, 20-40 KB of machine code, for the first batch of its second).
     */
    static final int INITIAL_PLACES = 192;

    private Object[] bases = new Object[INITIAL_PLACES];
    private long[] addresses = new long[INITIAL_PLACES];
    private int count;
    /**
     * The last {@link #touch}'s sum: stored, so that the loads cannot be dropped however the caller
     * uses the result; never read. Per instance, so that threads do not all store to one field.
     */
    @SuppressWarnings("unused")
    private long touched;

    /** Forgets the places added so far and makes room for {@code places} more. */
    public void reset(int places) {
        count = 0;
        if (addresses.length < places) {
            bases = new Object[places];
            addresses = new long[places];
        }
    }

    /** Places added since {@link #reset}. */
    public int size() {
        return count;
    }

    /** Adds the 8 bytes at {@code index} of {@code segment}. */
    public void addLong(MemorySegment segment, int index) {
        long address = segment.at(index, 8);
        bases[count] = segment.heapBase();
        addresses[count++] = address;
    }

    /** Adds the byte at {@code index} of {@code segment}, to be {@link #touch touched}. */
    public void addByte(MemorySegment segment, int index) {
        long address = segment.at(index, 1);
        bases[count] = segment.heapBase();
        addresses[count++] = address;
    }

    /** Adds a place that loads as 0, for a caller that needs one value per item but nothing here. */
    public void skip() {
        bases[count] = NOWHERE;
        addresses[count++] = NOWHERE_OFFSET;
    }

    /**
     * Loads every place as a big-endian long (as {@link MemorySegment#getLong} reads it) into
     * {@code into}, in the order they were added.
     */
    public void loadLongs(long[] into) {
        Object[] b = bases;
        long[] a = addresses;
        int n = count;
        for (int i = 0; i < n; i++) {
            into[i] = MemorySegment.UNSAFE.getLong(b[i], a[i]);
        }
        if (MemorySegment.LITTLE_ENDIAN) {
            for (int i = 0; i < n; i++) {
                into[i] = Long.reverseBytes(into[i]);
            }
        }
    }

    /** Loads one byte of every place, so their lines are in cache; returns their sum (kept, so callers may ignore it). */
    public long touch() {
        Object[] b = bases;
        long[] a = addresses;
        int n = count;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += MemorySegment.UNSAFE.getByte(b[i], a[i]);
        }
        touched = sum;
        return sum;
    }
}
