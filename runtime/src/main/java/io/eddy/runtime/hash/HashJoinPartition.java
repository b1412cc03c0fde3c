package io.eddy.runtime.hash;

import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.MemorySegmentSource;
import io.eddy.runtime.memory.RandomAccessInputView;
import io.eddy.runtime.memory.SimpleCollectingOutputView;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypePairComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One partition of a {@link HybridHashJoin}, or one block of its nested-loop fallback: the build
 * records of one hash range, either serialized in memory pages (with a bucket index once the build
 * is over) or, once spilled, streamed to a build spill file while the probe records of the range go
 * to a probe spill file.
 *
 * <p>Record layout, the same in memory and in build spill files: a 4-byte header followed by the
 * serialized record. The header's sign bit says the record found a partner (for build-outer joins);
 * its lower 31 bits link the records of one chain, i.e. the records with the same full hash, by
 * their offsets ({@link #END} closes a chain). Offsets therefore stay below 2^30
 * ({@link #MAX_RECORD_AREA}); a fuller partition is spilled instead. Until the index is built (and
 * in build spill files) the lower 31 bits hold the record's length instead, or {@link #END} where it
 * was not known (a record serialized straight into a spill file): with the length, and a comparator
 * that hashes serialized keys, indexing and re-partitioning hash and move records as bytes.
 *
 * <p>The bucket index ({@link HashSlots}) holds one slot per distinct full hash: the hash next to the
 * offset of the chain's first record. Probing compares hashes in the slots and deserializes build
 * records only when a hash is equal; duplicates of a key, however many, cost one slot, so heavy key
 * skew does not make the open addressing degenerate.
 */
final class HashJoinPartition<BT, PT> {

    /** The chain end marker in a header's lower 31 bits. */
    static final int END = 0x7FFF_FFFF;
    static final int MATCHED = 0x8000_0000;
    /** What {@link #chainOf} returns for a hash without records: no record offset is negative. */
    private static final int NO_CHAIN = -1;
    /**
     * The fewest and most bytes past a record's start that {@link #gatherHead} loads. Loading the
     * line after a short record's too made a join probing 1 M records of 22 bytes 8% faster than
     * loading only the lines the record spans (measured; the processor seems to fetch lines in
     * pairs then); three lines at most.
     */
    private static final int MIN_TOUCH_SPAN = 63;
    private static final int MAX_TOUCH_SPAN = 127;
    private static final int CACHE_LINE = 64;
    /** The most places {@link #gatherHead} adds for one head: three lines at most, as above. */
    static final int MAX_HEAD_PLACES = 3;
    private static final int HEADER_BYTES = 4;
    /** Records start below this offset, so that offsets fit the header and a partition fits an int. */
    static final long MAX_RECORD_AREA = 1L << 30;

    private final int number;
    private final TypeSerializer<BT> buildSerializer;
    private final TypeComparator<BT> buildComparator;
    private final int pageSize;
    private final int pageBits;
    private final int pageMask;

    private final List<MemorySegment> pages = new ArrayList<>();
    private final SimpleCollectingOutputView out;
    private final RandomAccessInputView in;
    private HashSlots slots;
    private List<MemorySegment> indexPages = new ArrayList<>();
    /** Build records in memory. */
    private int inMemoryRecords;
    /** How far past a record's first byte {@link #gatherHead} loads: an average record's length, within bounds. */
    private int touchSpan;
    /** The chains (slots in use) of the index last built; fewer than the records if keys repeat. */
    private int distinctHashes;

    private boolean spilled;
    private ChannelWriterOutputView buildWriter;
    private ChannelWriterOutputView probeWriter;
    private FileChannelID buildFile;
    private FileChannelID probeFile;
    private long buildRecords;
    private long buildBytes;
    private long probeRecords;
    private long probeBytes;

    HashJoinPartition(int number, TypeSerializer<BT> buildSerializer, TypeComparator<BT> buildComparator,
                      MemorySegmentSource memory, int pageSize) {
        this.number = number;
        this.buildSerializer = buildSerializer;
        this.buildComparator = buildComparator;
        this.pageSize = pageSize;
        this.pageBits = Integer.numberOfTrailingZeros(pageSize);
        this.pageMask = pageSize - 1;
        this.out = new SimpleCollectingOutputView(pages, memory, pageSize);
        this.in = new RandomAccessInputView(pages, pageSize);
    }

    /** The index pages a bucket index over {@code records} distinct hashes needs: at most 2/3 of the slots used. */
    static int indexPagesFor(long records, int pageSize) {
        if (records == 0) {
            return 0;
        }
        long slots = records + (records >>> 1) + 1;
        long slotsPerPage = pageSize / 8;
        return (int) ((slots + slotsPerPage - 1) / slotsPerPage);
    }

    /**
     * The full hash of a key at recursion level {@code level}. The comparator's hash is first mixed
     * as partitioners mix it, then mixed again with a per-level seed: records reaching one task all
     * share the partitioner's low bits, and the records of one spilled partition share this level's
     * low bits, so each level must spread them by bits the previous one did not use.
     */
    static int hash(int rawHash, int level) {
        return Hashing.murmur3Mix(Hashing.murmur3Mix(rawHash) + (level + 1) * 0x9E37_79B9);
    }

    int number() {
        return number;
    }

    boolean isSpilled() {
        return spilled;
    }

    int inMemoryRecords() {
        return inMemoryRecords;
    }

    int pageCount() {
        return pages.size();
    }

    long recordBytes() {
        return out.getCurrentOffset();
    }

    /** Index pages this partition will need for its current records. */
    int indexPagesNeeded() {
        return indexPagesFor(inMemoryRecords, pageSize);
    }

    long buildRecords() {
        return spilled ? buildRecords : inMemoryRecords;
    }

    long buildBytes() {
        return buildBytes;
    }

    long probeRecords() {
        return probeRecords;
    }

    FileChannelID buildFile() {
        return buildFile;
    }

    FileChannelID probeFile() {
        return probeFile;
    }

    ChannelWriterOutputView buildWriter() {
        return buildWriter;
    }

    ChannelWriterOutputView probeWriter() {
        return probeWriter;
    }

    /**
     * Serializes {@code record} into the memory pages. Returns false, leaving the pages as they were,
     * if the memory source ran dry or the partition reached {@link #MAX_RECORD_AREA}.
     */
    boolean append(BT record) throws IOException {
        return append(record, null, 0);
    }

    /** {@link #append(Object)} of a record given as its {@code length} serialized bytes. */
    boolean append(byte[] serialized, int length) throws IOException {
        return append(null, serialized, length);
    }

    private boolean append(BT record, byte[] serialized, int length) throws IOException {
        long start = out.getCurrentOffset();
        if (start >= MAX_RECORD_AREA) {
            return false;
        }
        try {
            if (serialized == null) {
                out.writeInt(END);
                buildSerializer.serialize(record, out);
                putHeader((int) start, (int) (out.getCurrentOffset() - start - HEADER_BYTES));
            } else {
                out.writeInt(length);
                out.write(serialized, 0, length);
            }
        } catch (EOFException noMemory) {
            out.resetTo(start);
            return false;
        }
        inMemoryRecords++;
        return true;
    }

    /**
     * Copies the in-memory records to {@code writer}, which becomes this partition's build spill
     * file, and returns the memory pages (the index is not built yet). Further build records go to
     * {@link #spillBuild}.
     */
    List<MemorySegment> spillTo(ChannelWriterOutputView writer) throws IOException {
        int bytes = (int) out.getCurrentOffset();
        if (bytes > 0) {
            in.setReadPosition(0);
            writer.write(in, bytes);
        }
        spilled = true;
        buildWriter = writer;
        buildFile = writer.getChannelID();
        buildRecords = inMemoryRecords;
        return releaseMemory();
    }

    /** Writes a build record given as its {@code length} serialized bytes to the build spill file, behind its length. */
    void spillBuild(byte[] serialized, int length) throws IOException {
        buildWriter.writeInt(length);
        buildWriter.write(serialized, 0, length);
        buildRecords++;
    }

    /**
     * Reads this spilled partition's build file (from {@code file}) back into memory pages, which
     * must have room for {@link #buildBytes()}: the partition is in memory again and needs its index
     * built. The build file is the caller's to delete; a spilled partition's probe file is gone
     * between passes.
     */
    void loadSpilled(DataInputView file) throws IOException {
        if (!spilled || buildWriter != null || probeWriter != null) {
            throw new IllegalStateException("partition " + number + " is not a spilled partition between passes");
        }
        // the file holds the records as memory does: each behind its header (its length until indexed)
        out.resetTo(0);
        out.write(file, Math.toIntExact(buildBytes));
        inMemoryRecords = Math.toIntExact(buildRecords);
        spilled = false;
        buildFile = null;
        probeFile = null;
        buildRecords = 0;
        buildBytes = 0;
        probeRecords = 0;
        probeBytes = 0;
    }

    /** Called once the build spill file is closed, with the payload bytes it holds. */
    void buildFileClosed(long bytes) {
        buildWriter = null;
        buildBytes = bytes;
    }

    /** Starts a probe spill file; a re-openable join starts a new one for every pass. */
    void startProbeSpilling(ChannelWriterOutputView writer) {
        probeWriter = writer;
        probeFile = writer.getChannelID();
        probeRecords = 0;
        probeBytes = 0;
    }

    void spillProbe(PT record, TypeSerializer<PT> probeSerializer) throws IOException {
        probeSerializer.serialize(record, probeWriter);
        probeRecords++;
    }

    /** {@link #spillProbe(Object, TypeSerializer)} of a record given as its {@code length} serialized bytes. */
    void spillProbe(byte[] serialized, int length) throws IOException {
        probeWriter.write(serialized, 0, length);
        probeRecords++;
    }

    /** Called once the probe spill file is closed, with the bytes it holds. */
    void probeFileClosed(long bytes) {
        probeWriter = null;
        probeBytes = bytes;
    }

    long probeBytes() {
        return probeBytes;
    }

    /** Whether {@code head}, as {@link #chainOf} returned it, starts a chain. */
    static boolean isChain(int head) {
        return head != NO_CHAIN;
    }

    /** The offset of the first record of the chain of {@code hash}, or {@link #NO_CHAIN} (always for a spilled partition). */
    int chainOf(int hash) {
        if (slots == null) {
            return NO_CHAIN;
        }
        int slot = slots.home(hash);
        long entry;
        while (!HashSlots.isEmpty(entry = slots.get(slot))) {
            if (HashSlots.hashOf(entry) == hash) {
                return HashSlots.referenceOf(entry);
            }
            slot = slots.next(slot);
        }
        return NO_CHAIN;
    }

    /**
     * Builds the bucket index over the in-memory records in {@code index} (at least
     * {@link #indexPagesNeeded()} pages), hashing keys as recursion level {@code level} does.
     */
    void buildIndex(List<MemorySegment> index, int level) throws IOException {
        indexPages = index;
        distinctHashes = 0;
        slots = new HashSlots(pageSize);
        slots.replacePages(index.toArray(new MemorySegment[0]));
        BT reuse = null;
        boolean serializedHash = buildComparator.supportsSerializedHash();
        int offset = 0;
        for (int i = 0; i < inMemoryRecords; i++) {
            in.setReadPosition(offset);
            int length = in.readInt();
            int rawHash;
            int next;
            if (serializedHash && length != END) {
                rawHash = buildComparator.hashSerialized(in);
                next = offset + HEADER_BYTES + length;
            } else {
                reuse = buildSerializer.deserialize(reuse == null ? buildSerializer.createInstance() : reuse, in);
                rawHash = buildComparator.hash(reuse);
                next = (int) in.getReadPosition();
            }
            int hash = hash(rawHash, level);
            int slot = slots.home(hash);
            while (true) {
                long entry = slots.get(slot);
                if (HashSlots.isEmpty(entry)) {
                    // the header's length gives way to the chain link: this record ends its chain
                    putHeader(offset, END);
                    slots.set(slot, HashSlots.entry(hash, offset));
                    distinctHashes++;
                    break;
                }
                if (HashSlots.hashOf(entry) == hash) {
                    putHeader(offset, HashSlots.referenceOf(entry));
                    slots.set(slot, HashSlots.entry(hash, offset));
                    break;
                }
                slot = slots.next(slot);
            }
            offset = next;
        }
        touchSpan = inMemoryRecords == 0 ? MIN_TOUCH_SPAN
                : Math.min(MAX_TOUCH_SPAN, Math.max(MIN_TOUCH_SPAN, offset / inMemoryRecords - 1));
    }

    /**
     * Adds the home slot of {@code hash} to {@code loads}, the first load of a batched probe, before
     * {@link #chainHead}: one place for every hash, one that loads nothing useful if the partition
     * has no slots.
     */
    void gatherSlot(int hash, GatherLoads loads) {
        if (slots == null) {
            loads.skip();
        } else {
            slots.gather(slots.home(hash), loads);
        }
    }

    /**
     * Where the chain of {@code hash} starts, given its home slot's {@code entry} as
     * {@link #gatherSlot} loaded it, for {@link #gatherHead} and {@link #probeFrom}; no chain if the
     * partition has none for the hash. Two of three slots are filled, so about half of the keys are
     * not in their home slot; the slots after it are mostly in the line already loaded.
     */
    int chainHead(int hash, long entry) {
        if (slots == null || HashSlots.isEmpty(entry)) {
            return NO_CHAIN;
        }
        return HashSlots.hashOf(entry) == hash ? HashSlots.referenceOf(entry) : chainOf(hash);
    }

    /**
     * Adds the lines of the record a chain starts with to {@code loads}: those an average record
     * spans, not only its first, and at least the one after it; nothing without a chain.
     */
    void gatherHead(int head, GatherLoads loads) {
        if (head == NO_CHAIN) {
            return;
        }
        MemorySegment page = pages.get(head >>> pageBits);
        int at = head & pageMask;
        loads.addByte(page, at);
        loads.addByte(page, Math.min(at + touchSpan, pageMask));
        if (touchSpan >= CACHE_LINE) {
            loads.addByte(page, Math.min(at + CACHE_LINE, pageMask));
        }
    }

    /**
     * Joins {@code probe} with the in-memory build records of equal key, from the chain head that
     * {@link #chainOf} or {@link #chainHead} found for its hash, handing new build objects to the
     * visitor; {@code markMatches} flags the matched build records for build-outer joins.
     *
     * @return whether any build record matched
     */
    boolean probeFrom(int head, PT probe, TypePairComparator<PT, BT> pairComparator, JoinVisitor<BT, PT> visitor,
                      boolean markMatches) throws Exception {
        return head != NO_CHAIN && joinChain(head, probe, pairComparator, visitor, markMatches);
    }

    private boolean joinChain(int head, PT probe, TypePairComparator<PT, BT> pairComparator, JoinVisitor<BT, PT> visitor,
                              boolean markMatches) throws Exception {
        pairComparator.setReference(probe);
        boolean matched = false;
        int offset = head;
        while (offset != END) {
            in.setReadPosition(offset);
            int header = in.readInt();
            BT candidate = buildSerializer.deserialize(in);
            if (pairComparator.equalToReference(candidate)) {
                matched = true;
                if (markMatches && header >= 0) {
                    putHeader(offset, header | MATCHED);
                }
                visitor.match(candidate, probe);
            }
            offset = header & END;
        }
        return matched;
    }

    /**
     * Whether the indexed records have keys in common: some chain holds more than one record, so
     * {@link #clusterChains} would change the layout.
     */
    boolean hasLongChains() {
        return slots != null && distinctHashes < inMemoryRecords;
    }

    /**
     * Rewrites the indexed records chain by chain into new pages from {@code memory}: the records of
     * one chain one after the other, in chain order, so that probing a key reads consecutive bytes
     * instead of a line in a random place per record (a key with 30 build records cost 30 cache
     * misses). Worth its one pass only where chains are probed many times, as in a loop's cached
     * build side. The records keep their bytes and match flags, so the area keeps its length and
     * needs as many pages as it has now; the caller makes sure {@code memory} has them.
     *
     * @return the old record pages, no longer used
     */
    List<MemorySegment> clusterChains(MemorySegmentSource memory) throws IOException {
        List<MemorySegment> newPages = new ArrayList<>(pages.size());
        SimpleCollectingOutputView target = new SimpleCollectingOutputView(newPages, memory, pageSize);
        int slotCount = slots.capacity();
        try {
            for (int slot = 0; slot < slotCount; slot++) {
                long entry = slots.get(slot);
                if (HashSlots.isEmpty(entry)) {
                    continue;
                }
                int newHead = (int) target.getCurrentOffset();
                int offset = HashSlots.referenceOf(entry);
                while (offset != END) {
                    in.setReadPosition(offset);
                    int header = in.readInt();
                    int next = header & END;
                    int at = (int) target.getCurrentOffset();
                    // the next record of the chain is written right behind this one
                    target.writeInt(header & MATCHED);
                    buildSerializer.copy(in, target);
                    int link = next == END ? END : (int) target.getCurrentOffset();
                    putInt(newPages, at, (header & MATCHED) | link);
                    offset = next;
                }
                slots.set(slot, HashSlots.entry(HashSlots.hashOf(entry), newHead));
            }
        } catch (EOFException noMemory) {
            throw new IllegalStateException("partition " + number + " was given fewer pages than its records fill", noMemory);
        }
        if (target.getCurrentOffset() != out.getCurrentOffset()) {
            throw new IllegalStateException("partition " + number + ": " + target.getCurrentOffset()
                    + " bytes after clustering its chains, " + out.getCurrentOffset() + " before");
        }
        List<MemorySegment> oldPages = new ArrayList<>(pages);
        long bytes = out.getCurrentOffset();
        pages.clear();
        pages.addAll(newPages);
        out.resetTo(bytes);
        return oldPages;
    }

    /**
     * Hands every in-memory build record that was never matched to the visitor. With
     * {@code clearMarks} the matched flags are cleared on the way, so that the records can be probed
     * again by the next pass of a re-openable join.
     */
    void reportUnmatchedBuild(JoinVisitor<BT, PT> visitor, boolean clearMarks) throws Exception {
        if (inMemoryRecords == 0) {
            return;
        }
        in.setReadPosition(0);
        for (int i = 0; i < inMemoryRecords; i++) {
            int offset = clearMarks ? (int) in.getReadPosition() : 0;
            int header = in.readInt();
            BT record = buildSerializer.deserialize(in);
            if (header >= 0) {
                visitor.buildWithoutMatch(record);
            } else if (clearMarks) {
                putHeader(offset, header & END);
            }
        }
    }

    /** The record pages, in offset order; a re-openable join writes them out as they are. */
    List<MemorySegment> recordPages() {
        return pages;
    }

    /** The bucket index pages; a re-openable join writes them out as they are. */
    List<MemorySegment> indexPages() {
        return indexPages;
    }

    /**
     * Takes back the pages of an in-memory partition after {@link #releaseMemory()}, filled with
     * exactly what {@link #recordPages()} and {@link #indexPages()} held then: {@code recordCount}
     * records in {@code recordBytes} bytes, and their bucket index. Nothing is rehashed.
     */
    void restore(List<MemorySegment> records, long recordBytes, int recordCount, List<MemorySegment> index) {
        if (!pages.isEmpty() || slots != null) {
            throw new IllegalStateException("partition " + number + " still holds memory");
        }
        pages.addAll(records);
        out.resetTo(recordBytes);
        inMemoryRecords = recordCount;
        indexPages = new ArrayList<>(index);
        slots = new HashSlots(pageSize);
        slots.adoptPages(index.toArray(new MemorySegment[0]));
    }

    /** Gives up the record and index pages; the partition is empty afterwards and may be filled again. */
    List<MemorySegment> releaseMemory() {
        List<MemorySegment> released = new ArrayList<>(pages.size() + indexPages.size());
        released.addAll(pages);
        released.addAll(indexPages);
        pages.clear();
        indexPages = new ArrayList<>();
        slots = null;
        out.resetTo(0);
        inMemoryRecords = 0;
        return released;
    }

    /** Writes a header int at {@code offset}; it may straddle two pages, as the output view wrote it. */
    private void putHeader(int offset, int value) {
        putInt(pages, offset, value);
    }

    /** Writes a big-endian int at {@code offset} of the area in {@code area}, straddling two pages if it must. */
    private void putInt(List<MemorySegment> area, int offset, int value) {
        int inPage = offset & pageMask;
        if (inPage <= pageSize - 4) {
            area.get(offset >>> pageBits).putInt(inPage, value);
            return;
        }
        for (int i = 0; i < 4; i++) {
            int at = offset + i;
            area.get(at >>> pageBits).put(at & pageMask, (byte) (value >>> (24 - 8 * i)));
        }
    }
}
