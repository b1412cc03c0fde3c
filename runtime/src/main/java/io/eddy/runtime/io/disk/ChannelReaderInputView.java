package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.AbstractPagedInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads back the byte stream a {@link ChannelWriterOutputView} wrote, verifying every block (magic
 * number, sequence number, length and CRC32, see {@link SpillBlockFormat}) and throwing
 * {@link SpillCorruptedException} on the first mismatch. After the data of the block flagged as last,
 * reads end with {@link EOFException}.
 *
 * <p>All given segments are used for read-ahead: with two or more, the disk fills the next blocks
 * while the caller deserializes the current one. Read-ahead stops at the end of the file as it
 * was when the view was created, so a file cut short is reported as corrupted instead of waited
 * for. Reading starts at the reader's position, which must be a block boundary.
 *
 * <p>{@link #close()} waits for outstanding reads, closes the reader (deleting the file if asked)
 * and returns the segments. Used by one thread.
 */
public final class ChannelReaderInputView extends AbstractPagedInputView {

    private final BlockChannelReader reader;
    private final List<MemorySegment> memory;
    private final ArrayDeque<MemorySegment> freeSegments = new ArrayDeque<>();
    private final boolean deleteFileOnClose;
    private final int segmentSize;
    private final long blocksInFile;
    private final CRC32 crc = new CRC32();
    private final byte[] checksumStaging;
    private long blocksRequested;
    private long nextBlockIndex;
    private int readsInFlight;
    private int currentLimit;
    private boolean lastBlockSeen;
    /** Once set, every further read fails with it: the stream position is no longer trustworthy. */
    private IOException failure;
    private boolean closed;

    /**
     * @param memory at least one segment (two or more to overlap reading with processing), all of
     *     the size the file was written with; owned by the view until {@link #close()}
     * @throws IOException if the file's size cannot be determined (e.g. it does not exist)
     */
    public ChannelReaderInputView(BlockChannelReader reader, List<MemorySegment> memory, boolean deleteFileOnClose) throws IOException {
        super(null, SpillBlockFormat.HEADER_LENGTH, SpillBlockFormat.HEADER_LENGTH);
        if (memory == null || memory.isEmpty()) {
            throw new IllegalArgumentException("a channel reader view needs at least 1 segment");
        }
        this.segmentSize = memory.get(0).size();
        for (MemorySegment segment : memory) {
            if (segment.size() != segmentSize) {
                throw new IllegalArgumentException("segments of different sizes: " + segment.size() + " and " + segmentSize);
            }
        }
        long start = reader.getPosition();
        if (start % segmentSize != 0) {
            throw new IllegalArgumentException("reader position " + start + " is not a multiple of the block size " + segmentSize);
        }
        this.reader = reader;
        this.memory = new ArrayList<>(memory);
        this.deleteFileOnClose = deleteFileOnClose;
        this.checksumStaging = memory.get(0).isOffHeap() ? new byte[SpillBlockFormat.CHECKSUM_CHUNK] : null;
        this.nextBlockIndex = start / segmentSize;
        long size = reader.getSize();
        // a partial block at the end is counted, so that reading it reports the truncation
        this.blocksInFile = size <= start ? 0 : (size - start + segmentSize - 1) / segmentSize;
        for (MemorySegment segment : memory) {
            recycle(segment);
        }
    }

    @Override
    protected MemorySegment nextSegment(MemorySegment current) throws IOException {
        if (closed) {
            throw new IllegalStateException("the view is closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (lastBlockSeen) {
            throw new EOFException("end of spill file " + reader.getChannelID());
        }
        if (current != null) {
            try {
                recycle(current);
            } catch (IOException e) {
                throw fail(e);
            }
        }
        if (readsInFlight == 0) {
            throw fail(new SpillCorruptedException(file(), nextBlockIndex, "the file ends without a block flagged as last"));
        }
        readsInFlight--;
        MemorySegment segment;
        try {
            segment = reader.getNextReturnedBlock();
        } catch (IOException e) {
            throw fail(e);
        }
        verify(segment);
        nextBlockIndex++;
        return segment;
    }

    @Override
    protected int getLimitForSegment(MemorySegment segment) {
        return currentLimit;
    }

    /**
     * Waits for outstanding reads, closes the reader and deletes the file if asked to.
     *
     * @return every segment given to the constructor, for the caller to release; empty on a second call
     * @throws IOException if reading failed in a way not reported by a read before (the segments are
     *     then not returned)
     */
    public List<MemorySegment> close() throws IOException {
        if (closed) {
            return Collections.emptyList();
        }
        closed = true;
        IOException error = null;
        while (readsInFlight > 0) {
            readsInFlight--;
            try {
                reader.getNextReturnedBlock();
            } catch (IOException e) {
                error = error == null ? e : error;
            }
        }
        try {
            if (deleteFileOnClose) {
                reader.closeAndDelete();
            } else {
                reader.close();
            }
        } catch (IOException e) {
            error = error == null ? e : error;
        }
        clear();
        if (error != null && failure == null) {
            throw error;
        }
        return new ArrayList<>(memory);
    }

    /** The channel the view reads from. */
    public FileChannelID getChannelID() {
        return reader.getChannelID();
    }

    private void recycle(MemorySegment segment) throws IOException {
        if (blocksRequested < blocksInFile) {
            reader.readBlock(segment);
            blocksRequested++;
            readsInFlight++;
        } else {
            freeSegments.add(segment);
        }
    }

    private void verify(MemorySegment segment) throws SpillCorruptedException {
        short magic = segment.getShort(SpillBlockFormat.MAGIC_OFFSET);
        if (magic != SpillBlockFormat.MAGIC) {
            throw fail(corrupted(String.format("magic number 0x%04X instead of 0x%04X", magic & 0xFFFF, SpillBlockFormat.MAGIC & 0xFFFF)));
        }
        int sequence = segment.getInt(SpillBlockFormat.SEQUENCE_OFFSET);
        if (sequence != nextBlockIndex) {
            throw fail(corrupted("sequence number " + sequence + " instead of " + nextBlockIndex));
        }
        int limit = segment.getInt(SpillBlockFormat.LENGTH_OFFSET);
        if (limit < SpillBlockFormat.HEADER_LENGTH || limit > segmentSize) {
            throw fail(corrupted("invalid length " + limit + " for blocks of " + segmentSize + " bytes"));
        }
        int expected = segment.getInt(SpillBlockFormat.CHECKSUM_OFFSET);
        int actual = SpillBlockFormat.checksum(crc, segment, limit, checksumStaging);
        if (actual != expected) {
            throw fail(corrupted(String.format("checksum 0x%08X instead of 0x%08X", actual, expected)));
        }
        short flags = segment.getShort(SpillBlockFormat.FLAGS_OFFSET);
        lastBlockSeen = (flags & SpillBlockFormat.FLAG_LAST_BLOCK) != 0;
        currentLimit = limit;
    }

    private SpillCorruptedException corrupted(String problem) {
        return new SpillCorruptedException(file(), nextBlockIndex, problem);
    }

    private <E extends IOException> E fail(E e) {
        failure = e;
        return e;
    }

    private File file() {
        return reader.getChannelID().getPath();
    }
}
