package io.eddy.runtime.iteration;

import io.eddy.runtime.hash.InPlaceMutableHashTable;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <h2>Larger than memory</h2>
 * Keys are split into {@value #PARTITIONS} hash partitions. While everything fits, all partitions
 * are <em>resident</em> in one hash table. When the table is full, the resident partition with the
 * most records is <em>spilled</em>: its records move to an append-only log on disk, in which a later
 * record replaces an earlier one with the same key, and the table is rebuilt from the rest. Records
 * of spilled partitions (from the build or from deltas) are appended to their logs. A lookup of a key
 * whose partition is spilled cannot be answered at once: the probe is staged on disk, returned as
 * {@link Lookup#DEFERRED}, and answered by {@link Lookup#resolveDeferred} when the operator's input
 * for the superstep has ended. That empties the table into the logs, loads each spilled partition
 * with staged probes into the whole memory in turn (compacting its log), answers its probes, and
 * loads the resident partitions back. So the job finishes as long as one partition (a
 * {@value #PARTITIONS}th of the set) fits in the memory share; the price is I/O in the supersteps
 * that touch spilled keys. Flink fails instead; Eddy's result is the same either way.
 *
 * <p>Threads: the head's task builds, tasks of the same slot look up (serialized on this object,
 * since the table's probe is not reentrant and resolving swaps the table's contents), the delta
 * sink's task stages; happens-before comes from the {@link #awaitBuilt()} latch and the
 * coordinator's barrier. Resolved pairs are handed to the caller after the lock is released, so a
 * consumer blocked on its output never holds up another operator's lookups.
 */
public final class SolutionSet {

    /** Hash partitions of a slot's solution set: the unit that is spilled and loaded. */
    public static final int PARTITIONS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(SolutionSet.class);
    private static final int PARTITION_BITS = Integer.numberOfTrailingZeros(PARTITIONS);
    /** Spreads the key hash differently from the exchange and the table, whose bits are already fixed in a slot. */
    private static final int PARTITION_SEED = 0x5bd1e995;
    /** Pages of the heap staging buffers (partition logs, staged probes): small, since there are many. */
    private static final int STAGING_PAGE_SIZE = 8 * 1024;

    private final String loopName;
    private final TypeSerializer<Object> serializer;
    private final TypeComparator<Object> comparator;
    private final boolean unmanaged;
    private final IOManager ioManager;
    private final ResettableRecordBuffer pending;
    private final CountDownLatch built = new CountDownLatch(1);

    private InPlaceMutableHashTable<Object> table;
    private Map<List<Object>, Object> heap;

    /** Per partition: the log of a spilled partition (null while resident). */
    private final ResettableRecordBuffer[] logs = new ResettableRecordBuffer[PARTITIONS];
    /** Live records per resident partition, to pick the largest when one must go. */
    private final int[] residentCount = new int[PARTITIONS];
    private int spilledPartitions;
    private long partitionsSpilled;
    private long partitionLoads;

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
        this.ioManager = ioManager;
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

    static int partitionOf(int keyHash) {
        return Hashing.murmur3Mix(keyHash ^ PARTITION_SEED) >>> (Integer.SIZE - PARTITION_BITS);
    }

    /** Inserts a record, replacing the one with the same key. */
    public synchronized void insertOrReplace(Object record) throws IOException {
        if (unmanaged) {
            heap.put(key(comparator, record), serializer.copy(record));
            return;
        }
        int partition = partitionOf(comparator.hash(record));
        while (logs[partition] == null) {
            int before = table.size();
            if (table.insertOrReplaceRecord(record)) {
                residentCount[partition] += table.size() - before;
                return;
            }
            spillLargestResident();
        }
        logs[partition].add(record);
    }

    /** Moves the resident partition with the most records to its log and rebuilds the table from the others. */
    private void spillLargestResident() throws IOException {
        int victim = -1;
        for (int p = 0; p < PARTITIONS; p++) {
            if (logs[p] == null && (victim < 0 || residentCount[p] > residentCount[victim])) {
                victim = p;
            }
        }
        if (victim < 0 || residentCount[victim] == 0) {
            throw new IOException("A record of the solution set of iteration '" + loopName + "' does not fit its share "
                    + "of managed memory even alone. Give the job more managed memory "
                    + "(taskmanager.memory.managed.size) or call setSolutionSetUnManaged(true).");
        }
        boolean[] keep = new boolean[PARTITIONS];
        for (int p = 0; p < PARTITIONS; p++) {
            keep[p] = logs[p] == null && p != victim;
        }
        dumpResident();
        partitionsSpilled++;
        LOG.info("Solution set of iteration '{}' is larger than its memory share: {} of {} partitions now on disk",
                loopName, spilledPartitions, PARTITIONS);
        loadResident(keep);
    }

    /** Writes every resident partition to a fresh log and empties the table: all partitions are then on disk. */
    private void dumpResident() throws IOException {
        for (int p = 0; p < PARTITIONS; p++) {
            if (logs[p] == null) {
                logs[p] = ResettableRecordBuffer.onHeap(ioManager, serializer, STAGING_PAGE_SIZE, ResettableRecordBuffer.MIN_PAGES);
                spilledPartitions++;
                residentCount[p] = 0;
            }
        }
        MutableObjectIterator<Object> entries = table.getEntryIterator();
        for (Object record = entries.next(); record != null; record = entries.next()) {
            logs[partitionOf(comparator.hash(record))].add(record);
        }
        table.resetToEmpty();
    }

    /**
     * Loads the partitions marked in {@code resident} (all on disk now) into the empty table; one that
     * no longer fits stays on disk and the load starts over without it.
     */
    private void loadResident(boolean[] resident) throws IOException {
        while (true) {
            int failed = -1;
            for (int p = 0; p < PARTITIONS && failed < 0; p++) {
                if (resident[p] && !load(p)) {
                    failed = p;
                }
            }
            if (failed < 0) {
                break;
            }
            rearm(failed);
            resident[failed] = false;
            table.resetToEmpty();
            Arrays.fill(residentCount, 0);
        }
        for (int p = 0; p < PARTITIONS; p++) {
            if (resident[p]) {
                logs[p].close();
                logs[p] = null;
                spilledPartitions--;
            }
        }
    }

    /** Inserts partition {@code p}'s log into the table (later records win); false if the table filled up. */
    private boolean load(int p) throws IOException {
        partitionLoads++;
        int before = table.size();
        try {
            for (Iterator<Object> it = logs[p].iterator(); it.hasNext(); ) {
                if (!table.insertOrReplaceRecord(it.next())) {
                    return false;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        residentCount[p] = table.size() - before;
        return true;
    }

    /** A log read from its file takes no more records (its writer is closed): copy it to a new one that does. */
    private void rearm(int p) throws IOException {
        ResettableRecordBuffer copy = ResettableRecordBuffer.onHeap(ioManager, serializer, STAGING_PAGE_SIZE,
                ResettableRecordBuffer.MIN_PAGES);
        try {
            for (Iterator<Object> it = logs[p].iterator(); it.hasNext(); ) {
                copy.add(it.next());
            }
        } catch (UncheckedIOException e) {
            copy.close();
            throw e.getCause();
        }
        logs[p].close();
        logs[p] = copy;
    }

    /**
     * Loads spilled partition {@code p} alone into the table and, if the log is to take more records,
     * rewrites it from the table: without the records later ones replaced, and writable again.
     */
    private void loadAlone(int p, boolean keepLog) throws IOException {
        table.resetToEmpty();
        if (!load(p)) {
            throw new IOException("A partition of the solution set of iteration '" + loopName + "' (1/" + PARTITIONS
                    + " of its keys) does not fit the solution set's share of managed memory. Give the job more "
                    + "managed memory (taskmanager.memory.managed.size) or call setSolutionSetUnManaged(true).");
        }
        if (!keepLog) {
            return;
        }
        logs[p].clear();
        MutableObjectIterator<Object> entries = table.getEntryIterator();
        for (Object record = entries.next(); record != null; record = entries.next()) {
            logs[p].add(record);
        }
    }

    /** The head: the initial solution set is complete, lookups may start. */
    public void markBuilt() {
        built.countDown();
    }

    /** Waits until the head has built the index from the initial solution set. */
    public void awaitBuilt() throws InterruptedException {
        built.await();
    }

    /** Partitions now on disk; for tests and metrics. */
    public synchronized int spilledPartitions() {
        return spilledPartitions;
    }

    /**
     * How an operator looks records up by the key of its own records ({@code probeComparator},
     * {@code probeSerializer}): one per operator, created once, so that a lookup is a hash probe and
     * nothing more while the set fits in memory. Waits until the head has built the index: the
     * operator's records may come from workset heads of other slots, which waited only for their own.
     */
    public Lookup lookup(TypeComparator<?> probeComparator, TypeSerializer<?> probeSerializer)
            throws InterruptedException {
        awaitBuilt();
        return new Lookup(probeComparator, probeSerializer);
    }

    /**
     * The staged probes of a {@link Lookup}, answered: a cursor over (probe, entry) pairs, grouped by
     * partition and in staging order within one. Records are new objects the caller may keep.
     */
    public static final class ResolvedProbes implements AutoCloseable {
        private final ResettableRecordBuffer probes;
        private final ResettableRecordBuffer entries;
        private final BitSet found;
        private Iterator<Object> probeIt;
        private Iterator<Object> entryIt;
        private int index = -1;
        private Object probe;
        private Object entry;

        private ResolvedProbes(ResettableRecordBuffer probes, ResettableRecordBuffer entries, BitSet found) {
            this.probes = probes;
            this.entries = entries;
            this.found = found;
        }

        /** Moves to the next pair; false after the last. */
        public boolean next() throws IOException {
            try {
                if (probeIt == null) {
                    probeIt = probes.iterator();
                    entryIt = entries.iterator();
                }
                if (!probeIt.hasNext()) {
                    probe = null;
                    entry = null;
                    return false;
                }
                probe = probeIt.next();
                entry = found.get(++index) ? entryIt.next() : null;
                return true;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** The current probe. */
        public Object probe() {
            return probe;
        }

        /** The current probe's solution set entry, or null if its key has none. */
        public Object entry() {
            return entry;
        }

        /** Deletes the buffered pairs. */
        @Override
        public void close() {
            probes.close();
            entries.close();
        }
    }

    /** Looks up solution set entries by the key of one operator's records. Not thread-safe. */
    public final class Lookup {

        /** What {@link #find} returns when the key's partition is on disk: the probe was staged. */
        public static final Object DEFERRED = new Object();

        private final TypeComparator<Object> probeSide;
        private final TypeSerializer<Object> probeSerializer;
        private InPlaceMutableHashTable<Object>.Prober<Object> prober;
        private ResettableRecordBuffer[] staged;
        private long stagedCount;

        @SuppressWarnings("unchecked")
        private Lookup(TypeComparator<?> probeComparator, TypeSerializer<?> probeSerializer) {
            this.probeSide = (TypeComparator<Object>) probeComparator.duplicate();
            this.probeSerializer = (TypeSerializer<Object>) probeSerializer.duplicate();
        }

        /**
         * The entry whose key equals {@code probe}'s, as a new object the caller may keep; null if there
         * is none; {@link #DEFERRED} if the key's partition is on disk, in which case {@code probe} was
         * staged and its answer comes from {@link #resolveDeferred}.
         */
        public Object find(Object probe) throws IOException {
            synchronized (SolutionSet.this) {
                if (unmanaged) {
                    Object found = heap.get(key(probeSide, probe));
                    return found == null ? null : serializer.copy(found);
                }
                if (spilledPartitions > 0) {
                    int partition = partitionOf(probeSide.hash(probe));
                    if (logs[partition] != null) {
                        stage(partition, probe);
                        return DEFERRED;
                    }
                }
                return prober().getMatchFor(probe, null);
            }
        }

        /**
         * Stages one more record with the key of the last deferred probe (the rest of a coGroup's
         * group), so that it is handed back, in order, right after it.
         */
        public void defer(Object record) throws IOException {
            stage(partitionOf(probeSide.hash(record)), record);
        }

        /** Whether probes wait for {@link #resolveDeferred}. */
        public boolean hasDeferred() {
            return stagedCount > 0;
        }

        private void stage(int partition, Object record) throws IOException {
            if (staged == null) {
                staged = new ResettableRecordBuffer[PARTITIONS];
            }
            if (staged[partition] == null) {
                staged[partition] = ResettableRecordBuffer.onHeap(ioManager, probeSerializer, STAGING_PAGE_SIZE,
                        ResettableRecordBuffer.MIN_PAGES);
            }
            staged[partition].add(record);
            stagedCount++;
        }

        private InPlaceMutableHashTable<Object>.Prober<Object> prober() {
            if (prober == null) {
                prober = table.getProber(probeSide, new GenericPairComparator<>(probeSide.duplicate(), comparator.duplicate()));
            }
            return prober;
        }

        /**
         * Answers every staged probe: loads each spilled partition with staged probes in turn and
         * records each probe with its entry, then unlocks the solution set and returns the pairs, so the
         * caller runs its function without holding up other operators' lookups.
         */
        public ResolvedProbes resolveDeferred() throws IOException {
            ResettableRecordBuffer probes = ResettableRecordBuffer.onHeap(ioManager, probeSerializer, STAGING_PAGE_SIZE,
                    ResettableRecordBuffer.MIN_PAGES);
            ResettableRecordBuffer entries = ResettableRecordBuffer.onHeap(ioManager, serializer, STAGING_PAGE_SIZE,
                    ResettableRecordBuffer.MIN_PAGES);
            BitSet found = new BitSet();
            if (stagedCount == 0) {
                return new ResolvedProbes(probes, entries, found);
            }
            try {
                synchronized (SolutionSet.this) {
                    boolean[] resident = new boolean[PARTITIONS];
                    for (int p = 0; p < PARTITIONS; p++) {
                        resident[p] = logs[p] == null;
                    }
                    dumpResident();
                    int index = 0;
                    for (int p = 0; p < PARTITIONS; p++) {
                        if (staged[p] == null || staged[p].size() == 0) {
                            continue;
                        }
                        loadAlone(p, true);
                        for (Iterator<Object> it = staged[p].iterator(); it.hasNext(); index++) {
                            Object probe = it.next();
                            Object entry = prober().getMatchFor(probe, null);
                            probes.add(probe);
                            if (entry != null) {
                                found.set(index);
                                entries.add(entry);
                            }
                        }
                        staged[p].clear();
                    }
                    stagedCount = 0;
                    table.resetToEmpty();
                    Arrays.fill(residentCount, 0);
                    loadResident(resident);
                }
                return new ResolvedProbes(probes, entries, found);
            } catch (UncheckedIOException e) {
                probes.close();
                entries.close();
                throw e.getCause();
            } catch (IOException | RuntimeException e) {
                probes.close();
                entries.close();
                throw e;
            }
        }

        /** Deletes staged probes (the operator is closing). */
        public void close() {
            if (staged != null) {
                for (ResettableRecordBuffer buffer : staged) {
                    if (buffer != null) {
                        buffer.close();
                    }
                }
                staged = null;
            }
            stagedCount = 0;
        }
    }

    /** The delta sink: stages a record that replaces (or adds) its key's entry after this superstep. */
    public synchronized void addPending(Object record) throws IOException {
        pending.add(record);
    }

    /** The coordinator, between supersteps: applies the staged delta. */
    public synchronized void applyPending() throws IOException {
        try {
            for (Iterator<Object> it = pending.iterator(); it.hasNext(); ) {
                insertOrReplace(it.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        pending.clear();
    }

    /**
     * The records of the partition, as new objects; for the loop's result. With partitions on disk,
     * they are loaded one after another, so the set may not be used otherwise afterwards.
     */
    public synchronized Iterator<Object> entries() throws IOException {
        if (unmanaged) {
            return new ArrayList<>(heap.values()).iterator();
        }
        if (spilledPartitions == 0) {
            return io.eddy.runtime.util.MutableIterators.asIterator(table.getEntryIterator());
        }
        dumpResident();
        LOG.info("Solution set of iteration '{}': {} partition spills and {} partition loads over the loop",
                loopName, partitionsSpilled, partitionLoads);
        return new Iterator<>() {
            private int next;
            private MutableObjectIterator<Object> current;
            private Object record;

            @Override
            public boolean hasNext() {
                try {
                    synchronized (SolutionSet.this) {
                        while (record == null) {
                            if (current != null) {
                                record = current.next();
                                if (record != null) {
                                    break;
                                }
                            }
                            if (next == PARTITIONS) {
                                return false;
                            }
                            // the loop is over: the logs are only read from now on
                            loadAlone(next++, false);
                            current = table.getEntryIterator();
                        }
                        return true;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object result = record;
                record = null;
                return result;
            }
        };
    }

    private static List<Object> key(TypeComparator<Object> comparator, Object record) {
        Object[] keys = new Object[comparator.getFlatComparators().length];
        comparator.extractKeys(record, keys, 0);
        return Arrays.asList(keys);
    }

    /** Returns the managed pages of the index (empty when unmanaged), deletes the partition logs and drops the staged delta. */
    public synchronized List<MemorySegment> close() {
        pending.close();
        for (int p = 0; p < PARTITIONS; p++) {
            if (logs[p] != null) {
                logs[p].close();
                logs[p] = null;
            }
        }
        spilledPartitions = 0;
        List<MemorySegment> pages = table == null ? new ArrayList<>() : table.close();
        table = null;
        heap = null;
        return pages;
    }
}
