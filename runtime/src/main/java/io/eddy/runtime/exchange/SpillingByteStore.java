package io.eddy.runtime.exchange;

import io.eddy.runtime.io.disk.BlockChannelReader;
import io.eddy.runtime.io.disk.BlockChannelWriter;
import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A byte stream written once and then read once, front to back, that keeps at most a fixed budget
 * of bytes on the heap: the first bytes stay in an array that grows up to the budget; the append
 * that would exceed it moves everything to a spill file and later appends go there too. The file is
 * written and read in the checksummed block format of {@link ChannelWriterOutputView} and
 * {@link ChannelReaderInputView}, through two blocks that serve first as write-behind and then as
 * read-ahead buffers, so a spilled store holds two blocks of memory whatever its size.
 *
 * <p>Phases: {@link #append} until {@link #finishWriting()}, then {@link #read}. {@link #discard()}
 * ends any phase, deleting the file; the store deletes it itself as soon as the last byte was read.
 * Not thread-safe: the owner serializes calls (writing and reading happen on different threads).
 */
final class SpillingByteStore {

    private static final Logger LOG = LoggerFactory.getLogger(SpillingByteStore.class);
    private static final int INITIAL_ARRAY_SIZE = 1024;
    /** Blocks carry a 16-byte header; below this size it would take a noticeable share of the file. */
    static final int MIN_BLOCK_SIZE = 1024;

    private final IOManager ioManager;
    private final int memoryBudget;
    private final int blockSize;

    private byte[] memory = new byte[0];
    private long size;
    private long readPosition;
    private boolean writingFinished;
    private boolean discarded;

    private FileChannelID file;
    private ChannelWriterOutputView writer;
    private List<MemorySegment> blocks;
    private ChannelReaderInputView reader;

    /**
     * @param memoryBudget how many bytes may stay on the heap before the store spills
     * @param blockSize the size of a spill block, of which a spilled store holds two
     */
    SpillingByteStore(IOManager ioManager, int memoryBudget, int blockSize) {
        if (blockSize < MIN_BLOCK_SIZE) {
            throw new IllegalArgumentException("spill blocks of " + blockSize + " bytes are below the minimum of "
                    + MIN_BLOCK_SIZE);
        }
        this.ioManager = ioManager;
        this.memoryBudget = memoryBudget;
        this.blockSize = blockSize;
    }

    /** Appends {@code length} bytes; spills once the budget is exceeded. */
    void append(byte[] bytes, int offset, int length) throws IOException {
        if (writingFinished || discarded) {
            throw new IllegalStateException("the store no longer accepts data");
        }
        if (writer == null && size + length > memoryBudget) {
            spill();
        }
        if (writer != null) {
            writer.write(bytes, offset, length);
        } else {
            if (size + length > memory.length) {
                memory = Arrays.copyOf(memory, (int) Math.min(memoryBudget,
                        Math.max(size + length, Math.max(INITIAL_ARRAY_SIZE, 2L * memory.length))));
            }
            System.arraycopy(bytes, offset, memory, (int) size, length);
        }
        size += length;
    }

    private void spill() throws IOException {
        file = ioManager.createChannel();
        blocks = List.of(MemorySegment.allocateHeap(blockSize), MemorySegment.allocateHeap(blockSize));
        BlockChannelWriter channel = ioManager.createBlockChannelWriter(file, new LinkedBlockingQueue<>());
        writer = new ChannelWriterOutputView(channel, blocks, blockSize);
        LOG.debug("Spilling a blocking exchange channel beyond {} bytes to {}", memoryBudget, file);
        writer.write(memory, 0, (int) size);
        memory = null;
    }

    /** Ends writing: a spill file is completed and closed (its blocks are kept for reading). */
    void finishWriting() throws IOException {
        if (writingFinished) {
            return;
        }
        writingFinished = true;
        if (writer != null) {
            ChannelWriterOutputView view = writer;
            writer = null;
            blocks = new ArrayList<>(view.close());
        }
    }

    /** The number of bytes appended. */
    long size() {
        return size;
    }

    /** Whether the bytes went to a file. */
    boolean isSpilled() {
        return file != null;
    }

    /**
     * Copies the next {@code length} bytes to {@code target}; there must be that many left. Deletes
     * the spill file once the last byte has been read.
     */
    void read(byte[] target, int offset, int length) throws IOException {
        if (!writingFinished || discarded) {
            throw new IllegalStateException("the store is not readable");
        }
        if (readPosition + length > size) {
            throw new IllegalStateException("reading " + length + " bytes at " + readPosition + " of " + size);
        }
        if (file == null) {
            System.arraycopy(memory, (int) readPosition, target, offset, length);
        } else {
            if (reader == null) {
                BlockChannelReader channel = ioManager.createBlockChannelReader(file, new LinkedBlockingQueue<>());
                reader = new ChannelReaderInputView(channel, blocks, true);
            }
            reader.readFully(target, offset, length);
        }
        readPosition += length;
        if (readPosition == size) {
            discard();
        }
    }

    /**
     * Drops the data: closes an open writer or reader and deletes the spill file. Never throws
     * (the data is unwanted, so failures only get logged); later calls do nothing.
     */
    void discard() {
        if (discarded) {
            return;
        }
        discarded = true;
        memory = null;
        if (file == null) {
            return;
        }
        try {
            if (writer != null) {
                writer.close();
            }
            if (reader != null) {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the spill file {} of a discarded exchange channel failed", file, e);
        } finally {
            writer = null;
            reader = null;
            blocks = null;
            ioManager.deleteChannel(file);
        }
    }
}
