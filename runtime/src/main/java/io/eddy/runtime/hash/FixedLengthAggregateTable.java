package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregates of a hash aggregation whose records all serialize to the same number of bytes
 * (tuples of numbers: {@code groupBy(0).sum(1)} over {@code Tuple2<Long, Double>}, or Gelly's sums
 * over {@code Tuple2<LongValue, DoubleValue>}), stored in the hash slots themselves: updated there by
 * an {@link InPlaceUpdater}, or read from there for the reduce function and overwritten with its
 * result, which has the same length.
 *
 * <p>{@link InPlaceMutableHashTable} keeps a slot (hash and reference) apart from its record, so a
 * lookup makes two dependent loads from memory, and for records of any length it must. A record of
 * fixed length fits in its slot: a slot here is the key's 32-bit hash (0 marks an empty slot)
 * followed by the record's bytes, and a lookup that finds its hash in the home slot finds the key
 * and the aggregate in the same cache line. On tables larger than the caches that halves the misses
 * of the lookups that dominate an aggregation over many keys.
 *
 * <h2>Layout and growth</h2>
 * Every page is a table of its own with linear probing inside it (probes never cross pages, so no
 * slot straddles two), and the pages in use grow by linear hashing: with {@code 2^level} pages and a
 * split pointer {@code s}, a key's page is its hash's bit-reversed low {@code level} bits, or one bit
 * more below {@code s}; when a page passes {@link #SPLIT_LOAD}, page {@code s} is split into itself
 * and page {@code 2^level + s}, moving only the keys of those two pages. So the table takes pages as
 * it fills, clears only the pages it used, and needs no power-of-two page count. The page comes
 * from the hash's high bits and the home slot from a product of all of them, because keys that one
 * partition of a hash exchange receives share the low bits.
 *
 * <p>An insert into a page at {@link #MAX_LOAD} splits pages until that page is split; with no page
 * left to split into, the table reports that it is full and is left unchanged.
 *
 * @param <T> the record type
 */
public final class FixedLengthAggregateTable<T> implements AggregateTable<T> {

    /** A page fuller than this makes the table split the next page, while pages are left. */
    static final double SPLIT_LOAD = 0.6;
    /**
     * No page is filled beyond this: linear probing costs about (1 + 1/(1-a)^2)/2 probes per miss,
     * 8.5 at a = 0.75 (here 8.5 consecutive slots of one page, two or three cache lines).
     */
    static final double MAX_LOAD = 0.75;
    /** The fewest slots a page must hold for the table to take records of a length. */
    private static final int MIN_SLOTS_PER_PAGE = 16;
    private static final int TAG_BYTES = 4;
    private static final int EMPTY = 0;

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    private final MemorySegment[] pages;
    /** The home slots of a batch that {@link #touchSerialized} loads. */
    private final GatherLoads loads = new GatherLoads();
    private final int[] counts;
    private final int recordLength;
    private final int slotBytes;
    private final int slotsPerPage;
    private final int splitCount;
    private final int maxCount;
    private final DataOutputSerializer scratchOut = new DataOutputSerializer(64);
    private final DataInputDeserializer serializedKey = new DataInputDeserializer();
    /** A stored aggregate's bytes and a reader over them, for {@link #reduceOrInsert}. */
    private final byte[] storedBytes;
    private final DataInputDeserializer storedView = new DataInputDeserializer();
    /** A page's slots while it is split. */
    private byte[] splitScratch;
    /** The updater whose first record was checked for the shape it needs, and the key length it found. */
    private InPlaceUpdater<T> shapeChecked;
    private int keyLength;
    /** The key length of the records {@link #reduceOrInsert} takes, found on the first; -1 before. */
    private int reduceKeyLength = -1;
    private int level;
    private int split;
    private int size;
    private boolean closed;

    /** Whether records of {@code recordLength} bytes (a serializer's fixed length, else -1) fit pages of {@code pageSize} bytes. */
    public static boolean fits(int recordLength, int pageSize) {
        return recordLength > 0 && (long) (recordLength + TAG_BYTES) * MIN_SLOTS_PER_PAGE <= pageSize;
    }

    /**
     * @param serializer writes every record in {@code serializer.getLength()} bytes
     * @param comparator the key; must support binary key prefixes and serialized hashes equal to its hashes
     * @param memory the pages to work in, all of one size, at least one; the table owns them until {@link #close()}
     */
    public FixedLengthAggregateTable(TypeSerializer<T> serializer, TypeComparator<T> comparator, List<MemorySegment> memory) {
        if (memory.isEmpty()) {
            throw new IllegalArgumentException("the table needs at least one page");
        }
        int pageSize = memory.get(0).size();
        for (MemorySegment page : memory) {
            if (page.size() != pageSize) {
                throw new IllegalArgumentException("pages of different sizes: " + pageSize + " and " + page.size());
            }
        }
        if (!fits(serializer.getLength(), pageSize)) {
            throw new IllegalArgumentException("records of " + serializer.getLength() + " bytes do not fit "
                    + MIN_SLOTS_PER_PAGE + " to a page of " + pageSize + " bytes");
        }
        if (!comparator.supportsBinaryKeyPrefix()) {
            throw new IllegalArgumentException("the key must be comparable as bytes");
        }
        this.serializer = serializer;
        this.comparator = comparator;
        this.pages = memory.toArray(new MemorySegment[0]);
        this.counts = new int[pages.length];
        this.recordLength = serializer.getLength();
        this.storedBytes = new byte[recordLength];
        this.slotBytes = recordLength + TAG_BYTES;
        this.slotsPerPage = pageSize / slotBytes;
        this.splitCount = (int) (slotsPerPage * SPLIT_LOAD);
        this.maxCount = (int) (slotsPerPage * MAX_LOAD);
        clearPage(0);
    }

    @Override
    public boolean reduceOrInsertInPlace(T record, InPlaceUpdater<T> updater) throws Exception {
        checkOpen();
        int hash = hashOf(comparator.hash(record));
        scratchOut.clear();
        serializer.serialize(record, scratchOut);
        return fold(hash, record, scratchOut.getSharedBuffer(), 0, scratchOut.length(), updater);
    }

    @Override
    public boolean reduceOrInsertInPlace(byte[] record, int offset, int length, int hash, InPlaceUpdater<T> updater)
            throws Exception {
        checkOpen();
        return fold(hash, null, record, offset, length, updater);
    }

    /**
     * Folds the record serialized in {@code bytes[offset, offset + length)} into its key's aggregate,
     * or stores it: the updater takes {@code record}, or, if that is null, the bytes.
     */
    private boolean fold(int hash, T record, byte[] bytes, int offset, int length, InPlaceUpdater<T> updater)
            throws Exception {
        if (updater != shapeChecked) {
            checkShape(bytes, offset, length, updater);
        } else {
            checkLength(length);
        }
        MemorySegment segment = pages[pageOf(hash)];
        int at = find(segment, hash, bytes, offset, keyLength);
        if (at < 0) {
            return insertNew(hash, bytes, offset);
        }
        int tail = at + TAG_BYTES + keyLength;
        if (record != null) {
            updater.update(record, segment, tail);
        } else {
            updater.updateSerialized(bytes, offset + keyLength, segment, tail);
        }
        return true;
    }

    /**
     * Folds {@code record} into its key's aggregate with the reducer: the stored aggregate is
     * deserialized from its slot, and the result, of the same length, is written back there.
     */
    @Override
    public boolean reduceOrInsert(T record, RecordReducer<T> reducer, T reuse) throws Exception {
        checkOpen();
        int hash = hashOf(comparator.hash(record));
        scratchOut.clear();
        serializer.serialize(record, scratchOut);
        return reduceOrInsert(hash, record, scratchOut.getSharedBuffer(), 0, scratchOut.length(), reducer, reuse);
    }

    @Override
    public boolean reducesSerialized() {
        return true;
    }

    @Override
    public boolean reduceOrInsertSerialized(byte[] record, int offset, int length, int hash, RecordReducer<T> reducer,
                                            T reuse) throws Exception {
        checkOpen();
        return reduceOrInsert(hash, null, record, offset, length, reducer, reuse);
    }

    /** Reduces the record serialized in {@code bytes} (and given as {@code record} unless that is null) into its key's aggregate. */
    private boolean reduceOrInsert(int hash, T record, byte[] bytes, int offset, int length, RecordReducer<T> reducer,
                                   T reuse) throws Exception {
        checkLength(length);
        if (reduceKeyLength < 0) {
            // fixed-length records have fixed-length keys: the first record's is every record's
            reduceKeyLength = comparator.binaryKeyPrefixLength(bytes, offset);
        }
        MemorySegment segment = pages[pageOf(hash)];
        int at = find(segment, hash, bytes, offset, reduceKeyLength);
        if (at < 0) {
            return insertNew(hash, bytes, offset);
        }
        if (record == null) {
            storedView.setBuffer(bytes, offset, length);
            record = serializer.deserialize(storedView);
        }
        segment.get(at + TAG_BYTES, storedBytes, 0, recordLength);
        storedView.setBuffer(storedBytes, 0, recordLength);
        T stored = reuse == null ? serializer.deserialize(storedView) : serializer.deserialize(reuse, storedView);
        T result = reducer.reduce(stored, record);
        scratchOut.clear();
        serializer.serialize(result, scratchOut);
        segment.put(at + TAG_BYTES, scratchOut.getSharedBuffer(), 0, recordLength);
        return true;
    }

    /** The offset of the slot of {@code segment} holding the key of the record at {@code bytes[offset]}, or -1. */
    private int find(MemorySegment segment, int hash, byte[] bytes, int offset, int keyLength) {
        int slot = home(hash);
        while (true) {
            int at = slot * slotBytes;
            int tag = segment.getInt(at);
            if (tag == EMPTY) {
                return -1;
            }
            if (tag == hash && segment.equalTo(at + TAG_BYTES, bytes, offset, keyLength)) {
                return at;
            }
            slot = slot + 1 == slotsPerPage ? 0 : slot + 1;
        }
    }

    /** Stores the record at {@code bytes[offset]}, whose key is new; false, changing nothing, if it does not fit. */
    private boolean insertNew(int hash, byte[] bytes, int offset) {
        int page = pageOf(hash);
        if (counts[page] >= maxCount) {
            do {
                if (!canSplit()) {
                    return false;
                }
                splitNext();
            } while (counts[page = pageOf(hash)] >= maxCount);
        }
        page = place(hash, bytes, offset);
        size++;
        if (counts[page] > splitCount && canSplit()) {
            splitNext();
        }
        return true;
    }

    private void checkLength(int length) {
        if (length != recordLength) {
            throw new IllegalArgumentException("a record of " + length + " bytes in a table of " + recordLength + "-byte records");
        }
    }

    private void checkShape(byte[] bytes, int offset, int length, InPlaceUpdater<T> updater) {
        int key = comparator.binaryKeyPrefixLength(bytes, offset);
        if (length != recordLength || key < 0 || length - key != updater.tailLength()) {
            throw new IllegalArgumentException("records must serialize to " + recordLength + " bytes: a binary key and a tail of "
                    + updater.tailLength() + " bytes; got " + length + " bytes with a key of " + key);
        }
        keyLength = key;
        shapeChecked = updater;
    }

    /** Writes a record with {@code hash} into the first free slot from its home in its page; returns the page. */
    private int place(int hash, byte[] bytes, int offset) {
        int page = pageOf(hash);
        MemorySegment segment = pages[page];
        int slot = home(hash);
        while (segment.getInt(slot * slotBytes) != EMPTY) {
            slot = slot + 1 == slotsPerPage ? 0 : slot + 1;
        }
        int at = slot * slotBytes;
        segment.putInt(at, hash);
        segment.put(at + TAG_BYTES, bytes, offset, recordLength);
        counts[page]++;
        return page;
    }

    private boolean canSplit() {
        return (1 << level) + split < pages.length;
    }

    /** Splits page {@code split} into itself and page {@code 2^level + split} by the next bit of the keys' hashes. */
    private void splitNext() {
        int from = split;
        int to = (1 << level) + split;
        int used = slotsPerPage * slotBytes;
        if (splitScratch == null) {
            splitScratch = new byte[used];
        }
        pages[from].get(0, splitScratch, 0, used);
        clearPage(from);
        clearPage(to);
        if (++split == 1 << level) {
            level++;
            split = 0;
        }
        for (int at = 0; at < used; at += slotBytes) {
            int hash = readTag(splitScratch, at);
            if (hash != EMPTY) {
                place(hash, splitScratch, at + TAG_BYTES);
            }
        }
    }

    private static int readTag(byte[] bytes, int at) {
        return (bytes[at] << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }

    private void clearPage(int page) {
        pages[page].clear(0, slotsPerPage * slotBytes);
        counts[page] = 0;
    }

    private int pageOf(int hash) {
        int bits = Integer.reverse(hash);
        int page = bits & ((1 << level) - 1);
        return page < split ? bits & ((2 << level) - 1) : page;
    }

    private int home(int hash) {
        return (int) (((hash * 0x9E3779B9) & 0xFFFF_FFFFL) * slotsPerPage >>> 32);
    }

    /** The comparator's hash spread as the other tables spread it; 0 becomes 1, as 0 marks empty slots. */
    private static int hashOf(int rawHash) {
        int hash = Hashing.murmur3Mix(rawHash);
        return hash == EMPTY ? 1 : hash;
    }

    @Override
    public void gatherHome(T record, GatherLoads loads) {
        int hash = hashOf(comparator.hash(record));
        loads.addByte(pages[pageOf(hash)], home(hash) * slotBytes);
    }

    @Override
    public void touchSerialized(byte[] records, int[] offsets, int[] lengths, int count, int[] hashes) throws IOException {
        for (int i = 0; i < count; i++) {
            serializedKey.setBuffer(records, offsets[i], lengths[i]);
            hashes[i] = hashOf(comparator.hashSerialized(serializedKey));
        }
        // the places first, then their loads in a loop of loads alone, so that the misses overlap
        loads.reset(count);
        for (int i = 0; i < count; i++) {
            int hash = hashes[i];
            loads.addByte(pages[pageOf(hash)], home(hash) * slotBytes);
        }
        loads.touch();
    }

    @Override
    public int size() {
        return size;
    }

    /** The pages holding slots now; for tests. */
    int pagesInUse() {
        return (1 << level) + split;
    }

    @Override
    public MutableObjectIterator<T> getEntryIterator() {
        checkOpen();
        return new MutableObjectIterator<>() {
            private final int pagesInUse = pagesInUse();
            private final byte[] bytes = new byte[recordLength];
            private final DataInputDeserializer in = new DataInputDeserializer();
            private int page;
            private int slot;

            @Override
            public T next(T reuse) throws IOException {
                return advance() ? serializer.deserialize(reuse, in) : null;
            }

            @Override
            public T next() throws IOException {
                return advance() ? serializer.deserialize(in) : null;
            }

            private boolean advance() {
                while (page < pagesInUse) {
                    MemorySegment segment = pages[page];
                    while (slot < slotsPerPage) {
                        int at = slot++ * slotBytes;
                        if (segment.getInt(at) != EMPTY) {
                            segment.get(at + TAG_BYTES, bytes, 0, recordLength);
                            in.setBuffer(bytes, 0, recordLength);
                            return true;
                        }
                    }
                    page++;
                    slot = 0;
                }
                return false;
            }
        };
    }

    @Override
    public void resetToEmpty() {
        checkOpen();
        int inUse = pagesInUse();
        for (int page = 0; page < inUse; page++) {
            clearPage(page);
        }
        level = 0;
        split = 0;
        size = 0;
    }

    @Override
    public List<MemorySegment> close() {
        if (closed) {
            return new ArrayList<>();
        }
        closed = true;
        List<MemorySegment> all = new ArrayList<>(Arrays.asList(pages));
        Arrays.fill(pages, null);
        return all;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("table is closed");
        }
    }
}
