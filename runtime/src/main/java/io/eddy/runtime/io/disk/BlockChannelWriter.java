package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes whole memory segments to a spill file, one after the other, asynchronously: {@link
 * #writeBlock} only queues the write, and the segment reappears in the return queue once it is on
 * its way to disk, ready to be filled again. The caller owns the block format (see
 * {@link ChannelWriterOutputView} for the checksummed one).
 *
 * <p>The return queue belongs to this writer: every segment handed to {@link #writeBlock} comes
 * back through it exactly once, also when the write fails or the I/O manager closes. Used by one
 * thread; created by {@link IOManager#createBlockChannelWriter}.
 */
public final class BlockChannelWriter extends AbstractBlockChannel {

    private long nextPosition;
    private int blockCount;

    BlockChannelWriter(FileChannelID id, IOThread ioThread, IOManager ioManager, LinkedBlockingQueue<MemorySegment> returnQueue) {
        super(id, ioThread, ioManager, returnQueue);
    }

    /**
     * Queues the write of all of {@code segment} after the previous block. The segment must not be
     * touched until it comes back from {@link #getNextReturnedBlock()}.
     *
     * @throws IOException if an earlier request of this channel failed or the I/O manager is closed
     */
    public void writeBlock(MemorySegment segment) throws IOException {
        submit(segment, nextPosition);
        nextPosition += segment.size();
        blockCount++;
    }

    /** The number of blocks queued for writing so far. */
    public int getBlockCount() {
        return blockCount;
    }

    /** The file size once every queued block is written. */
    public long getBytesQueued() {
        return nextPosition;
    }

    @Override
    FileChannel openFile(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    boolean createsFile() {
        return true;
    }

    @Override
    void transfer(FileChannel channel, MemorySegment segment, long position, IOThread thread) throws IOException {
        int size = segment.size();
        ByteBuffer buffer;
        if (segment.isOffHeap()) {
            byte[] staging = thread.stagingBuffer(size);
            segment.get(0, staging, 0, size);
            buffer = ByteBuffer.wrap(staging, 0, size);
        } else {
            buffer = ByteBuffer.wrap(segment.getArray(), 0, size);
        }
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }
}
