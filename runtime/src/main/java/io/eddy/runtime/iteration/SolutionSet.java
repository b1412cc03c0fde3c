package io.eddy.runtime.iteration;

import io.eddy.runtime.hash.InPlaceMutableHashTable;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableIterators;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One slot's partition of a delta iteration's solution set: every record of the partition, indexed
 * by the solution set key, in the managed memory of the solution set's head (or, unmanaged, in a
 * heap map). The head builds it from the initial solution set in the first superstep; operators in
 * the loop look records up by the key of their own records ({@link #lookup}); the delta sink
 * {@linkplain #addPending stages} the records of the solution set delta, and the loop's coordinator
 * {@linkplain #applyPending applies} them between supersteps, while every task of the loop waits, so
 * a superstep sees the solution set as the previous one left it. After the last superstep the head's
 * task emits {@link #entries()} as the loop's result.
 *
 * <p>Threads: the head's task builds, tasks of the same slot look up (serialized on this object,
 * since the table's probe is not reentrant), the delta sink's task stages; happens-before comes from
 * the {@link #awaitBuilt()} latch and the coordinator's barrier.
 */
public final class SolutionSet {

    private final String loopName;
    private final TypeSerializer<Object> serializer;
    private final TypeComparator<Object> comparator;
    private final boolean unmanaged;
    private final ResettableRecordBuffer pending;
    private final CountDownLatch built = new CountDownLatch(1);

    private InPlaceMutableHashTable<Object> table;
    private Map<List<Object>, Object> heap;
    private long size;

    /**
     * @param pendingPages heap pages that stage the delta before it spills to disk
     */
    @SuppressWarnings("unchecked")
    public SolutionSet(String loopName, TypeSerializer<?> serializer, TypeComparator<?> comparator, boolean unmanaged,
                       IOManager ioManager, int pageSize, int pendingPages) {
        this.loopName = loopName;
        this.serializer = (TypeSerializer<Object>) serializer.duplicate();
        this.comparator = (TypeComparator<Object>) comparator.duplicate();
        this.unmanaged = unmanaged;
        this.pending = ResettableRecordBuffer.onHeap(ioManager, this.serializer, pageSize, pendingPages);
    }

    /** Whether the index lives on the heap instead of in managed memory. */
    public boolean isUnmanaged() {
        return unmanaged;
    }

    /** The head: starts the index in {@code memory} (ignored when unmanaged). */
    public synchronized void open(List<MemorySegment> memory) {
        if (unmanaged) {
            heap = new HashMap<>();
        } else {
            table = new InPlaceMutableHashTable<>(serializer.duplicate(), comparator.duplicate(), memory);
            table.open();
        }
    }

    /** Inserts a record, replacing the one with the same key. */
    public synchronized void insertOrReplace(Object record) throws IOException {
        if (unmanaged) {
            if (heap.put(key(comparator, record), serializer.copy(record)) == null) {
                size++;
            }
            return;
        }
        int before = table.size();
        if (!table.insertOrReplaceRecord(record)) {
            throw new IOException("The solution set of iteration '" + loopName + "' does not fit its share of managed "
                    + "memory (" + table.size() + " records held). Give the job more managed memory "
                    + "(taskmanager.memory.managed.size), lower its parallelism share, or call "
                    + "setSolutionSetUnManaged(true) to keep it on the heap.");
        }
        size += table.size() - before;
    }

    /** The head: the initial solution set is complete, lookups may start. */
    public void markBuilt() {
        built.countDown();
    }

    /** Waits until the head has built the index from the initial solution set. */
    public void awaitBuilt() throws InterruptedException {
        built.await();
    }

    /**
     * How an operator looks records up by the key of its own records ({@code probeComparator}): one
     * per operator, created once (after {@link #awaitBuilt()}), so that a lookup is a hash probe and
     * nothing more.
     */
    public Lookup lookup(TypeComparator<?> probeComparator) {
        return new Lookup(probeComparator);
    }

    /** Looks up solution set entries by the key of one operator's records. */
    public final class Lookup {
        private final TypeComparator<Object> probeSide;
        private InPlaceMutableHashTable<Object>.Prober<Object> prober;

        @SuppressWarnings("unchecked")
        private Lookup(TypeComparator<?> probeComparator) {
            this.probeSide = (TypeComparator<Object>) probeComparator.duplicate();
        }

        /** The entry whose key equals {@code probe}'s, as a new object the caller may keep, or null. */
        public Object find(Object probe) throws IOException {
            synchronized (SolutionSet.this) {
                if (unmanaged) {
                    Object found = heap.get(key(probeSide, probe));
                    return found == null ? null : serializer.copy(found);
                }
                if (prober == null) {
                    prober = table.getProber(probeSide,
                            new GenericPairComparator<>(probeSide.duplicate(), comparator.duplicate()));
                }
                return prober.getMatchFor(probe, null);
            }
        }
    }

    /** The delta sink: stages a record that replaces (or adds) its key's entry after this superstep. */
    public synchronized void addPending(Object record) throws IOException {
        pending.add(record);
    }

    /** The coordinator, between supersteps: applies the staged delta. */
    public synchronized void applyPending() throws IOException {
        for (Iterator<Object> it = pending.iterator(); it.hasNext(); ) {
            insertOrReplace(it.next());
        }
        pending.clear();
    }

    /** The records of the partition, as new objects; for the loop's result. */
    public synchronized Iterator<Object> entries() throws IOException {
        if (unmanaged) {
            return new ArrayList<>(heap.values()).iterator();
        }
        return MutableIterators.asIterator(table.getEntryIterator());
    }

    public synchronized long size() {
        return size;
    }

    private static List<Object> key(TypeComparator<Object> comparator, Object record) {
        Object[] keys = new Object[comparator.getFlatComparators().length];
        comparator.extractKeys(record, keys, 0);
        return Arrays.asList(keys);
    }

    /** Returns the managed pages of the index (empty when unmanaged) and drops the staged delta. */
    public synchronized List<MemorySegment> close() {
        pending.close();
        List<MemorySegment> pages = table == null ? new ArrayList<>() : table.close();
        table = null;
        heap = null;
        return pages;
    }
}
