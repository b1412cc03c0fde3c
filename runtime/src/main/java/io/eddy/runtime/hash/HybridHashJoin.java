package io.eddy.runtime.hash;

import io.eddy.runtime.io.disk.BlockChannelReader;
import io.eddy.runtime.io.disk.BlockChannelWriter;
import io.eddy.runtime.io.disk.ChannelEnumerator;
import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypePairComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * probe record, {@link #finishProbe}, then {@link #close()}, which returns every page and deletes
 * every spill file, also after a failure at any point. Build records are serialized at once, so the
 * caller may reuse them. Build records handed to the visitor, and probe records read back from
 * spill files, are new objects per call; probe records joined during {@link #probe} are the
 * caller's own objects. Probing an in-memory partition allocates nothing but the build objects it
 * hands to the visitor.
 *
 * <p>Memory: at least {@value #MIN_PAGES} pages of one power-of-two size. The only heap structure that
 * grows with the input is the nested-loop fallback's probe bitmap, one bit per probe record of the
 * pair being joined, and only for probe-outer joins.
 *
 * @param <BT> the build-side record type
 * @param <PT> the probe-side record type
 */
public final class HybridHashJoin<BT, PT> {

    private static final Logger LOG = LoggerFactory.getLogger(HybridHashJoin.class);

    /** Keeps the loads of batched probes from being optimized away; never read. */
    @SuppressWarnings("unused")
    private static volatile long touchSink;

    /** The fewest pages a join works with. */
    public static final int MIN_PAGES = 10;
    /** Partitions per level when memory allows. */
    public static final int MAX_PARTITIONS = 32;
    /** Spilled pairs from deeper levels than this are joined by the nested-loop fallback. */
    public static final int MAX_RECURSION_DEPTH = 6;

    private static final int WRITE_BUFFERS = 2;

    private enum Phase { BUILD, PROBE, DONE, CLOSED }

    private final TypeSerializer<BT> buildSerializer;
    private final TypeComparator<BT> buildComparator;
    private final TypeSerializer<PT> probeSerializer;
    private final TypeComparator<PT> probeComparator;
    private final TypePairComparator<PT, BT> pairComparator;
    private final IOManager ioManager;
    private final boolean emitProbeWithoutMatch;
    private final boolean emitBuildWithoutMatch;
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
    private ChannelEnumerator channels;
    private Level topLevel;
    private Phase phase = Phase.BUILD;

    private int spilledPartitions;
    private int maxRecursionDepth;
    private boolean nestedLoopFallback;
    private long bytesSpilled;

    /** A spilled partition whose build and probe files still have to be joined. */
    private record SpilledPair(FileChannelID buildFile, long buildRecords, long buildBytes, FileChannelID probeFile,
                               long probeRecords, int level, boolean doesNotShrink) {}

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
        this.probeSerializer = probeSerializer.duplicate();
        this.probeComparator = probeComparator.duplicate();
        this.pairComparator = pairComparator;
        this.ioManager = ioManager;
        this.emitProbeWithoutMatch = emitProbeWithoutMatch;
        this.emitBuildWithoutMatch = emitBuildWithoutMatch;
        this.pageSize = size;
        this.readBuffers = memory.size() >= 64 ? 2 : 1;
        this.allPages = new ArrayList<>(memory);
        this.free = new ArrayList<>(memory);
        this.topLevel = new Level(0);
    }

    // ------------------------------------------------------------------ lifecycle

    /** Adds a build record; it is serialized at once (into memory or a spill file). */
    public void insertBuild(BT record) throws IOException {
        checkPhase(Phase.BUILD, "insertBuild");
        topLevel.insert(record);
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
     * partition pair (recursively, or by the nested-loop fallback).
     */
    public void finishProbe(JoinVisitor<BT, PT> visitor) throws Exception {
        checkPhase(Phase.PROBE, "finishProbe");
        phase = Phase.DONE;
        topLevel.finishProbe(visitor, false);
        topLevel = null;
        while (!pendingPairs.isEmpty()) {
            joinPair(pendingPairs.pop(), visitor);
        }
    }

    /**
     * Closes open spill files, deletes every spill file and returns every page given to the
     * constructor. Safe at any point, also after a failure; later calls return an empty list.
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

    /** Payload bytes written to spill files so far, build and probe side. */
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
        private final int mask;
        /** Write buffers for the next spill during the build. */
        private final List<MemorySegment> reserve = new ArrayList<>(WRITE_BUFFERS);
        private int[] batchHashes = new int[0];

        @SuppressWarnings("unchecked")
        Level(int depth) {
            this.depth = depth;
            int available = free.size();
            // every partition must be spillable with two write buffers, with memory left to build
            int n = Integer.highestOneBit(Math.max(2, (available - WRITE_BUFFERS) / 3));
            n = Math.min(MAX_PARTITIONS, n);
            this.mask = n - 1;
            this.partitions = new HashJoinPartition[n];
            for (int i = 0; i < n; i++) {
                partitions[i] = new HashJoinPartition<>(i, buildSerializer, buildComparator, HybridHashJoin.this::takeFreePage,
                        pageSize);
            }
            reserve.addAll(take(WRITE_BUFFERS));
        }

        void insert(BT record) throws IOException {
            int hash = HashJoinPartition.hash(buildComparator.hash(record), depth);
            HashJoinPartition<BT, PT> partition = partitions[hash & mask];
            if (!partition.isSpilled() && partition.recordBytes() >= HashJoinPartition.MAX_RECORD_AREA) {
                spillDuringBuild(partition);
            }
            while (!partition.isSpilled()) {
                if (partition.append(record)) {
                    return;
                }
                spillDuringBuild(largestInMemory());
            }
            partition.spillBuild(record);
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
                LOG.debug("hash join level {}: spilled partition {} ({} records) to make room for the index", depth,
                        victim.number(), victim.buildRecords());
            }
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    p.startProbeSpilling(openWriter(take(WRITE_BUFFERS)));
                } else if (p.inMemoryRecords() > 0) {
                    p.buildIndex(take(p.indexPagesNeeded()), depth);
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
            if (batchHashes.length < count) {
                batchHashes = new int[count];
            }
            long touched = 0;
            for (int i = 0; i < count; i++) {
                int hash = HashJoinPartition.hash(probeComparator.hash(records[i]), depth);
                batchHashes[i] = hash;
                touched += partitions[hash & mask].touch(hash);
            }
            touchSink = touched;
            for (int i = 0; i < count; i++) {
                probeHashed(records[i], batchHashes[i], visitor);
            }
        }

        void probe(PT record, JoinVisitor<BT, PT> visitor) throws Exception {
            probeHashed(record, HashJoinPartition.hash(probeComparator.hash(record), depth), visitor);
        }

        private void probeHashed(PT record, int hash, JoinVisitor<BT, PT> visitor) throws Exception {
            HashJoinPartition<BT, PT> partition = partitions[hash & mask];
            if (partition.isSpilled()) {
                partition.spillProbe(record, probeSerializer);
            } else if (!partition.probe(record, hash, pairComparator, visitor, emitBuildWithoutMatch) && emitProbeWithoutMatch) {
                visitor.probeWithoutMatch(record);
            }
        }

        /**
         * Reports unmatched in-memory build records, frees the level's memory and queues its spilled
         * pairs. {@code fromSpilledPair} says this level re-partitioned a pair of {@code parentRecords}.
         */
        void finishProbe(JoinVisitor<BT, PT> visitor, boolean fromSpilledPair, long parentRecords) throws Exception {
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    free.addAll(closeWriter(p.probeWriter()));
                    p.probeFileClosed();
                }
            }
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (!p.isSpilled()) {
                    if (emitBuildWithoutMatch) {
                        p.reportUnmatchedBuild(visitor);
                    }
                    free.addAll(p.releaseMemory());
                }
            }
            for (HashJoinPartition<BT, PT> p : partitions) {
                if (p.isSpilled()) {
                    boolean doesNotShrink = fromSpilledPair && p.buildRecords() * 10 >= parentRecords * 9;
                    pendingPairs.push(new SpilledPair(p.buildFile(), p.buildRecords(), p.buildBytes(), p.probeFile(),
                            p.probeRecords(), depth + 1, doesNotShrink));
                }
            }
        }

        void finishProbe(JoinVisitor<BT, PT> visitor, boolean fromSpilledPair) throws Exception {
            finishProbe(visitor, fromSpilledPair, 0);
        }
    }

    // ------------------------------------------------------------------ spilled pairs

    private void joinPair(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        if (pair.buildRecords() == 0) {
            if (emitProbeWithoutMatch) {
                reportAllProbe(pair, visitor);
            }
        } else if (pair.probeRecords() == 0) {
            if (emitBuildWithoutMatch) {
                reportAllBuild(pair, visitor);
            }
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
        deleteFile(pair.buildFile());
        deleteFile(pair.probeFile());
    }

    private void repartition(SpilledPair pair, JoinVisitor<BT, PT> visitor) throws Exception {
        maxRecursionDepth = Math.max(maxRecursionDepth, pair.level());
        LOG.debug("hash join: re-partitioning a spilled pair of {} build records at level {}", pair.buildRecords(), pair.level());
        ChannelReaderInputView buildIn = openReader(pair.buildFile());
        Level level = new Level(pair.level());
        BT reuse = buildSerializer.createInstance();
        for (long i = 0; i < pair.buildRecords(); i++) {
            buildIn.skipBytesToRead(4);
            reuse = buildSerializer.deserialize(reuse, buildIn);
            level.insert(reuse);
        }
        free.addAll(closeReader(buildIn));
        deleteFile(pair.buildFile());
        ChannelReaderInputView probeIn = openReader(pair.probeFile());
        level.finishBuild();
        for (long i = 0; i < pair.probeRecords(); i++) {
            level.probe(probeSerializer.deserialize(probeIn), visitor);
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
            for (long i = 0; i < pair.probeRecords(); i++) {
                PT probe = probeSerializer.deserialize(probeIn);
                int hash = HashJoinPartition.hash(probeComparator.hash(probe), pair.level());
                if (block.probe(probe, hash, pairComparator, visitor, emitBuildWithoutMatch)) {
                    if (probeMatched != null) {
                        probeMatched[(int) (i >>> 6)] |= 1L << i;
                    }
                } else if (single && emitProbeWithoutMatch) {
                    visitor.probeWithoutMatch(probe);
                }
            }
            free.addAll(closeReader(probeIn));
            if (emitBuildWithoutMatch) {
                block.reportUnmatchedBuild(visitor);
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
        private HashJoinPartition<BT, PT> block;

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

    private ChannelWriterOutputView openWriter(List<MemorySegment> buffers) {
        if (channels == null) {
            channels = ioManager.createChannelEnumerator();
        }
        FileChannelID id = channels.next();
        files.add(id);
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
