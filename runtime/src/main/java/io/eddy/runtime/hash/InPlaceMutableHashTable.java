package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypePairComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hash table of serialized records in a fixed set of memory pages, keyed by a
 * {@link TypeComparator}, whose records can be replaced or reduced in place: the per-key state of
 * hash aggregation (reduce, combine, distinct) and the solution set of delta iterations.
 *
 * <h2>Layout</h2>
 * Two areas share the pages given to the constructor:
 * <ul>
 *   <li>A <b>record area</b> ({@link RecordArea}): records appended one after another through a
 *       {@link io.eddy.runtime.memory.SimpleCollectingOutputView}, each behind a length header.
 *       A record whose new version has the same serialized length is overwritten in place;
 *       otherwise the new version is appended and the old one is flagged as garbage.</li>
 *   <li>A <b>bucket area</b> ({@link HashSlots}): open addressing with linear probing over 8-byte
 *       slots, each holding the entry's full 32-bit hash next to its record reference. Open
 *       addressing was chosen over chained buckets because this table never deletes (a replaced
 *       record is relinked in the same slot), which is where linear probing is weak, while it gains
 *       dense slots (8 bytes per entry, no overflow buckets or next pointers) and probes that stay in
 *       one or two cache lines. Because the full hash is in the slot, a probe deserializes a record
 *       only when its hash matches, i.e. almost only the right one.</li>
 * </ul>
 * The comparator's hash is spread with {@link Hashing#murmur3Mix} (as partitioners do) and the home
 * slot is taken from its high bits, so keys that one partition receives still spread over all slots.
 *
 * <h2>Memory</h2>
 * All pages start in a free pool. The record area takes pages from it as it grows. The bucket area
 * starts at 1/8 of the pages and grows (doubling, or by whatever the pool allows, at least by a
 * quarter) when more than half of its slots are used; if the pool is too small to grow, the table
 * keeps inserting up to 3/4 of the slots. When the record area cannot get a page, the table
 * compacts it in place if enough of it is garbage (at least the bytes needed and 1/16 of the area),
 * slides the live records down, rebuilds the bucket area and returns the freed pages to the pool.
 * Only then does an operation report that the table is full, leaving the table's contents as they
 * were; the caller then emits ({@link #getEntryIterator()} + {@link #resetToEmpty()}) or spills.
 *
 * <h2>Use</h2>
 * Construct, {@link #open()}, then {@link #reduceOrInsert}, {@link #insertOrReplaceRecord},
 * {@link #insert} or a {@link Prober}; {@link #close()} returns every page. Not thread-safe; the
 * serializer and comparator must be this thread's own instances. Records reached through the table
 * are deserialized copies: changing them changes nothing until they are written back.
 *
 * @param <T> the record type
 */
public final class InPlaceMutableHashTable<T> implements AggregateTable<T> {

    private static final Logger LOG = LoggerFactory.getLogger(InPlaceMutableHashTable.class);

    /** The fewest pages the table accepts: a bucket page, room to grow it, and record pages. */
    public static final int MIN_PAGES = 8;

    /** The smallest page size accepted (8 slots per bucket page). */
    public static final int MIN_PAGE_SIZE = 64;

    /** Records are addressed by a 32-bit reference to a 4-byte-aligned offset. */
    private static final long MAX_RECORD_AREA_BYTES = 16L << 30;

    private static final int INITIAL_BUCKET_FRACTION = 8;
    /**
     * Linear probing degrades fast with load: a miss costs about (1 + 1/(1-a)^2)/2 probes, 2.5 at
     * a = 0.5, 8.5 at 0.75, 50 at 0.9. Aggregations over many keys are mostly misses, so the table
     * grows early and reports full rather than filling its slots beyond 3/4.
     */
    private static final double GROW_LOAD = 0.5;
    private static final double MAX_LOAD = 0.75;
    private static final int MIN_GARBAGE_FRACTION = 16;

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    private final int pageSize;
    private final int totalPages;
    private final ArrayList<MemorySegment> freePages;
    private final DataOutputSerializer scratchOut = new DataOutputSerializer(256);
    /** The home slot entries of a batch being touched ({@link #touchSerialized}). */
    private long[] touchedSlots = new long[ProbeBatch.SIZE];
    /** The loads of {@link #touchSerialized}'s passes, each in a loop of loads alone. */
    private final GatherLoads loads = new GatherLoads();
    /** Reads the key of a record given as bytes, to hash it. */
    private final DataInputDeserializer serializedKey = new DataInputDeserializer();
    /** A stored record's bytes, read for binary key comparison and in-place updates. */
    private byte[] candidateBytes = new byte[64];
    /** {@link #candidateBytes} as a segment, for {@link InPlaceUpdater}s. */
    private MemorySegment candidateSegment = MemorySegment.wrap(candidateBytes);
    /**
     * The updater whose first record had the shape it needs; its later records are taken to have it
     * too (their types fix it), so their key length is the record's length less the tail's.
     */
    private InPlaceUpdater<T> shapeChecked;

    private RecordArea records;
    private HashSlots slots;
    private int growThreshold;
    private int maxEntries;
    private int size;
    private long garbageBytes;
    /** Incremented whenever slots move (growth, compaction, reset): remembered slot indexes expire. */
    private int layoutVersion;
    private long compactions;
    /** Internal instance to deserialize candidates into when the caller gives none. */
    private T scratchRecord;
    /** The candidate that {@link #probe} found equal to the reference. */
    private T lastMatch;
    private boolean open;
    private boolean closed;

    /**
     * @param memory at least {@link #MIN_PAGES} pages of one power-of-two size of at least
     *     {@link #MIN_PAGE_SIZE} bytes; the table owns them until {@link #close()}
     */
    public InPlaceMutableHashTable(TypeSerializer<T> serializer, TypeComparator<T> comparator, List<MemorySegment> memory) {
        if (memory.size() < MIN_PAGES) {
            throw new IllegalArgumentException("a hash table needs at least " + MIN_PAGES + " pages, got " + memory.size());
        }
        int first = memory.get(0).size();
        if (first < MIN_PAGE_SIZE || Integer.bitCount(first) != 1) {
            throw new IllegalArgumentException("page size must be a power of two of at least " + MIN_PAGE_SIZE + ": " + first);
        }
        for (MemorySegment page : memory) {
            if (page.size() != first) {
                throw new IllegalArgumentException("pages of different sizes: " + first + " and " + page.size());
            }
        }
        if ((long) memory.size() * first >= MAX_RECORD_AREA_BYTES) {
            throw new IllegalArgumentException("a hash table addresses less than 16 GiB, got " + memory.size() + " pages of " + first);
        }
        this.serializer = serializer;
        this.comparator = comparator;
        this.pageSize = first;
        this.totalPages = memory.size();
        this.freePages = new ArrayList<>(memory);
    }

    /** Prepares the areas; must be called once before anything else. */
    public void open() {
        if (open || closed) {
            throw new IllegalStateException(closed ? "table is closed" : "table is already open");
        }
        records = new RecordArea(pageSize, this::takeFreePage);
        slots = new HashSlots(pageSize);
        installSlotPages(takePages(Math.max(1, totalPages / INITIAL_BUCKET_FRACTION)));
        scratchRecord = serializer.createInstance();
        open = true;
    }

    /** Returns every page the table was given (the table cannot be used afterwards). */
    public List<MemorySegment> close() {
        if (closed) {
            return new ArrayList<>();
        }
        closed = true;
        if (open) {
            open = false;
            records.reset(freePages::add);
            freePages.addAll(Arrays.asList(slots.pages()));
        }
        List<MemorySegment> all = new ArrayList<>(freePages);
        freePages.clear();
        lastMatch = null;
        scratchRecord = null;
        return all;
    }

    /**
     * Inserts {@code record}, or replaces the record with the same key.
     *
     * @return false, with the table unchanged, if the record does not fit even after compaction
     */
    public boolean insertOrReplaceRecord(T record) throws IOException {
        checkOpen();
        int hash = hashOf(record);
        comparator.setReference(record);
        int slot = probe(hash, scratchRecord, null);
        serializeToScratch(record);
        if (slot >= 0) {
            return replace(slot, hash, HashSlots.referenceOf(slots.get(slot))) >= 0;
        }
        return insertSerialized(hash, -slot - 1);
    }

    /**
     * Inserts {@code record} without looking for its key, so keys may repeat (the build side of a
     * hash join). Which of several duplicates a lookup finds is unspecified; the entry iterator
     * returns all of them.
     *
     * @return false, with the table unchanged, if the record does not fit even after compaction
     */
    public boolean insert(T record) throws IOException {
        checkOpen();
        int hash = hashOf(record);
        serializeToScratch(record);
        return insertSerialized(hash, -1);
    }

    /**
     * Folds {@code record} into the stored aggregate of its key with {@code reducer}, or inserts it
     * if the key is new, with a single probe. The stored aggregate is deserialized into
     * {@code reuse} (when the type allows; it must not be {@code record}, null means a new object)
     * before it is handed to the reducer.
     *
     * @return false, with the table unchanged, if the result does not fit even after compaction;
     *     the record is then not consumed
     */
    public boolean reduceOrInsert(T record, RecordReducer<T> reducer, T reuse) throws Exception {
        checkOpen();
        int hash = hashOf(record);
        comparator.setReference(record);
        int slot = probe(hash, reuse, null);
        if (slot >= 0) {
            int reference = HashSlots.referenceOf(slots.get(slot));
            T result = reducer.reduce(lastMatch, record);
            serializeToScratch(result);
            return replace(slot, hash, reference) >= 0;
        }
        serializeToScratch(record);
        return insertSerialized(hash, -slot - 1);
    }

    /**
     * {@link #reduceOrInsert} for aggregations that rewrite bytes ({@link InPlaceUpdater}): the key
     * is compared in its serialized form ({@link TypeComparator#binaryKeyPrefixLength}) and the
     * stored aggregate's tail is updated in place, so no record is deserialized and nothing is
     * allocated. Requires the comparator to support binary key prefixes and every record to
     * serialize to its key plus a tail of {@link InPlaceUpdater#tailLength()} bytes, which is
     * checked on an updater's first record: the key's type and the tail's fixed-length fields make
     * it the same for every record.
     *
     * @return false, with the table unchanged, if the key is new and does not fit
     * @throws IllegalArgumentException if the updater's first record does not have that shape
     */
    public boolean reduceOrInsertInPlace(T record, InPlaceUpdater<T> updater) throws Exception {
        checkOpen();
        int hash = hashOf(record);
        serializeToScratch(record);
        return foldInPlace(hash, record, scratchOut.getSharedBuffer(), 0, scratchOut.length(), updater);
    }

    /**
     * {@link #reduceOrInsertInPlace(Object, InPlaceUpdater)} for a record given as the {@code length}
     * bytes at {@code record[offset]} (as its serializer wrote them), whose key {@link #touchSerialized}
     * hashed to {@code hash}: the updater reads the record's values off the bytes
     * ({@link InPlaceUpdater#updateSerialized}), so the record never becomes an object.
     *
     * @return false, with the table unchanged, if the key is new and does not fit
     */
    public boolean reduceOrInsertInPlace(byte[] record, int offset, int length, int hash, InPlaceUpdater<T> updater)
            throws Exception {
        checkOpen();
        return foldInPlace(hash, null, record, offset, length, updater);
    }

    private int hashOf(byte[] record, int offset, int length) throws IOException {
        serializedKey.setBuffer(record, offset, length);
        return Hashing.murmur3Mix(comparator.hashSerialized(serializedKey));
    }

    /**
     * Folds the record serialized in {@code probe[probeOffset, probeOffset + length)} into the stored
     * aggregate of its key, or appends it: the updater takes {@code record}, or, if that is null, the
     * bytes. Only the stored record's tail is written back.
     */
    private boolean foldInPlace(int hash, T record, byte[] probe, int probeOffset, int length, InPlaceUpdater<T> updater)
            throws Exception {
        int keyLength;
        if (updater == shapeChecked) {
            // the key's bytes end where the fixed-length tail begins: no need to walk a string key
            keyLength = length - updater.tailLength();
        } else {
            keyLength = comparator.binaryKeyPrefixLength(probe, probeOffset);
            if (keyLength < 0 || length - keyLength != updater.tailLength()) {
                throw new IllegalArgumentException("records must serialize to a binary key and a tail of "
                        + updater.tailLength() + " bytes; got " + length + " bytes with a key of " + keyLength);
            }
            shapeChecked = updater;
        }
        if (candidateBytes.length < length) {
            candidateBytes = new byte[Math.max(length, 2 * candidateBytes.length)];
            candidateSegment = MemorySegment.wrap(candidateBytes);
        }
        int slot = slots.home(hash);
        while (true) {
            long entry = slots.get(slot);
            if (HashSlots.isEmpty(entry)) {
                if (probe != scratchOut.getSharedBuffer()) {
                    // a record given as bytes: the insert appends from the scratch buffer
                    scratchOut.clear();
                    scratchOut.write(probe, probeOffset, length);
                }
                return insertSerialized(hash, slot);
            }
            if (HashSlots.hashOf(entry) == hash) {
                long offset = offsetOf(HashSlots.referenceOf(entry));
                if (RecordArea.lengthOf(records.headerAt(offset)) == length) {
                    records.read(offset, candidateBytes, length);
                    if (Arrays.equals(candidateBytes, 0, keyLength, probe, probeOffset, probeOffset + keyLength)) {
                        if (record != null) {
                            updater.update(record, candidateSegment, keyLength);
                        } else {
                            updater.updateSerialized(probe, probeOffset + keyLength, candidateSegment, keyLength);
                        }
                        records.overwrite(offset, keyLength, candidateBytes, length - keyLength);
                        return true;
                    }
                }
            }
            slot = slots.next(slot);
        }
    }

    /**
     * Adds the home slot of {@code record}'s key to {@code loads}: the first step of a batch of
     * lookups, whose cache misses then overlap.
     */
    @Override
    public void gatherHome(T record, GatherLoads loads) {
        slots.gather(slots.home(hashOf(record)), loads);
    }

    /**
     * Loads what the lookups of a batch of records given as bytes read first (record {@code i} at
     * {@code records[offsets[i]]}, {@code lengths[i]} long), in three passes: hash every key off its
     * bytes ({@link TypeComparator#hashSerialized}) into {@code hashes[i]}, which
     * {@link #reduceOrInsertInPlace(byte[], int, int, int, InPlaceUpdater)} then takes; load every home
     * slot; then the header of every record those slots point to. Each pass's loads are independent
     * of one another and run in a loop of loads alone ({@link GatherLoads}), so the processor has the
     * cache misses of the whole batch in flight instead of one lookup's two misses after another.
     */
    public void touchSerialized(byte[] records, int[] offsets, int[] lengths, int count, int[] hashes) throws IOException {
        if (touchedSlots.length < count) {
            touchedSlots = new long[count];
        }
        long[] touched = touchedSlots;
        for (int i = 0; i < count; i++) {
            hashes[i] = hashOf(records, offsets[i], lengths[i]);
        }
        loads.reset(count);
        for (int i = 0; i < count; i++) {
            slots.gather(slots.home(hashes[i]), loads);
        }
        loads.loadLongs(touched);
        loads.reset(count);
        for (int i = 0; i < count; i++) {
            long entry = touched[i];
            if (!HashSlots.isEmpty(entry)) {
                this.records.gatherHeader(offsetOf(HashSlots.referenceOf(entry)), loads);
            }
        }
        loads.touch();
    }

    /**
     * A prober that looks up records of type {@code PT} (e.g. the probe side of a join, or the
     * workset of a delta iteration) and may replace what it found.
     */
    public <PT> Prober<PT> getProber(TypeComparator<PT> probeComparator, TypePairComparator<PT, T> pairComparator) {
        return new Prober<>(probeComparator, pairComparator);
    }

    /**
     * Every live record once, in the record area's order; stale versions are skipped. The table must
     * not be modified while the iterator is in use.
     */
    public MutableObjectIterator<T> getEntryIterator() {
        checkOpen();
        return new EntryIterator();
    }

    /** Drops every record but keeps all memory (and the bucket area's size). */
    public void resetToEmpty() {
        checkOpen();
        slots.clear();
        records.reset(freePages::add);
        size = 0;
        garbageBytes = 0;
        layoutVersion++;
    }

    /** The number of live records. */
    public int size() {
        return size;
    }

    /** Bytes of memory holding data: the bucket area plus the written part of the record area, garbage included. */
    public long getOccupancy() {
        return open ? (long) slots.pages().length * pageSize + records.end() : 0;
    }

    /** How often the record area was compacted since construction; for tests and metrics. */
    long getCompactionCount() {
        return compactions;
    }

    /** Bytes of stale record versions waiting for compaction. */
    long getGarbageBytes() {
        return garbageBytes;
    }

    /** Pages in the bucket area. */
    int getBucketPageCount() {
        return slots.pages().length;
    }

    // ------------------------------------------------------------------------------------------

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException(closed ? "table is closed" : "table is not open");
        }
    }

    private int hashOf(T record) {
        return Hashing.murmur3Mix(comparator.hash(record));
    }

    private void serializeToScratch(T record) throws IOException {
        scratchOut.clear();
        serializer.serialize(record, scratchOut);
    }

    private T readRecord(int reference, T reuse) throws IOException {
        DataInputView in = records.readerAt(offsetOf(reference));
        return reuse == null ? serializer.deserialize(in) : serializer.deserialize(reuse, in);
    }

    private static long offsetOf(int reference) {
        return (reference & 0xFFFF_FFFFL) << 2;
    }

    private static int referenceAt(long offset) {
        return (int) (offset >>> 2);
    }

    /**
     * Looks for the record equal to the reference set on {@code pairComparator} (or, if null, on the
     * table's comparator), deserializing only candidates with the same hash.
     *
     * @return the slot of the match (the record is in {@link #lastMatch}), or {@code -(e + 1)} where
     *     e is the empty slot that ended the search
     */
    private int probe(int hash, T reuse, TypePairComparator<?, T> pairComparator) throws IOException {
        int slot = slots.home(hash);
        while (true) {
            long entry = slots.get(slot);
            if (HashSlots.isEmpty(entry)) {
                return -slot - 1;
            }
            if (HashSlots.hashOf(entry) == hash) {
                T candidate = readRecord(HashSlots.referenceOf(entry), reuse);
                boolean equal = pairComparator == null
                        ? comparator.equalToReference(candidate)
                        : pairComparator.equalToReference(candidate);
                if (equal) {
                    lastMatch = candidate;
                    return slot;
                }
                if (reuse != null) {
                    reuse = candidate;
                }
            }
            slot = slots.next(slot);
        }
    }

    /** Appends the record in the scratch buffer as a new entry; {@code emptySlot} is a hint or -1. */
    private boolean insertSerialized(int hash, int emptySlot) throws IOException {
        int version = layoutVersion;
        if (!ensureSlotFor(1)) {
            return false;
        }
        long offset = appendScratch();
        if (offset < 0) {
            return false;
        }
        int slot = emptySlot >= 0 && version == layoutVersion ? emptySlot : slots.firstEmpty(hash);
        slots.set(slot, HashSlots.entry(hash, referenceAt(offset)));
        size++;
        return true;
    }

    /**
     * Replaces the record referenced from {@code slot} with the one in the scratch buffer.
     *
     * @return the slot now holding the entry (it moves if compaction ran), or -1 if it did not fit
     */
    private int replace(int slot, int hash, int reference) throws IOException {
        long oldOffset = offsetOf(reference);
        int oldLength = RecordArea.lengthOf(records.headerAt(oldOffset));
        int newLength = scratchOut.length();
        if (newLength == oldLength) {
            records.overwrite(oldOffset, scratchOut.getSharedBuffer(), newLength);
            return slot;
        }
        long newOffset = records.append(scratchOut.getSharedBuffer(), newLength);
        if (newOffset < 0) {
            if (!worthCompacting(RecordArea.storedSize(newLength))) {
                return -1;
            }
            int moved = compact(reference);
            oldOffset = offsetOf(moved);
            slot = slotOfReference(hash, moved);
            newOffset = records.append(scratchOut.getSharedBuffer(), newLength);
            if (newOffset < 0) {
                return -1;
            }
        }
        records.markDead(oldOffset);
        garbageBytes += RecordArea.storedSize(oldLength);
        slots.set(slot, HashSlots.entry(hash, referenceAt(newOffset)));
        return slot;
    }

    private int slotOfReference(int hash, int reference) {
        int slot = slots.home(hash);
        while (HashSlots.referenceOf(slots.get(slot)) != reference) {
            slot = slots.next(slot);
        }
        return slot;
    }

    /** Appends the scratch record, compacting once if that helps; -1 if there is no room. */
    private long appendScratch() throws IOException {
        int length = scratchOut.length();
        long offset = records.append(scratchOut.getSharedBuffer(), length);
        if (offset < 0 && worthCompacting(RecordArea.storedSize(length))) {
            compact(-1);
            offset = records.append(scratchOut.getSharedBuffer(), length);
        }
        return offset;
    }

    private boolean worthCompacting(long neededBytes) {
        return garbageBytes >= neededBytes && garbageBytes >= records.end() / MIN_GARBAGE_FRACTION;
    }

    /** Makes sure {@code extra} more entries fit in the bucket area, growing it if needed. */
    private boolean ensureSlotFor(int extra) throws IOException {
        int needed = size + extra;
        if (needed <= growThreshold || tryGrowSlots()) {
            return true;
        }
        if (needed <= maxEntries) {
            return true;
        }
        // the record area may hold the pages the bucket area needs: compaction gives them back
        long missingBytes = (long) (minGrowthPages() - freePages.size()) * pageSize;
        if (garbageBytes > 0 && worthCompacting(missingBytes)) {
            compact(-1);
            return tryGrowSlots() || needed <= maxEntries;
        }
        return false;
    }

    private int minGrowthPages() {
        int current = slots.pages().length;
        return current + Math.max(1, current / 4);
    }

    private boolean tryGrowSlots() {
        int current = slots.pages().length;
        int target = Math.min(2 * current, freePages.size());
        if (target < minGrowthPages()) {
            return false;
        }
        MemorySegment[] old = installSlotPages(takePages(target));
        freePages.addAll(Arrays.asList(old));
        LOG.debug("Hash table grew its bucket area from {} to {} pages at {} entries", current, target, size);
        return true;
    }

    private MemorySegment[] installSlotPages(MemorySegment[] pages) {
        MemorySegment[] old = slots.replacePages(pages);
        growThreshold = (int) Math.min(Integer.MAX_VALUE - 1, (long) (slots.capacity() * GROW_LOAD));
        maxEntries = (int) Math.min(slots.capacity() - 1L, (long) (slots.capacity() * MAX_LOAD));
        layoutVersion++;
        return old;
    }

    /**
     * Slides live records down over the garbage, rebuilds the bucket area from them and returns the
     * record pages no longer needed to the pool. Record hashes are recomputed by deserializing, which
     * keeps the per-record header at 4 bytes; compaction is rare (only when memory runs out).
     *
     * @param trackedReference a live record whose new reference the caller needs, or -1
     * @return the new reference of {@code trackedReference}, or -1
     */
    private int compact(int trackedReference) throws IOException {
        long start = System.nanoTime();
        long before = records.end();
        slots.clear();
        layoutVersion++;
        long read = 0;
        long write = 0;
        int moved = -1;
        T reuse = scratchRecord;
        while (read < before) {
            int header = records.headerAt(read);
            int stored = RecordArea.storedSize(RecordArea.lengthOf(header));
            if (RecordArea.isLive(header)) {
                if (write != read) {
                    records.moveDown(read, write, stored);
                }
                int reference = referenceAt(write);
                T record = readRecord(reference, reuse);
                if (reuse != null) {
                    reuse = record;
                }
                int hash = hashOf(record);
                slots.set(slots.firstEmpty(hash), HashSlots.entry(hash, reference));
                if (referenceAt(read) == trackedReference) {
                    moved = reference;
                }
                write += stored;
            }
            read += stored;
        }
        records.truncate(write, freePages::add);
        garbageBytes = 0;
        compactions++;
        if (LOG.isDebugEnabled()) {
            LOG.debug("Compacted hash table record area from {} to {} bytes ({} records) in {} ms",
                    before, write, size, (System.nanoTime() - start) / 1_000_000);
        }
        return moved;
    }

    private MemorySegment takeFreePage() {
        return freePages.isEmpty() ? null : freePages.remove(freePages.size() - 1);
    }

    private MemorySegment[] takePages(int count) {
        MemorySegment[] pages = new MemorySegment[count];
        for (int i = 0; i < count; i++) {
            pages[i] = takeFreePage();
        }
        return pages;
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Looks up records of the table by the key of a probe record of another type, and replaces the
     * last match. One prober per thread; a match stays updatable until the table's slots move
     * (growth, compaction or reset caused by another operation).
     *
     * @param <PT> the probe record type
     */
    public final class Prober<PT> {

        private final TypeComparator<PT> probeComparator;
        private final TypePairComparator<PT, T> pairComparator;
        private int matchSlot = -1;
        private int matchHash;
        private int matchVersion;

        private Prober(TypeComparator<PT> probeComparator, TypePairComparator<PT, T> pairComparator) {
            this.probeComparator = probeComparator;
            this.pairComparator = pairComparator;
        }

        /**
         * The record whose key equals {@code probe}'s, deserialized into {@code reuse} where the type
         * allows (null: a new object), or null if there is none.
         */
        public T getMatchFor(PT probe, T reuse) throws IOException {
            checkOpen();
            int hash = Hashing.murmur3Mix(probeComparator.hash(probe));
            pairComparator.setReference(probe);
            int slot = probe(hash, reuse, pairComparator);
            if (slot < 0) {
                matchSlot = -1;
                return null;
            }
            matchSlot = slot;
            matchHash = hash;
            matchVersion = layoutVersion;
            return lastMatch;
        }

        /**
         * Replaces the record last returned by {@link #getMatchFor} with {@code newRecord}, which
         * must have the same key: in place if its serialized length is unchanged, else appended and
         * relinked.
         *
         * @return false, with the table unchanged, if the new version does not fit even after compaction
         * @throws IllegalStateException if there is no current match
         */
        public boolean updateMatch(T newRecord) throws IOException {
            checkOpen();
            if (matchSlot < 0 || matchVersion != layoutVersion) {
                throw new IllegalStateException("no current match to update");
            }
            serializeToScratch(newRecord);
            int slot = replace(matchSlot, matchHash, HashSlots.referenceOf(slots.get(matchSlot)));
            if (slot < 0) {
                return false;
            }
            matchSlot = slot;
            matchVersion = layoutVersion;
            return true;
        }
    }

    /** Walks the record area in order, skipping stale versions. */
    private final class EntryIterator implements MutableObjectIterator<T> {

        private final long end = records.end();
        private long position;

        @Override
        public T next(T reuse) throws IOException {
            while (position < end) {
                long offset = position;
                int header = records.headerAt(offset);
                position += RecordArea.storedSize(RecordArea.lengthOf(header));
                if (RecordArea.isLive(header)) {
                    return readRecord(referenceAt(offset), reuse);
                }
            }
            return null;
        }

        @Override
        public T next() throws IOException {
            return next(null);
        }
    }
}
