package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads a spill file block by block, asynchronously: {@link #readBlock} queues the read of the next
 * segment-sized block into a segment, and the filled segments come back through the return queue
 * in request order. Several requests in flight overlap disk reads with the caller's work.
 *
 * <p>A block that the file does not fully contain (reading past its end) is an error, reported by
 * the {@link #getNextReturnedBlock()} that returns it: never a short block and never a hang. The
 * return queue belongs to this reader, as for {@link BlockChannelWriter}. Used by one thread;
 * created by {@link IOManager#createBlockChannelReader}.
 */
public final class BlockChannelReader extends AbstractBlockChannel {

    private long nextPosition;

    BlockChannelReader(FileChannelID id, IOThread ioThread, IOManager ioManager, LinkedBlockingQueue<MemorySegment> returnQueue) {
        super(id, ioThread, ioManager, returnQueue);
    }

    /**
     * Queues the read of the next {@code segment.size()} bytes of the file into {@code segment}.
     *
     * @throws IOException if an earlier request of this channel failed or the I/O manager is closed
     */
    public void readBlock(MemorySegment segment) throws IOException {
        submit(segment, nextPosition);
        nextPosition += segment.size();
    }

    /** Makes the next {@link #readBlock} start at byte {@code position} of the file. */
    public void seekToPosition(long position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        nextPosition = position;
    }

    /** Where the next {@link #readBlock} starts reading. */
    public long getPosition() {
        return nextPosition;
    }

    /** The current size of the file in bytes; fails if it does not exist. Touches the file system. */
    public long getSize() throws IOException {
        return Files.size(getChannelID().getPath().toPath());
    }

    @Override
    FileChannel openFile(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    @Override
    void transfer(FileChannel channel, MemorySegment segment, long position, IOThread thread) throws IOException {
        int size = segment.size();
        boolean offHeap = segment.isOffHeap();
        ByteBuffer buffer = offHeap
                ? ByteBuffer.wrap(thread.stagingBuffer(size), 0, size)
                : ByteBuffer.wrap(segment.getArray(), 0, size);
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new EOFException("the file ends at offset " + at + ", inside the block of " + size + " bytes at " + position);
            }
            at += read;
        }
        if (offHeap) {
            segment.put(0, buffer.array(), 0, size);
        }
    }
}
