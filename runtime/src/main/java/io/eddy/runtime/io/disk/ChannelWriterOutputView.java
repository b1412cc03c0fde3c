package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.AbstractPagedOutputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a byte stream (serialized records) to a spill file in checksummed blocks of one segment
 * each, in the format of {@link SpillBlockFormat}; {@link ChannelReaderInputView} reads it back.
 *
 * <p>With two or more segments one block is written while the next one fills, so serialization
 * and disk writes overlap. The view owns its segments until {@link #close()}, which flags and
 * writes the last block, waits for every write, closes the writer and returns all the segments. If
 * writing fails, {@code close()} throws instead and the segments are left to the memory manager's
 * release of the owner (no write is in progress on them by then). Used by one thread.
 */
public final class ChannelWriterOutputView extends AbstractPagedOutputView {

    private final BlockChannelWriter writer;
    private final List<MemorySegment> memory;
    private final ArrayDeque<MemorySegment> freeSegments;
    private final CRC32 crc = new CRC32();
    private final byte[] checksumStaging;
    private int blockCount;
    private long payloadBytesInBlocks;
    private int writesInFlight;
    private boolean closed;

    /**
     * @param memory at least two segments of {@code segmentSize} bytes, owned by the view until close
     */
    public ChannelWriterOutputView(BlockChannelWriter writer, List<MemorySegment> memory, int segmentSize) {
        super(firstSegment(memory), segmentSize, SpillBlockFormat.HEADER_LENGTH);
        if (memory.size() < 2) {
            throw new IllegalArgumentException("a channel writer view needs at least 2 segments, got " + memory.size());
        }
        for (MemorySegment segment : memory) {
            if (segment.size() != segmentSize) {
                throw new IllegalArgumentException("segment of " + segment.size() + " bytes, expected " + segmentSize);
            }
        }
        this.writer = writer;
        this.memory = new ArrayList<>(memory);
        this.freeSegments = new ArrayDeque<>(memory.subList(1, memory.size()));
        this.checksumStaging = memory.get(0).isOffHeap() ? new byte[SpillBlockFormat.CHECKSUM_CHUNK] : null;
    }

    private static MemorySegment firstSegment(List<MemorySegment> memory) {
        if (memory == null || memory.isEmpty()) {
            throw new IllegalArgumentException("a channel writer view needs at least 2 segments");
        }
        return memory.get(0);
    }

    @Override
    protected MemorySegment nextSegment(MemorySegment current, int positionInCurrent) throws IOException {
        if (closed) {
            throw new IllegalStateException("the view is closed");
        }
        sendBlock(current, positionInCurrent, false);
        MemorySegment next = freeSegments.pollFirst();
        if (next == null) {
            writesInFlight--;
            next = writer.getNextReturnedBlock();
        }
        return next;
    }

    /**
     * Writes the last block, waits until all blocks are written and closes the writer.
     *
     * @return every segment given to the constructor, for the caller to release; empty on a second call
     * @throws IOException if any write failed (the segments are then not returned)
     */
    public List<MemorySegment> close() throws IOException {
        if (closed) {
            return Collections.emptyList();
        }
        closed = true;
        try {
            sendBlock(getCurrentSegment(), getCurrentPositionInSegment(), true);
            clear();
            while (writesInFlight > 0) {
                writesInFlight--;
                writer.getNextReturnedBlock();
            }
        } catch (IOException | RuntimeException e) {
            try {
                writer.close();
            } catch (IOException closeError) {
                // both may wrap the same asynchronous error; report it once
                if (closeError.getCause() != e.getCause()) {
                    e.addSuppressed(closeError);
                }
            }
            throw e;
        }
        writer.close();
        return new ArrayList<>(memory);
    }

    /** The number of blocks handed to the writer so far. */
    public int getBlockCount() {
        return blockCount;
    }

    /** Payload bytes written through the view so far, headers and padding excluded. */
    public long getBytesWritten() {
        long current = closed ? 0 : getCurrentPositionInSegment() - SpillBlockFormat.HEADER_LENGTH;
        return payloadBytesInBlocks + current;
    }

    /** The channel the view writes to. */
    public FileChannelID getChannelID() {
        return writer.getChannelID();
    }

    private void sendBlock(MemorySegment segment, int end, boolean last) throws IOException {
        segment.putShort(SpillBlockFormat.MAGIC_OFFSET, SpillBlockFormat.MAGIC);
        segment.putShort(SpillBlockFormat.FLAGS_OFFSET, (short) (last ? SpillBlockFormat.FLAG_LAST_BLOCK : 0));
        segment.putInt(SpillBlockFormat.LENGTH_OFFSET, end);
        segment.putInt(SpillBlockFormat.CHECKSUM_OFFSET, SpillBlockFormat.checksum(crc, segment, end, checksumStaging));
        segment.putInt(SpillBlockFormat.SEQUENCE_OFFSET, blockCount);
        writer.writeBlock(segment);
        writesInFlight++;
        blockCount++;
        payloadBytesInBlocks += end - SpillBlockFormat.HEADER_LENGTH;
    }
}
