package io.eddy.runtime.hash;

import io.eddy.runtime.io.disk.BlockChannelReader;
import io.eddy.runtime.io.disk.BlockChannelWriter;
import io.eddy.runtime.io.disk.ChannelEnumerator;
import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.RandomAccessInputView;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypePairComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An equi-join of a build and a probe input in a fixed amount of managed memory: the build side may
 * be far larger than memory, and keys may be skewed arbitrarily (all records sharing one key), and
 * the join still finishes without ever needing more memory than it was given.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Build.</b> Each build record is hashed (the comparator's hash mixed with a seed of the
 *       recursion level, see {@link HashJoinPartition#hash}) into one of N partitions (up to
 *       {@value #MAX_PARTITIONS}, fewer when memory is small, so that every partition can be spilled
 *       with two write buffers) and serialized into that partition's pages. When the pages run out,
 *       the largest in-memory partition is spilled: its bytes are copied to a build spill file, its
 *       pages are freed except two that stay as the file's write buffers, and its later records are
 *       written straight to the file. Two pages are always kept in reserve so a spill can start.</li>
 *   <li><b>Index.</b> After the build, the build files are closed and every in-memory partition gets
 *       a bucket index holding the full 32-bit hash next to the position of a chain of records with
 *       that hash. If the indexes and the probe files' write buffers do not fit, more partitions are
 *       spilled, largest first.</li>
 *   <li><b>Probe.</b> A probe record of an in-memory partition is joined at once; a build record is
 *       deserialized only when its hash equals the probe's. A probe record of a spilled partition is
 *       written to that partition's probe spill file.</li>
 *   <li><b>Spilled pairs.</b> {@link #finishProbe} reports unmatched in-memory build records, frees
 *       the memory and works through the spilled (build file, probe file) pairs one at a time: a pair
 *       whose build side fits in memory is joined as one block; a larger one is partitioned again
 *       with the next level's seed, recursively. When that does not shrink the build side (at least
 *       90% of a pair's build records land in one sub-partition, i.e. one key or hash dominates) or
 *       the level reaches {@value #MAX_RECURSION_DEPTH}, the pair is joined by a <i>block nested
 *       loop</i>: as much of the build file as fits is loaded and indexed, the whole probe file is
 *       scanned against it, and so on until the build file is exhausted. Slow, but it always
 *       finishes. Across blocks, a bitmap over the probe file's record numbers remembers which probe
 *       records matched, so unmatched ones are reported exactly once at the end; each block reports
 *       its own unmatched build records once the probe file has been scanned against it.</li>
 * </ol>
 *
 * <h2>Use</h2>
 * One thread: {@link #insertBuild} every build record, {@link #finishBuild()}, {@link #probe} every
 * probe record, {@link #finishProbe} (if re-openable, then any number of times
 * {@link #reopenProbe()}, {@link #probe}, {@link #finishProbe}), then {@link #close()}, which returns
 * every page and deletes every spill file, also after a failure at any point. After a failed call
 * the join can only be closed. Build records are serialized at once, so the caller may reuse them. Build records handed to the visitor, and probe records read back from
 * spill files, are new objects per call; probe records joined during {@link #probe} are the
 * caller's own objects. Probing an in-memory partition allocates nothing but the build objects it
 * hands to the visitor.
 *
 * <p>Memory: at least {@value #MIN_PAGES} pages of one power-of-two size. The only heap structure that
 * grows with the input is the nested-loop fallback's probe bitmap, one bit per probe record of the
 * pair being joined, and only for probe-outer joins.
 *
 * <h2>Re-opening: one build side, many probe passes</h2>
 * Inside a native iteration the join's task stays deployed from superstep to superstep, and one of
 * its inputs is often loop-invariant: in PageRank the adjacency lists are the same in every
 * superstep, only the ranks probed against them change. Building the hash table again each
 * superstep would re-read, re-hash and re-spill the same records every time, so a join created
 * with {@code reopenable} keeps its build side (as Flink's cached build side does): after
 * {@link #finishProbe}, {@link #reopenProbe()} starts a new pass, then {@link #probe} the new probe
 * input and {@link #finishProbe} again, as often as needed. Each pass reports exactly what a fresh
 * join of the same build side with that pass's probe records would; the matched flags of build
 * records are cleared while the pass's unmatched build records are reported.
 *
 * <p>What is kept, within the same pages:
 * <ul>
 *   <li>If nothing was spilled, the partitions stay in memory with their bucket indexes: a new pass
 *       costs nothing.</li>
 *   <li>Otherwise joining the spilled pairs needs the memory, so each in-memory partition is
 *       <i>parked</i> once, when its first pass ends: its record and index pages are written to a
 *       file as they are, and read back into pages by every later pass (no rehashing).</li>
 *   <li>A spilled partition keeps its build file, which each pass joins again with that pass's
 *       probe file. A pair that had to be re-partitioned keeps the level that re-partitioned it
 *       instead (its build file is then deleted): the level's own partitions are kept in turn,
 *       parked or spilled, down to the pairs joined as blocks or by nested loops. So each build
 *       record is re-partitioned at most once, by the first pass that probes its pair; later passes
 *       re-partition only their probe records.</li>
 *   <li>More memory may come between passes ({@link #addMemory}, e.g. the shares of operators that
 *       ran before the loop and have ended). {@link #reopenProbe()} then reads spilled partitions of
 *       the top level back into those pages and indexes them, one by one while they fit, and deletes
 *       their build files: from that pass on they are in-memory partitions like the others, probed
 *       in place instead of spilling the pass's probe records and reading the build file again.
 *       {@link #pagesToLoadSpilled()} says how many pages would load them all.</li>
 * </ul>
 * Probe spill files live for one pass, as without re-opening. A non-re-openable join deletes every
 * file as soon as it has been joined and keeps nothing after {@link #finishProbe}.
 *
 * @param <BT> the build-side record type
 * @param <PT> the probe-side record type
 */
public final class HybridHashJoin<BT, PT> {

    private static final Logger LOG = LoggerFactory.getLogger(HybridHashJoin.class);

    /** The fewest pages a join works with. */
    public static final int MIN_PAGES = 10;
    /** Partitions per level when memory allows. */
    public static final int MAX_PARTITIONS = 32;
    /** Spilled pairs from deeper levels than this are joined by the nested-loop fallback. */
    public static final int MAX_RECURSION_DEPTH = 6;

    private static final int WRITE_BUFFERS = 2;

    /**
     * SWITCHING: inside finishProbe (PROBE to DONE) or reopenProbe (DONE to PROBE); a failure
     * leaves the join there, to be closed.
     */
    private enum Phase { BUILD, PROBE, SWITCHING, DONE, CLOSED }

    private final TypeSerializer<BT> buildSerializer;
    private final TypeComparator<BT> buildComparator;
    /** Whether build records may come as bytes: the build comparator hashes serialized keys. */
    private final boolean serializedBuild;
    /** Whether probe records may come as bytes: the probe comparator hashes serialized keys. */
    private final boolean serializedProbe;
    /** Chain heads of batched probes, of every level and of block joins. */
    private final ProbeBatch batch = new ProbeBatch();
    /** Holds a record given as bytes while it is hashed and placed. */
    private byte[] serializedBuffer = new byte[256];
    /** Reads {@link #serializedBuffer}. */
    private final DataInputDeserializer serializedView = new DataInputDeserializer();
    /** A record read where it lies in a read buffer's page: the page, and a view over it. */
    private final List<MemorySegment> inPlacePage = new ArrayList<>(Collections.singletonList(null));
    private final RandomAccessInputView inPlace;
    /** Serializes a build record given as an object that goes to a spill file. */
    private final DataOutputSerializer spillScratch = new DataOutputSerializer(256);
    private final TypeSerializer<PT> probeSerializer;
    private final TypeComparator<PT> probeComparator;
    private final TypePairComparator<PT, BT> pairComparator;
    private final IOManager ioManager;
    private final boolean emitProbeWithoutMatch;
    private final boolean emitBuildWithoutMatch;
    /** Whether the build side outlives finishProbe, for further passes (see the class comment). */
    private final boolean reopenable;
    private final int pageSize;
    /** Read buffers per open spill file reader. */
    private final int readBuffers;

    private final List<MemorySegment> allPages;
    /** Pages no partition, index, reader or writer holds. */
    private final List<MemorySegment> free;
    private final List<ChannelWriterOutputView> openWriters = new ArrayList<>();
    private final List<ChannelReaderInputView> openReaders = new ArrayList<>();
    private final Set<FileChannelID> files = new LinkedHashSet<>();
    private final ArrayDeque<SpilledPair> pendingPairs = new ArrayDeque<>();
    /**
     * Re-openable joins only: the level that re-partitioned a spilled pair, by the pair's build file.
     * That file is deleted then: the level's own files hold its build records for later passes.
     */
    private final Map<FileChannelID, Level> repartitioned = new HashMap<>();
    private ChannelEnumerator channels;
    private Level topLevel;
    private Phase phase = Phase.BUILD;

    private int spilledPartitions;
    private int passes;
    private int maxRecursionDepth;
    private boolean nestedLoopFallback;
    private long bytesSpilled;
    private int pairsJoinedFromProbeSide;
    private int partitionsClustered;
    private int partitionsParked;
    private int partitionsLoaded;
    /** Pages given by {@link #addMemory} that no loaded partition holds: only these are used to load one. */
    private int addedFree;

    /** A spilled partition whose build and probe files still have to be joined. */
    private record SpilledPair(FileChannelID buildFile, long buildRecords, long buildBytes, FileChannelID probeFile,
                               long probeRecords, long probeBytes, int level, boolean doesNotShrink) {}

    /**
     * An in-memory partition of a re-openable join, parked in {@code file} while the spilled pairs
     * use the memory: its record pages, then its index pages, written as they were.
     */
    private record ParkedPartition(FileChannelID file, int recordPages, int indexPages, long recordBytes, int records) {}

    /**
     * @param memory at least {@link #MIN_PAGES} pages of one power-of-two size; the join owns them
     *     until {@link #close()} returns them
     * @param emitProbeWithoutMatch whether probe records without partner go to
     *     {@link JoinVisitor#probeWithoutMatch} (probe-side outer join)
     * @param emitBuildWithoutMatch whether build records without partner go to
     *     {@link JoinVisitor#buildWithoutMatch} (build-side outer join)
     */
    public HybridHashJoin(TypeSerializer<BT> buildSerializer, TypeComparator<BT> buildComparator,
                          TypeSerializer<PT> probeSerializer, TypeComparator<PT> probeComparator,
                          TypePairComparator<PT, BT> pairComparator, List<MemorySegment> memory, IOManager ioManager,
                          boolean emitProbeWithoutMatch, boolean emitBuildWithoutMatch) {
        this(buildSerializer, buildComparator, probeSerializer, probeComparator, pairComparator, memory, ioManager,
                emitProbeWithoutMatch, emitBuildWithoutMatch, false);
    }

    /**
     * @param memory at least {@link #MIN_PAGES} pages of one power-of-two size; the join owns them
     *     until {@link #close()} returns them
     * @param emitProbeWithoutMatch whether probe records without partner go to
     *     {@link JoinVisitor#probeWithoutMatch} (probe-side outer join)
     * @param emitBuildWithoutMatch whether build records without partner go to
     *     {@link JoinVisitor#buildWithoutMatch} (build-side outer join)
     * @param reopenable whether {@link #finishProbe} keeps the build side, so that
     *     {@link #reopenProbe()} can start another pass over it (see "Re-opening" above)
     */
    public HybridHashJoin(TypeSerializer<BT> buildSerializer, TypeComparator<BT> buildComparator,
                          TypeSerializer<PT> probeSerializer, TypeComparator<PT> probeComparator,
                          TypePairComparator<PT, BT> pairComparator, List<MemorySegment> memory, IOManager ioManager,
                          boolean emitProbeWithoutMatch, boolean emitBuildWithoutMatch, boolean reopenable) {
        if (memory.size() < MIN_PAGES) {
            throw new IllegalArgumentException("a hash join needs at least " + MIN_PAGES + " pages, got " + memory.size());
        }
        int size = memory.get(0).size();
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("the page size must be a power of two: " + size);
        }
        for (MemorySegment page : memory) {
            if (page.size() != size) {
                throw new IllegalArgumentException("pages of different sizes: " + page.size() + " and " + size);
            }
        }
        this.buildSerializer = buildSerializer.duplicate();
        this.buildComparator = buildComparator.duplicate();
        this.serializedBuild = this.buildComparator.supportsSerializedHash();
        this.probeSerializer = probeSerializer.duplicate();
        this.probeComparator = probeComparator.duplicate();
        this.serializedProbe = this.probeComparator.supportsSerializedHash();
        this.pairComparator = pairComparator;
        this.ioManager = ioManager;
        this.emitProbeWithoutMatch = emitProbeWithoutMatch;
        this.emitBuildWithoutMatch = emitBuildWithoutMatch;
        this.reopenable = reopenable;
        this.pageSize = size;
        this.readBuffers = memory.size() >= 64 ? 2 : 1;
        this.allPages = new ArrayList<>(memory);
        this.free = new ArrayList<>(memory);
        this.inPlace = new RandomAccessInputView(inPlacePage, size);
        this.topLevel = new Level(0);
    }

    // ------------------------------------------------------------------ lifecycle

    /** Adds a build record; it is serialized at once (into memory or a spill file). */
    public void insertBuild(BT record) throws IOException {
        checkPhase(Phase.BUILD, "insertBuild");
        topLevel.insert(record);
    }

    /**
     * Whether build records can be inserted as bytes ({@link #insertBuildSerialized}): the build
     * comparator hashes keys off serialized records, as it hashes objects.
     */
    public boolean supportsSerializedBuild() {
        return serializedBuild;
    }

    /**
     * Inserts the build record serialized in the next {@code length} bytes of {@code record} as it
     * is, without deserializing it: the bytes are copied once, hashed and appended to their
     * partition (or its spill file).
     *
     * @throws UnsupportedOperationException unless {@link #supportsSerializedBuild()}
     */
    public void insertBuildSerialized(DataInputView record, int length) throws IOException {
        checkPhase(Phase.BUILD, "insertBuild");
        readSerialized(serializedBuild, "build", record, length);
        topLevel.insertSerialized(serializedBuffer, length);
    }

    /** Copies a record given as bytes into {@link #serializedBuffer}, if that side's comparator can hash them. */
    private void readSerialized(boolean supported, String side, DataInputView record, int length) throws IOException {
        if (!supported) {
            throw new UnsupportedOperationException("the " + side + " comparator cannot hash serialized records");
        }
        ensureSerializedBuffer(length);
        record.readFully(serializedBuffer, 0, length);
    }

    private void ensureSerializedBuffer(int length) {
        if (serializedBuffer.length < length) {
            serializedBuffer = new byte[Math.max(length, 2 * serializedBuffer.length)];
        }
    }

    /** Ends the build: builds the bucket indexes and prepares the probe spill files. */
    public void finishBuild() throws IOException {
        checkPhase(Phase.BUILD, "finishBuild");
        topLevel.finishBuild();
        phase = Phase.PROBE;
    }

    /**
     * Joins {@code record} with the build records in memory, or writes it to its partition's probe
     * spill file if that partition was spilled.
     */
    public void probe(PT record, JoinVisitor<BT, PT> visitor) throws Exception {
        checkPhase(Phase.PROBE, "probe");
        topLevel.probe(record, visitor);
    }

    /**
     * Whether probe records can be given as bytes ({@link #spillOrDeserializeProbe}) with gain: the
     * probe comparator hashes keys off serialized records, and some partition of the probe's level
     * was spilled, so some records need never become objects.
     */
    public boolean takesSerializedProbe() {
        return serializedProbe && phase == Phase.PROBE && topLevel.anySpilled();
    }

    /**
     * Takes the probe record serialized in the next {@code length} bytes of {@code record}: if its
     * partition was spilled, the bytes go to the partition's probe spill file as they are and null
     * is returned; otherwise the record is returned deserialized (a new object), for the caller to
     * {@link #probe} or {@link #probeBatch}.
     *
     * @throws UnsupportedOperationException unless the probe comparator hashes serialized records
     */
    public PT spillOrDeserializeProbe(DataInputView record, int length) throws IOException {
        checkPhase(Phase.PROBE, "probe");
        readSerialized(serializedProbe, "probe", record, length);
        serializedView.setBuffer(serializedBuffer, 0, length);
        if (topLevel.spillProbeIfSpilled(probeComparator.hashSerialized(serializedView), serializedBuffer, length)) {
            return null;
        }
        serializedView.setBuffer(serializedBuffer, 0, length);
        return probeSerializer.deserialize(serializedView);
    }

    /**
     * Probes {@code count} records at once: first every record's slot and build record is loaded, so
     * the cache misses of the batch overlap instead of following one another, then each record is
     * joined as by {@link #probe}. The records must stay unchanged until this returns.
     */
    public void probeBatch(PT[] records, int count, JoinVisitor<BT, PT> visitor) throws Exception {
        checkPhase(Phase.PROBE, "probe");
        topLevel.probeBatch(records, count, visitor);
    }

    /**
     * Ends the probe: reports unmatched in-memory build records if asked, then joins every spilled
     * partition pair (recursively, or by the nested-loop fallback). A re-openable join keeps its
     * build side for {@link #reopenProbe()}; if this fails, it cannot be re-opened, only closed.
     */
    public void finishProbe(JoinVisitor<BT, PT> visitor) throws Exception {
        checkPhase(Phase.PROBE, "finishProbe");
        phase = Phase.SWITCHING;
        topLevel.finishProbe(visitor, false);
        if (!reopenable) {
            topLevel = null;
        }
        while (!pendingPairs.isEmpty()) {
            joinPair(pendingPairs.pop(), visitor);
        }
        passes++;
        phase = Phase.DONE;
        LOG.debug("hash join: pass {} done; so far {} partitions spilled, {} parked, {} clustered, {} pairs joined from the probe side, {} bytes spilled",
                passes, spilledPartitions, partitionsParked, partitionsClustered, pairsJoinedFromProbeSide, bytesSpilled);
    }

    /**
     * Starts another probe pass over the build side of a re-openable join, after a successful
     * {@link #finishProbe}: {@link #probe} the new probe input, then {@link #finishProbe} again,
     * which joins it with the whole build side as a fresh join would, with every build record
     * unmatched again for build-outer joins. Restores the in-memory partitions if they were parked
     * in files, and starts new probe spill files for the spilled ones.
     *
     * @throws IllegalStateException if the join is not re-openable, or not after a successful finishProbe
     */
    public void reopenProbe() throws IOException {
        if (!reopenable) {
            throw new IllegalStateException("reopenProbe needs a join created re-openable");
        }
        checkPhase(Phase.DONE, "reopenProbe");
        phase = Phase.SWITCHING;
        topLevel.reopen();
        phase = Phase.PROBE;
    }

    /**
     * The pages that would bring every spilled partition of a re-openable join's top level back into
     * memory, with their indexes and a reader's buffers ({@link #addMemory}); 0 if none is spilled,
     * or if this is not a re-openable join between passes.
     */
    public int pagesToLoadSpilled() {
        if (!reopenable || phase != Phase.DONE) {
            return 0;
        }
        int pages = topLevel.pagesToLoad();
        return pages == 0 ? 0 : Math.max(0, pages + readBuffers - addedFree);
    }

    /**
     * Gives a re-openable join more pages between passes, of the size of the others; the next
     * {@link #reopenProbe()} loads spilled partitions into them (see "Re-opening"), and pages it
     * cannot use come back from {@link #releaseUnusedMemory()}. {@link #close()} returns them all.
     */
    public void addMemory(List<MemorySegment> pages) {
        checkPhase(Phase.DONE, "addMemory");
        if (!reopenable) {
            throw new IllegalStateException("addMemory needs a join created re-openable");
        }
        for (MemorySegment page : pages) {
            if (page.size() != pageSize) {
                throw new IllegalArgumentException("pages of different sizes: " + page.size() + " and " + pageSize);
            }
        }
        allPages.addAll(pages);
        free.addAll(pages);
        addedFree += pages.size();
    }

    /**
     * Takes back the pages given by {@link #addMemory} that no loaded partition holds, after
     * {@link #reopenProbe()}: the caller returns them to where they came from.
     */
    public List<MemorySegment> releaseUnusedMemory() {
        if (phase != Phase.PROBE || addedFree == 0) {
            return new ArrayList<>();
        }
        // free pages are interchangeable: any addedFree of them leave the join
        List<MemorySegment> unused = take(addedFree);
        Set<MemorySegment> leaving = Collections.newSetFromMap(new IdentityHashMap<>());
        leaving.addAll(unused);
        allPages.removeIf(leaving::contains);
        addedFree = 0;
        return unused;
    }

    /**
     * Closes open spill files, deletes every spill file and returns every page given to the
     * constructor or to {@link #addMemory}. Safe at any point, also after a failure; later calls
     * return an empty list.
     */
    public List<MemorySegment> close() {
        if (phase == Phase.CLOSED) {
            return new ArrayList<>();
        }
        phase = Phase.CLOSED;
        for (ChannelWriterOutputView writer : openWriters) {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing spill file {} failed", writer.getChannelID(), e);
            }
        }
        openWriters.clear();
        for (ChannelReaderInputView reader : openReaders) {
            try {
                reader.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing spill file {} failed", reader.getChannelID(), e);
            }
        }
        openReaders.clear();
        for (FileChannelID file : files) {
            ioManager.deleteChannel(file);
        }
        files.clear();
        pendingPairs.clear();
        repartitioned.clear();
        topLevel = null;
        free.clear();
        // no I/O is in flight on any page now, wherever the failure left it
        return new ArrayList<>(allPages);
    }

    private void checkPhase(Phase expected, String call) {
        if (phase != expected) {
            throw new IllegalStateException(call + " is not allowed in phase " + phase);
        }
    }

    // ------------------------------------------------------------------ metrics

    /** Partitions spilled to disk so far, on all recursion levels. */
    public int getSpilledPartitions() {
        return spilledPartitions;
    }

    /** The deepest recursion level that re-partitioned a spilled pair; 0 if none was. */
    public int getMaxRecursionDepth() {
        return maxRecursionDepth;
    }

    /** Whether some spilled pair had to be joined by the block nested-loop fallback. */
    public boolean isNestedLoopFallbackUsed() {
        return nestedLoopFallback;
    }

    /** Probe passes completed by {@link #finishProbe}: 1 after the first, plus one per re-opened pass. */
    public int getCompletedPasses() {
        return passes;
    }

    /** Spilled pairs joined with their probe side indexed and their build side read past it, over all passes. */
    public int getPairsJoinedFromProbeSide() {
        return pairsJoinedFromProbeSide;
    }

    /** In-memory partitions of a re-openable join whose records were laid out chain by chain, on all levels. */
    public int getPartitionsClustered() {
        return partitionsClustered;
    }

    /** In-memory partitions of a re-openable join written to files to make room for spilled pairs. */
    public int getPartitionsParked() {
        return partitionsParked;
    }

    /** Spilled partitions of a re-openable join read back into pages given by {@link #addMemory}. */
    public int getPartitionsLoaded() {
        return partitionsLoaded;
    }

    /** Payload bytes written to spill files so far, build and probe side, over all passes. */
    public long getBytesSpilled() {
        return bytesSpilled;
    }

    // ------------------------------------------------------------------ one partitioning level

    /**
     * The partitions of one recursion level: the top level is fed by the caller, deeper levels by
     * the files of a spilled pair. Works in the join's free pages; one level is active at a time.
     */
    private final class Level {

        private final int depth;
        private final HashJoinPartition<BT, PT>[] partitions;
        /** Re-openable joins only: per in-memory partition, where it waits between passes once parked. */
        private final ParkedPartition[] parked;
        private final int mask;
        /** Write buffers for the next spill during the build. */
        private final List<MemorySegment> reserve = new ArrayList<>(WRITE_BUFFERS);
        /** Whether any partition of this level was spilled. */
        private boolean spilledHere;

        @SuppressWarnings("unchecked")
        Level(int depth) {
            this.depth = depth;
            int available = free.size();
            // every partition must be spillable with two write buffers, with memory left to build
            int n = Integer.highestOneBit(Math.max(2, (available - WRITE_BUFFERS) / 3));
            n = Math.min(MAX_PARTITIONS, n);
            this.mask = n - 1;
            this.partitions = new HashJoinPartition[n];
            this.parked = reopenable ? new ParkedPartition[n] : null;
            for (int i = 0; i < n; i++) {
                partitions[i] = new HashJoinPartition<>(i, buildSerializer, buildComparator, HybridHashJoin.this::takeFreePage,
                        pageSize);
            }
            reserve.addAll(take(WRITE_BUFFERS));
        }

        void insert(BT record) throws IOException {
            insert(buildComparator.hash(record), record, null, 0);
        }

        /** Inserts the record serialized in {@code serialized[0, length)}. */
        void insertSerialized(byte[] serialized, int length) throws IOException {
            serializedView.setBuffer(serialized, 0, length);
            insert(buildComparator.hashSerialized(serializedView), null, serialized, length);
        }

        /** Inserts {@code record}, or if it is null the serialized one, of comparator hash {@code rawHash}. */
        private void insert(int rawHash, BT record, byte[] serialized, int length) throws IOException {
            int hash = HashJoinPartition.hash(rawHash, depth);
            HashJoinPartition<BT, PT> partition = partitions[hash & mask];
            if (!partition.isSpilled() && partition.recordBytes() >= HashJoinPartition.MAX_RECORD_AREA) {
                spillDuringBuild(partition);
            }
            while (!partition.isSpilled()) {
                if (record != null ? partition.append(record) : partition.append(serialized, length)) {
                    return;
                }
                spillDuringBuild(largestInMemory());
            }
            if (record != null) {
                // written behind its length, so that reading the file back can hash and move its bytes
                spillScratch.clear();
                buildSerializer.serialize(record, spillScratch);
                partition.spillBuild(spillScratch.getSharedBuffer(), spillScratch.length());
            } else {
                partition.spillBuild(serialized, length);
            }
        }

        private HashJoinPartition<BT, PT> largestInMemory() {
            HashJoinPartition<BT, PT> largest = null;
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (!p.isSpilled() && (largest == null || p.pageCount() > largest.pageCount())) {
                    largest = p;
                }
            }
            // with at most (pages - 2) / 3 partitions, a full memory always has one of 3+ pages
            if (largest == null || largest.pageCount() <= WRITE_BUFFERS) {
                throw new IllegalStateException("no partition can be spilled to free memory");
            }
            return largest;
        }

        private void spillDuringBuild(HashJoinPartition<BT, PT> partition) throws IOException {
            ChannelWriterOutputView writer = openWriter(new ArrayList<>(reserve));
            reserve.clear();
            List<MemorySegment> released = partition.spillTo(writer);
            free.addAll(released);
            reserve.addAll(take(WRITE_BUFFERS));
            spilledPartitions++;
            spilledHere = true;
            LOG.debug("hash join level {}: spilled partition {} ({} records) during the build", depth,
                    partition.number(), partition.buildRecords());
        }

        void finishBuild() throws IOException {
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    ChannelWriterOutputView writer = p.buildWriter();
                    free.addAll(closeWriter(writer));
                    p.buildFileClosed(writer.getBytesWritten());
                }
            }
            free.addAll(reserve);
            reserve.clear();
            while (pagesNeededForProbe() > free.size()) {
                HashJoinPartition<BT, PT> victim = null;
                for (HashJoinPartition<BT, PT> p : partitions) {
                    if (!p.isSpilled() && p.inMemoryRecords() > 0
                            && (victim == null || p.pageCount() + p.indexPagesNeeded() > victim.pageCount() + victim.indexPagesNeeded())) {
                        victim = p;
                    }
                }
                if (victim == null) {
                    throw new IllegalStateException("the probe phase does not fit in " + allPages.size() + " pages");
                }
                ChannelWriterOutputView writer = openWriter(take(WRITE_BUFFERS));
                free.addAll(victim.spillTo(writer));
                free.addAll(closeWriter(writer));
                victim.buildFileClosed(writer.getBytesWritten());
                spilledPartitions++;
                spilledHere = true;
                LOG.debug("hash join level {}: spilled partition {} ({} records) to make room for the index", depth,
                        victim.number(), victim.buildRecords());
            }
            if (LOG.isDebugEnabled()) {
                long inMemory = 0;
                for (HashJoinPartition<BT, PT> p : partitions) {
                    inMemory += p.isSpilled() ? 0 : p.inMemoryRecords();
                }
                LOG.debug("hash join level {}: build done in {} pages of {} bytes, {} partitions of {} spilled so far, {} records in memory",
                        depth, allPages.size(), pageSize, spilledPartitions, partitions.length, inMemory);
            }
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    p.startProbeSpilling(openWriter(take(WRITE_BUFFERS)));
                } else if (p.inMemoryRecords() > 0) {
                    p.buildIndex(take(p.indexPagesNeeded()), depth);
                }
            }
            if (reopenable) {
                clusterChains();
            }
        }

        /**
         * Lays out the chains of every in-memory partition with repeated keys one after the other
         * (see {@link HashJoinPartition#clusterChains}): a re-openable join's build side is probed
         * again every pass, so one pass over it pays back in every later one. A partition is copied
         * into free pages and gives its old ones back, so this needs one partition's pages free; a
         * partition larger than the free pages keeps its layout.
         */
        private void clusterChains() throws IOException {
            for (HashJoinPartition<BT, PT> p : partitions) {
                clusterChains(p);
            }
        }

        private void clusterChains(HashJoinPartition<BT, PT> p) throws IOException {
            if (!p.isSpilled() && p.hasLongChains() && p.pageCount() <= free.size()) {
                free.addAll(p.clusterChains(HybridHashJoin.this::takeFreePage));
                partitionsClustered++;
            }
        }

        /** The pages loading every spilled partition of this level would take ({@link #loadSpilled}). */
        int pagesToLoad() {
            int pages = 0;
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (loadable(p)) {
                    pages += pagesToLoad(p);
                }
            }
            return pages;
        }

        /** A spilled partition with its build file (not re-partitioned), whose records fit one record area. */
        private boolean loadable(HashJoinPartition<BT, PT> p) {
            return p.isSpilled() && p.buildFile() != null && !repartitioned.containsKey(p.buildFile())
                    && p.buildBytes() < HashJoinPartition.MAX_RECORD_AREA;
        }

        /** Its records' bytes (headers included) in pages, and its index. */
        private int pagesToLoad(HashJoinPartition<BT, PT> p) {
            // a page of slack: the output view may take the next page when one fills exactly
            return (int) ((p.buildBytes() + pageSize - 1) / pageSize) + 1
                    + HashJoinPartition.indexPagesFor(p.buildRecords(), pageSize);
        }

        /**
         * Reads spilled partitions back into the pages {@link #addMemory} gave, while one more fits in
         * them, indexes them and deletes their build files. The pages the level had before stay free
         * for what the pass needed of them before.
         */
        private void loadSpilled() throws IOException {
            boolean loaded = false;
            for (HashJoinPartition<BT, PT> p : partitions) {
                int needed = loadable(p) ? pagesToLoad(p) : Integer.MAX_VALUE;
                // the reader's buffers come back once the file is read
                if (needed > addedFree - readBuffers) {
                    continue;
                }
                FileChannelID file = p.buildFile();
                int before = free.size();
                ChannelReaderInputView in = openReader(file);
                p.loadSpilled(in);
                free.addAll(closeReader(in));
                p.buildIndex(take(p.indexPagesNeeded()), depth);
                clusterChains(p);
                addedFree -= before - free.size();
                deleteFile(file);
                partitionsLoaded++;
                loaded = true;
                LOG.debug("hash join level {}: loaded spilled partition {} ({} records) into {} added pages", depth,
                        p.number(), p.inMemoryRecords(), before - free.size());
            }
            if (loaded) {
                spilledHere = false;
                for (HashJoinPartition<BT, PT> p : partitions) {
                    spilledHere |= p.isSpilled();
                }
            }
        }

        private int pagesNeededForProbe() {
            int needed = 0;
            for (HashJoinPartition<BT, PT> p : partitions) {
                needed += p.isSpilled() ? WRITE_BUFFERS : p.indexPagesNeeded();
            }
            return needed;
        }

        void probeBatch(PT[] records, int count, JoinVisitor<BT, PT> visitor) throws Exception {
            int[] hashes = batch.hashes(count);
            for (int i = 0; i < count; i++) {
                hashes[i] = HashJoinPartition.hash(probeComparator.hash(records[i]), depth);
            }
            batch.locate(partitions, mask, count);
            for (int i = 0; i < count; i++) {
                probeFrom(partitions[hashes[i] & mask], batch.head(i), records[i], visitor);
            }
        }

        void probe(PT record, JoinVisitor<BT, PT> visitor) throws Exception {
            probeHashed(record, HashJoinPartition.hash(probeComparator.hash(record), depth), visitor);
        }

        /** Whether any partition of this level was spilled. */
        boolean anySpilled() {
            return spilledHere;
        }

        /**
         * Writes the serialized probe record of comparator hash {@code rawHash} to its partition's
         * probe spill file if that partition was spilled; false (nothing written) otherwise.
         */
        boolean spillProbeIfSpilled(int rawHash, byte[] serialized, int length) throws IOException {
            HashJoinPartition<BT, PT> partition = partitions[HashJoinPartition.hash(rawHash, depth) & mask];
            if (!partition.isSpilled()) {
                return false;
            }
            partition.spillProbe(serialized, length);
            return true;
        }

        private void probeHashed(PT record, int hash, JoinVisitor<BT, PT> visitor) throws Exception {
            HashJoinPartition<BT, PT> partition = partitions[hash & mask];
            probeFrom(partition, partition.chainOf(hash), record, visitor);
        }

        /** Probes {@code partition} from the chain head found for the record's hash, or spills the record if it was spilled. */
        private void probeFrom(HashJoinPartition<BT, PT> partition, int head, PT record, JoinVisitor<BT, PT> visitor)
                throws Exception {
            if (partition.isSpilled()) {
                partition.spillProbe(record, probeSerializer);
            } else if (!partition.probeFrom(head, record, pairComparator, visitor, emitBuildWithoutMatch) && emitProbeWithoutMatch) {
                visitor.probeWithoutMatch(record);
            }
        }

        /**
         * Reports unmatched in-memory build records, frees the level's memory and queues its spilled
         * pairs. {@code fromSpilledPair} says this level re-partitioned a pair of {@code parentRecords}.
         */
        void finishProbe(JoinVisitor<BT, PT> visitor, boolean fromSpilledPair, long parentRecords) throws Exception {
            boolean anySpilled = false;
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    ChannelWriterOutputView writer = p.probeWriter();
                    free.addAll(closeWriter(writer));
                    p.probeFileClosed(writer.getBytesWritten());
                    anySpilled = true;
                }
            }
            // a re-openable top level stays as it is if no pair needs its pages: none was spilled, or
            // every spilled pair can be joined from its probe side in the pages left over
            boolean stayInMemory = reopenable && this == topLevel && (!anySpilled || pairsJoinFromProbeSide());
            for (int i = 0; i < partitions.length; i++) {
                HashJoinPartition<BT, PT> p = partitions[i];
                if (!p.isSpilled()) {
                    if (emitBuildWithoutMatch) {
                        p.reportUnmatchedBuild(visitor, reopenable);
                    }
                    if (stayInMemory) {
                        continue;
                    }
                    if (reopenable && parked[i] == null && p.inMemoryRecords() > 0) {
                        parked[i] = park(p);
                        partitionsParked++;
                    }
                    free.addAll(p.releaseMemory());
                }
            }
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    boolean doesNotShrink = fromSpilledPair && p.buildRecords() * 10 >= parentRecords * 9;
                    pendingPairs.push(pairOf(p, depth + 1, doesNotShrink));
                }
            }
        }

        void finishProbe(JoinVisitor<BT, PT> visitor, boolean fromSpilledPair) throws Exception {
            finishProbe(visitor, fromSpilledPair, 0);
        }

        /** Whether the pair of every spilled partition can be joined with the pages free now. */
        private boolean pairsJoinFromProbeSide() {
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled() && !joinsInFreePages(pairOf(p, depth + 1, false))) {
                    return false;
                }
            }
            return true;
        }

        private SpilledPair pairOf(HashJoinPartition<BT, PT> p, int level, boolean doesNotShrink) {
            return new SpilledPair(p.buildFile(), p.buildRecords(), p.buildBytes(), p.probeFile(), p.probeRecords(),
                    p.probeBytes(), level, doesNotShrink);
        }

        /**
         * Prepares another probe pass of a re-openable join over this level's build records: reads
         * parked partitions back (their bucket indexes included, so nothing is rehashed) and starts
         * new probe spill files. Needs no more pages than the level's first probe pass did.
         */
        void reopen() throws IOException {
            if (this == topLevel && addedFree > 0) {
                loadSpilled();
            }
            for (int i = 0; i < partitions.length; i++) {
                HashJoinPartition<BT, PT> p = partitions[i];
                if (p.isSpilled()) {
                    p.startProbeSpilling(openWriter(take(WRITE_BUFFERS)));
                } else if (parked[i] != null && p.pageCount() == 0) {
                    // parked and released by the last pass (not when every pair joined from its probe side)
                    unpark(p, parked[i]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ parked partitions (re-openable joins)

    /**
     * Writes the record and index pages of an in-memory partition, as they are, to a new file that
     * stays until {@link #close()}. The pages stay with the partition.
     */
    private ParkedPartition park(HashJoinPartition<BT, PT> partition) throws IOException {
        List<MemorySegment> pages = new ArrayList<>(partition.recordPages());
        pages.addAll(partition.indexPages());
        FileChannelID file = newChannel();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(file, new LinkedBlockingQueue<>());
        try {
            for (MemorySegment page : pages) {
                writer.writeBlock(page);
            }
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(writer::close, e);
            throw e;
        }
        // waits for every write: the pages are free to be reused afterwards
        writer.close();
        bytesSpilled += (long) pages.size() * pageSize;
        return new ParkedPartition(file, partition.recordPages().size(), partition.indexPages().size(),
                partition.recordBytes(), partition.inMemoryRecords());
    }

    /** Reads a parked partition back into free pages and hands them to {@code partition}. */
    private void unpark(HashJoinPartition<BT, PT> partition, ParkedPartition parked) throws IOException {
        List<MemorySegment> pages = take(parked.recordPages() + parked.indexPages());
        BlockChannelReader reader = ioManager.createBlockChannelReader(parked.file(), new LinkedBlockingQueue<>());
        try {
            for (MemorySegment page : pages) {
                reader.readBlock(page);
            }
            // blocks come back in request order, each into the page it was requested for
            for (int i = 0; i < pages.size(); i++) {
                reader.getNextReturnedBlock();
            }
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(reader::close, e);
            throw e;
        }
        reader.close();
        partition.restore(pages.subList(0, parked.recordPages()), parked.recordBytes(), parked.records(),
                pages.subList(parked.recordPages(), pages.size()));
    }

    /** Closes a raw channel after {@code failure}, which waits for its requests in flight. */
    private static void closeAfterFailure(Closeable channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException closeError) {
            failure.addSuppressed(closeError);
        }
    }

    // ------------------------------------------------------------------ spilled pairs

    private void joinPair(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        Level level = reopenable ? repartitioned.get(pair.buildFile()) : null;
        if (level != null) {
            // a later pass over a pair re-partitioned before: its build records wait in the level's files
            if (pair.probeRecords() > 0 || emitBuildWithoutMatch) {
                // in the order of the first pass, whose level was built with the reader's pages taken
                ChannelReaderInputView probeIn = openReader(pair.probeFile());
                level.reopen();
                probeLevel(level, probeIn, pair, visitor);
            }
        } else if (pair.buildRecords() == 0) {
            if (emitProbeWithoutMatch) {
                reportAllProbe(pair, visitor);
            }
        } else if (pair.probeRecords() == 0) {
            if (emitBuildWithoutMatch) {
                reportAllBuild(pair, visitor);
            }
        } else if (joinsFromProbeSide(pair)) {
            joinFromProbeSide(pair, visitor);
        } else {
            int budget = free.size() - 2 * readBuffers;
            long pagesForBuild = (pair.buildBytes() + pageSize - 1) / pageSize + 1
                    + HashJoinPartition.indexPagesFor(pair.buildRecords(), pageSize);
            if (pagesForBuild <= budget) {
                blockJoin(pair, visitor);
            } else if (pair.doesNotShrink() || pair.level() > MAX_RECURSION_DEPTH) {
                LOG.info("hash join: joining a spilled pair of {} build and {} probe records at level {} by nested loops",
                        pair.buildRecords(), pair.probeRecords(), pair.level());
                nestedLoopFallback = true;
                blockJoin(pair, visitor);
            } else {
                repartition(pair, visitor);
            }
        }
        if (!reopenable) {
            deleteFile(pair.buildFile());
        }
        deleteFile(pair.probeFile());
    }

    /**
     * Whether {@link #joinPair} joins the pair within the pages free now: one side is empty (the
     * other is reported as it is, or skipped), or it is joined from its probe side.
     */
    private boolean joinsInFreePages(SpilledPair pair) {
        if (repartitioned.containsKey(pair.buildFile())) {
            return pair.probeRecords() == 0 && !emitBuildWithoutMatch;
        }
        if (pair.probeRecords() == 0 || pair.buildRecords() == 0) {
            return readBuffers <= free.size();
        }
        return joinsFromProbeSide(pair);
    }

    /**
     * Whether a pair is joined from its probe side ({@link #joinFromProbeSide}): it has fewer probe
     * than build records, was never re-partitioned, and its probe records fit in the free pages.
     */
    private boolean joinsFromProbeSide(SpilledPair pair) {
        if (pair.probeRecords() == 0 || pair.probeRecords() >= pair.buildRecords() || repartitioned.containsKey(pair.buildFile())) {
            return false;
        }
        // the records behind their 4-byte headers, a page of slack, the index, and a reader's buffers
        long recordPages = (pair.probeBytes() + 4 * pair.probeRecords()) / pageSize + 2;
        return recordPages + HashJoinPartition.indexPagesFor(pair.probeRecords(), pageSize) + readBuffers <= free.size();
    }

    /**
     * Joins a spilled pair the other way round: its probe records are loaded and indexed, and the
     * build file is read once past them. When the build comparator hashes serialized keys, a build
     * record becomes an object only if its hash is among the probe records'. So the pair costs one
     * sequential read of its build file instead of loading and indexing it as {@link #blockJoin}
     * does, and needs pages only for its probe records: few enough, in a later pass of a loop with
     * a shrinking probe side, that a re-openable join keeps its in-memory partitions where they are.
     */
    private void joinFromProbeSide(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        pairsJoinedFromProbeSide++;
        ChannelReaderInputView probeIn = openReader(pair.probeFile());
        BudgetedSource source = new BudgetedSource(free.size() - readBuffers);
        HashJoinPartition<PT, BT> table = new HashJoinPartition<>(0, probeSerializer, probeComparator, source, pageSize);
        source.block = table;
        for (long i = 0; i < pair.probeRecords(); i++) {
            if (!source.roomForOneMore() || !table.append(probeSerializer.deserialize(probeIn))) {
                throw new IllegalStateException("the probe records of a spilled pair outgrew their estimate of "
                        + source.budget + " pages");
            }
        }
        free.addAll(closeReader(probeIn));
        table.buildIndex(take(table.indexPagesNeeded()), pair.level());
        TypePairComparator<BT, PT> byBuild = new GenericPairComparator<>(buildComparator.duplicate(), probeComparator.duplicate());
        ProbeSideVisitor swapped = new ProbeSideVisitor(visitor);
        ChannelReaderInputView buildIn = openReader(pair.buildFile());
        for (long i = 0; i < pair.buildRecords(); i++) {
            int length = buildIn.readInt() & HashJoinPartition.END;
            BT build;
            // where the probe records of the build record's hash start, looked up once
            int head;
            int inPage = buildIn.getCurrentPositionInSegment();
            if (serializedBuild && length != HashJoinPartition.END && inPage + length <= buildIn.getCurrentSegmentLimit()) {
                // hashed where it lies in the read buffer, without a copy; most records are unmatched
                // when few probe records are indexed, and skipped without becoming an object
                MemorySegment page = buildIn.getCurrentSegment();
                if (inPlacePage.get(0) != page) {
                    inPlacePage.set(0, page);
                }
                inPlace.setReadPosition(inPage);
                head = table.chainOf(HashJoinPartition.hash(buildComparator.hashSerialized(inPlace), pair.level()));
                if (!emitBuildWithoutMatch && !HashJoinPartition.isChain(head)) {
                    buildIn.skipBytesToRead(length);
                    continue;
                }
                inPlace.setReadPosition(inPage);
                build = buildSerializer.deserialize(inPlace);
                buildIn.skipBytesToRead(length);
            } else if (serializedBuild && length != HashJoinPartition.END) {
                ensureSerializedBuffer(length);
                buildIn.readFully(serializedBuffer, 0, length);
                serializedView.setBuffer(serializedBuffer, 0, length);
                head = table.chainOf(HashJoinPartition.hash(buildComparator.hashSerialized(serializedView), pair.level()));
                if (!emitBuildWithoutMatch && !HashJoinPartition.isChain(head)) {
                    continue;
                }
                serializedView.setBuffer(serializedBuffer, 0, length);
                build = buildSerializer.deserialize(serializedView);
            } else {
                build = buildSerializer.deserialize(buildIn);
                head = table.chainOf(HashJoinPartition.hash(buildComparator.hash(build), pair.level()));
            }
            swapped.handedOut = false;
            if (!table.probeFrom(head, build, byBuild, swapped, emitProbeWithoutMatch) && emitBuildWithoutMatch) {
                visitor.buildWithoutMatch(build);
            }
        }
        free.addAll(closeReader(buildIn));
        if (emitProbeWithoutMatch) {
            table.reportUnmatchedBuild(swapped, false);
        }
        free.addAll(table.releaseMemory());
    }

    /**
     * The visitor of a pair joined from its probe side, where the probe records are the indexed
     * ones: hands the pairs to the join's visitor the right way round, and a build record that
     * matches several probe records as a copy after the first, as the visitor may keep what it gets.
     */
    private final class ProbeSideVisitor implements JoinVisitor<PT, BT> {
        private final JoinVisitor<BT, PT> visitor;
        private boolean handedOut;

        ProbeSideVisitor(JoinVisitor<BT, PT> visitor) {
            this.visitor = visitor;
        }

        @Override
        public void match(PT probe, BT build) throws Exception {
            visitor.match(handedOut ? buildSerializer.copy(build) : build, probe);
            handedOut = true;
        }

        @Override
        public void buildWithoutMatch(PT probe) throws Exception {
            visitor.probeWithoutMatch(probe);
        }
    }

    private void repartition(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        maxRecursionDepth = Math.max(maxRecursionDepth, pair.level());
        LOG.debug("hash join: re-partitioning a spilled pair of {} build records at level {}", pair.buildRecords(), pair.level());
        ChannelReaderInputView buildIn = openReader(pair.buildFile());
        Level level = new Level(pair.level());
        BT reuse = buildSerializer.createInstance();
        for (long i = 0; i < pair.buildRecords(); i++) {
            int length = buildIn.readInt() & HashJoinPartition.END;
            if (serializedBuild && length != HashJoinPartition.END) {
                // the record moves to its new partition as bytes
                ensureSerializedBuffer(length);
                buildIn.readFully(serializedBuffer, 0, length);
                level.insertSerialized(serializedBuffer, length);
            } else {
                reuse = buildSerializer.deserialize(reuse, buildIn);
                level.insert(reuse);
            }
        }
        free.addAll(closeReader(buildIn));
        // the level's files hold the build records now, also for the later passes of a re-openable join
        deleteFile(pair.buildFile());
        if (reopenable) {
            repartitioned.put(pair.buildFile(), level);
        }
        ChannelReaderInputView probeIn = openReader(pair.probeFile());
        level.finishBuild();
        probeLevel(level, probeIn, pair, visitor);
    }

    /** Probes {@code level} with the pair's probe file, deletes the file and finishes the level's probe. */
    private void probeLevel(Level level, ChannelReaderInputView probeIn, SpilledPair pair, JoinVisitor<BT, PT> visitor)
            throws Exception {
        @SuppressWarnings("unchecked")
        PT[] probes = (PT[]) new Object[ProbeBatch.SIZE];
        for (long i = 0; i < pair.probeRecords(); ) {
            int count = (int) Math.min(ProbeBatch.SIZE, pair.probeRecords() - i);
            for (int j = 0; j < count; j++) {
                probes[j] = probeSerializer.deserialize(probeIn);
            }
            level.probeBatch(probes, count, visitor);
            i += count;
        }
        free.addAll(closeReader(probeIn));
        deleteFile(pair.probeFile());
        level.finishProbe(visitor, true, pair.buildRecords());
    }

    /**
     * Joins a pair by loading as much of the build file as fits, indexing it and scanning the whole
     * probe file against it, until the build file is exhausted. With a single block this is an
     * ordinary in-memory hash join of the pair.
     */
    private void blockJoin(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        ChannelReaderInputView buildIn = openReader(pair.buildFile());
        int budget = free.size() - readBuffers;
        BudgetedSource source = new BudgetedSource(budget);
        HashJoinPartition<BT, PT> block = new HashJoinPartition<>(0, buildSerializer, buildComparator, source, pageSize);
        source.block = block;
        long remaining = pair.buildRecords();
        BT pending = null;
        int blocks = 0;
        long[] probeMatched = null;
        BT reuse = buildSerializer.createInstance();
        @SuppressWarnings("unchecked")
        PT[] probes = (PT[]) new Object[ProbeBatch.SIZE];
        while (remaining > 0 || pending != null) {
            blocks++;
            if (pending != null) {
                if (!block.append(pending)) {
                    throw new IOException("a build record does not fit in the hash join's " + budget + " pages");
                }
                pending = null;
            }
            while (remaining > 0) {
                buildIn.skipBytesToRead(4);
                BT record = buildSerializer.deserialize(reuse, buildIn);
                remaining--;
                if (!source.roomForOneMore() || !block.append(record)) {
                    pending = record;
                    reuse = buildSerializer.createInstance();
                    break;
                }
                reuse = record;
            }
            boolean single = blocks == 1 && remaining == 0 && pending == null;
            if (!single) {
                nestedLoopFallback = true;
                if (emitProbeWithoutMatch && probeMatched == null) {
                    probeMatched = new long[(int) ((pair.probeRecords() + 63) >>> 6)];
                }
            }
            block.buildIndex(take(block.indexPagesNeeded()), pair.level());
            ChannelReaderInputView probeIn = openReader(pair.probeFile());
            HashJoinPartition<?, ?>[] blockOnly = {block};
            long i = 0;
            while (i < pair.probeRecords()) {
                int count = (int) Math.min(ProbeBatch.SIZE, pair.probeRecords() - i);
                int[] hashes = batch.hashes(count);
                for (int j = 0; j < count; j++) {
                    probes[j] = probeSerializer.deserialize(probeIn);
                    hashes[j] = HashJoinPartition.hash(probeComparator.hash(probes[j]), pair.level());
                }
                batch.locate(blockOnly, 0, count);
                for (int j = 0; j < count; j++, i++) {
                    PT probe = probes[j];
                    if (block.probeFrom(batch.head(j), probe, pairComparator, visitor, emitBuildWithoutMatch)) {
                        if (probeMatched != null) {
                            probeMatched[(int) (i >>> 6)] |= 1L << i;
                        }
                    } else if (single && emitProbeWithoutMatch) {
                        visitor.probeWithoutMatch(probe);
                    }
                }
            }
            Arrays.fill(probes, null);
            free.addAll(closeReader(probeIn));
            if (emitBuildWithoutMatch) {
                block.reportUnmatchedBuild(visitor, false);
            }
            free.addAll(block.releaseMemory());
        }
        free.addAll(closeReader(buildIn));
        if (probeMatched != null) {
            ChannelReaderInputView probeIn = openReader(pair.probeFile());
            for (long i = 0; i < pair.probeRecords(); i++) {
                PT probe = probeSerializer.deserialize(probeIn);
                if ((probeMatched[(int) (i >>> 6)] & (1L << i)) == 0) {
                    visitor.probeWithoutMatch(probe);
                }
            }
            free.addAll(closeReader(probeIn));
        }
        if (blocks > 1) {
            LOG.debug("hash join: nested-loop join of a spilled pair took {} blocks", blocks);
        }
    }

    /** Hands a nested-loop block free pages as long as its records and their index stay within a budget. */
    private final class BudgetedSource implements io.eddy.runtime.memory.MemorySegmentSource {
        private final int budget;
        private HashJoinPartition<?, ?> block;

        BudgetedSource(int budget) {
            this.budget = budget;
        }

        boolean roomForOneMore() {
            return block.pageCount() + HashJoinPartition.indexPagesFor(block.inMemoryRecords() + 1L, pageSize) <= budget;
        }

        @Override
        public MemorySegment nextSegment() {
            long needed = block.pageCount() + 1L + HashJoinPartition.indexPagesFor(block.inMemoryRecords() + 1L, pageSize);
            return needed <= budget ? takeFreePage() : null;
        }
    }

    private void reportAllProbe(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        ChannelReaderInputView in = openReader(pair.probeFile());
        for (long i = 0; i < pair.probeRecords(); i++) {
            visitor.probeWithoutMatch(probeSerializer.deserialize(in));
        }
        free.addAll(closeReader(in));
    }

    private void reportAllBuild(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        ChannelReaderInputView in = openReader(pair.buildFile());
        for (long i = 0; i < pair.buildRecords(); i++) {
            in.skipBytesToRead(4);
            visitor.buildWithoutMatch(buildSerializer.deserialize(in));
        }
        free.addAll(closeReader(in));
    }

    // ------------------------------------------------------------------ pages and files

    private MemorySegment takeFreePage() {
        return free.isEmpty() ? null : free.remove(free.size() - 1);
    }

    private List<MemorySegment> take(int n) {
        if (free.size() < n) {
            throw new IllegalStateException("the hash join ran out of its own pages: " + n + " needed, " + free.size() + " free");
        }
        List<MemorySegment> tail = free.subList(free.size() - n, free.size());
        List<MemorySegment> taken = new ArrayList<>(tail);
        tail.clear();
        return taken;
    }

    /** A new spill file name of this join, deleted by {@link #close()} at the latest. */
    private FileChannelID newChannel() {
        if (channels == null) {
            channels = ioManager.createChannelEnumerator();
        }
        FileChannelID id = channels.next();
        files.add(id);
        return id;
    }

    private ChannelWriterOutputView openWriter(List<MemorySegment> buffers) {
        FileChannelID id = newChannel();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>());
        ChannelWriterOutputView view = new ChannelWriterOutputView(writer, buffers, pageSize);
        openWriters.add(view);
        return view;
    }

    private List<MemorySegment> closeWriter(ChannelWriterOutputView writer) throws IOException {
        openWriters.remove(writer);
        List<MemorySegment> buffers = writer.close();
        bytesSpilled += writer.getBytesWritten();
        return buffers;
    }

    private ChannelReaderInputView openReader(FileChannelID id) throws IOException {
        List<MemorySegment> buffers = take(readBuffers);
        BlockChannelReader reader = ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>());
        ChannelReaderInputView view;
        try {
            view = new ChannelReaderInputView(reader, buffers, false);
        } catch (IOException | RuntimeException e) {
            free.addAll(buffers);
            try {
                reader.close();
            } catch (IOException closeError) {
                e.addSuppressed(closeError);
            }
            throw e;
        }
        openReaders.add(view);
        return view;
    }

    private List<MemorySegment> closeReader(ChannelReaderInputView reader) throws IOException {
        openReaders.remove(reader);
        return reader.close();
    }

    private void deleteFile(FileChannelID id) {
        if (files.remove(id)) {
            ioManager.deleteChannel(id);
        }
    }
}
