package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What block readers and writers share: asynchronous requests served by the I/O thread of the
 * file's directory, the queue through which segments come back, and error propagation.
 *
 * <p>The invariant that keeps callers from hanging: every accepted request hands its segment back
 * to the return queue exactly once, whether it succeeded, failed, or was abandoned because the
 * I/O manager closed. Requests of a channel complete in order, so the n-th segment taken from the
 * queue belongs to the n-th request. The first error is kept: {@link #getNextReturnedBlock()}
 * reports it with the segment of the failed request (and every one after it, whose transfer is
 * skipped), and every new request and {@link #close()} report it at once, always as an IOException
 * naming the file. A failure can thus be noticed late but is never lost.
 *
 * <p>The file is opened by the I/O thread with the first request, so that opening, like every other
 * file-system access, happens off the caller's thread and its failure is reported like any other.
 */
abstract class AbstractBlockChannel {

    private final FileChannelID id;
    private final IOThread ioThread;
    private final IOManager ioManager;
    private final LinkedBlockingQueue<MemorySegment> returnQueue;
    private final Object lock = new Object();

    /** Written by the I/O thread (or the closing caller); read by both. */
    private volatile FileChannel fileChannel;

    // all guarded by lock
    private int pendingRequests;
    private int unreturnedSegments;
    private IOException error;
    /** The ordinal of the request that failed first; requests are numbered from 0 as submitted. */
    private long failedOrdinal = Long.MAX_VALUE;
    private long submittedRequests;
    private long returnedSegments;
    private boolean closed;

    AbstractBlockChannel(FileChannelID id, IOThread ioThread, IOManager ioManager, LinkedBlockingQueue<MemorySegment> returnQueue) {
        if (returnQueue.remainingCapacity() != Integer.MAX_VALUE) {
            // the I/O thread must never block or fail handing a segment back
            throw new IllegalArgumentException("the return queue of " + id + " must be unbounded");
        }
        this.id = id;
        this.ioThread = ioThread;
        this.ioManager = ioManager;
        this.returnQueue = returnQueue;
    }

    /** Opens the file for this kind of channel. */
    abstract FileChannel openFile(Path path) throws IOException;

    /** Moves one block between {@code segment} and the file; runs on the I/O thread. */
    abstract void transfer(FileChannel channel, MemorySegment segment, long position, IOThread thread) throws IOException;

    public FileChannelID getChannelID() {
        return id;
    }

    /** Queues the transfer of {@code segment} at {@code position}; the segment comes back through the return queue. */
    final void submit(MemorySegment segment, long position) throws IOException {
        long ordinal;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("channel " + id + " is closed");
            }
            throwIfFailed();
            pendingRequests++;
            unreturnedSegments++;
            ordinal = submittedRequests++;
        }
        try {
            ioThread.submit(new BlockRequest(segment, position, ordinal));
        } catch (IOException e) {
            synchronized (lock) {
                submittedRequests--;
                pendingRequests--;
                unreturnedSegments--;
                lock.notifyAll();
            }
            throw new IOException("cannot access spill file " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the next segment from the return queue, waiting for it if needed, and fails if its
     * request or an earlier one of this channel failed. The segment is consumed from the queue
     * either way, so calls always pair up with requests.
     *
     * @throws IllegalStateException if no request of this channel is outstanding (waiting would hang)
     */
    public MemorySegment getNextReturnedBlock() throws IOException {
        synchronized (lock) {
            if (unreturnedSegments == 0) {
                throw new IllegalStateException("no request outstanding on channel " + id);
            }
            unreturnedSegments--;
        }
        MemorySegment segment;
        try {
            segment = returnQueue.take();
        } catch (InterruptedException e) {
            synchronized (lock) {
                unreturnedSegments++;
            }
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a block of " + id);
        }
        synchronized (lock) {
            if (returnedSegments++ >= failedOrdinal) {
                throw failure();
            }
        }
        return segment;
    }

    /**
     * Waits for all pending requests and closes the file. Throws the first asynchronous error of the
     * channel, if there was one. Later calls do nothing.
     */
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            boolean interrupted = false;
            // the I/O thread must be done with the file before we close it; every request completes
            while (pendingRequests > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        ioManager.unregister(this);
        FileChannel channel = fileChannel;
        IOException closeError = null;
        try {
            if (channel != null) {
                channel.close();
            } else if (createsFile() && !hasFailed()) {
                // nothing was written: still leave an (empty) file behind, as callers expect
                openFile(id.getPath().toPath()).close();
            }
        } catch (IOException e) {
            closeError = new IOException("cannot close spill file " + id + ": " + e.getMessage(), e);
        }
        synchronized (lock) {
            if (error != null) {
                IOException toThrow = failure();
                if (closeError != null) {
                    toThrow.addSuppressed(closeError);
                }
                throw toThrow;
            }
        }
        if (closeError != null) {
            throw closeError;
        }
    }

    /** Closes the channel and deletes its file, also if closing failed. */
    public void closeAndDelete() throws IOException {
        try {
            close();
        } finally {
            Files.deleteIfExists(id.getPath().toPath());
        }
    }

    /** Whether the channel's file is created even if no block is written. */
    boolean createsFile() {
        return false;
    }

    /**
     * Called by the I/O manager after its threads stopped: marks the channel failed and closes its
     * file so no descriptor outlives the manager.
     */
    void abort() {
        synchronized (lock) {
            if (error == null) {
                error = new IOException("the I/O manager was closed while spill file " + id + " was open");
                failedOrdinal = submittedRequests;
            }
        }
        FileChannel channel = fileChannel;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel is failed anyway; nothing useful to report
            }
        }
    }

    private boolean hasFailed() {
        synchronized (lock) {
            return error != null;
        }
    }

    private void throwIfFailed() throws IOException {
        if (error != null) {
            throw failure();
        }
    }

    /** A fresh exception per report, so each carries the stack of the call that noticed it. */
    private IOException failure() {
        return new IOException(error.getMessage(), error);
    }

    private void complete(MemorySegment segment, long ordinal, IOException failure) {
        synchronized (lock) {
            if (failure != null && error == null) {
                error = failure;
                failedOrdinal = ordinal;
            }
        }
        // the error is recorded before the segment becomes visible, so whoever takes it sees the error
        returnQueue.add(segment);
        synchronized (lock) {
            pendingRequests--;
            if (pendingRequests == 0) {
                lock.notifyAll();
            }
        }
    }

    private final class BlockRequest implements IORequest {

        private final MemorySegment segment;
        private final long position;
        private final long ordinal;

        BlockRequest(MemorySegment segment, long position, long ordinal) {
            this.segment = segment;
            this.position = position;
            this.ordinal = ordinal;
        }

        @Override
        public void process(IOThread thread) {
            IOException failure = null;
            if (hasFailed()) {
                // after an error the file content is unreliable: skip the transfer, just hand the segment back
                complete(segment, ordinal, null);
                return;
            }
            try {
                FileChannel channel = fileChannel;
                if (channel == null) {
                    channel = openFile(id.getPath().toPath());
                    fileChannel = channel;
                }
                transfer(channel, segment, position, thread);
            } catch (IOException e) {
                failure = new IOException("I/O error on spill file " + id + " at offset " + position + ": " + e, e);
            } catch (RuntimeException | Error e) {
                failure = new IOException("unexpected failure on spill file " + id + " at offset " + position + ": " + e, e);
            }
            complete(segment, ordinal, failure);
        }

        @Override
        public void fail(IOException cause) {
            complete(segment, ordinal, new IOException("request on spill file " + id + " at offset " + position + " not executed: "
                    + cause.getMessage(), cause));
        }
    }
}
