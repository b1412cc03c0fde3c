package io.eddy.runtime.exchange;

import io.eddy.runtime.io.disk.IOManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ResultSubpartition} of a blocking exchange: the producer writes everything meant for
 * one consumer before the consumer can read any of it, and never waits for the consumer. This is
 * what breaks a pipeline that could deadlock (see {@link io.eddy.runtime.jobgraph.ExchangeMode}).
 *
 * <p><b>Writing.</b> The producer's data buffers are copied into a {@link SpillingByteStore} and
 * recycled at once, so the producer's pool never runs dry and the producer never blocks here. Only the
 * bytes are kept, not the buffer boundaries: records are length-prefixed and may span buffers anyway,
 * so the consumer's deserializer reassembles them from any cut. The store keeps a small budget of
 * bytes on the heap and spills the whole stream to a file beyond it. Events are kept on the heap
 * with their offset in the byte stream (a producer sends a handful), which keeps them ordered with
 * the data. {@link EndOfPartitionEvent} completes the stream and makes it readable: the consumer's
 * listener is told then, not before.
 *
 * <p><b>Reading.</b> Each {@link #poll()} fills a buffer of a small pool of its own with the next
 * bytes up to the next event, or returns that event. The consumer recycles the buffer into that
 * pool; should it hold every buffer of the pool, polls return nothing until one comes back, and the
 * returning buffer triggers the notification the consumer waits for.
 *
 * <p><b>Cleaning up.</b> The spill file is deleted as soon as the consumer has read the last byte,
 * and by {@link #release()} (the consumer failed or was cancelled, the producer failed, or the
 * executor releases the job's partitions when it ends), whichever comes first.
 *
 * <p>Producer and consumer work on different threads; every state change, including the disk reads
 * and writes of the store, happens under one lock, which the other side takes only briefly (once
 * per buffer) or to release.
 */
public final class BlockingSubpartition extends ResultSubpartition {

    /** Buffers the consumer may hold at once before a poll waits for one to come back. */
    static final int READ_BUFFERS = 2;

    private final Object lock = new Object();
    private final SpillingByteStore store;
    private final BufferPool readBuffers;
    /** The events in stream order, each with the byte offset it follows; the last ends the partition. */
    private final List<PositionedEvent> events = new ArrayList<>();

    // guarded by lock
    private BufferAvailabilityListener listener;
    private boolean finished;
    private boolean released;
    private long readPosition;
    private int nextEvent;
    private boolean waitingForReadBuffer;
    private boolean moreAvailable;

    /**
     * @param memoryBudget bytes kept on the heap before the data spills
     * @param spillBlockSize the block size of the spill file; a spilling channel holds two blocks
     * @param readBufferSize the size of the buffers handed to the consumer
     */
    public BlockingSubpartition(String description, IOManager ioManager, int memoryBudget, int spillBlockSize,
                                int readBufferSize) {
        super(description);
        this.store = new SpillingByteStore(ioManager, memoryBudget, spillBlockSize);
        this.readBuffers = new BufferPool(READ_BUFFERS, readBufferSize);
        this.readBuffers.setRecycleListener(this::readBufferRecycled);
    }

    @Override
    public void setAvailabilityListener(BufferAvailabilityListener listener) {
        boolean notify;
        synchronized (lock) {
            this.listener = listener;
            notify = finished && !released;
        }
        if (notify) {
            listener.notifyDataAvailable();
        }
    }

    /**
     * Stores a data buffer's bytes and recycles it, or records an event; never waits for the consumer.
     *
     * @throws UncheckedIOException if the data cannot be spilled (the producer then fails)
     */
    @Override
    public void add(Buffer buffer) {
        if (buffer.isData()) {
            try {
                addData(buffer);
            } finally {
                buffer.recycle();
            }
        } else {
            addEvent(buffer.event());
        }
    }

    private void addData(Buffer buffer) {
        synchronized (lock) {
            if (released) {
                return;
            }
            if (finished) {
                throw new IllegalStateException(this + " received data after the end of its partition");
            }
            try {
                store.append(buffer.segment().getArray(), 0, buffer.size());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spill the blocking exchange channel " + this + ": " + e.getMessage(), e);
            }
        }
    }

    private void addEvent(RuntimeEvent event) {
        BufferAvailabilityListener toNotify = null;
        synchronized (lock) {
            if (released) {
                return;
            }
            if (finished) {
                throw new IllegalStateException(this + " received " + event + " after the end of its partition");
            }
            events.add(new PositionedEvent(store.size(), event));
            if (event instanceof EndOfPartitionEvent) {
                try {
                    store.finishWriting();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot complete the spill file of " + this + ": " + e.getMessage(), e);
                }
                finished = true;
                toNotify = listener;
            }
        }
        if (toNotify != null) {
            toNotify.notifyDataAvailable();
        }
    }

    /**
     * The next buffer once the partition is finished: data up to the next event, or that event.
     *
     * @throws UncheckedIOException if reading the spill file fails (the consumer then fails)
     */
    @Override
    public Buffer poll() {
        synchronized (lock) {
            if (released || !finished || nextEvent == events.size()) {
                moreAvailable = false;
                return null;
            }
            Buffer result;
            PositionedEvent event = events.get(nextEvent);
            if (event.offset() == readPosition) {
                nextEvent++;
                result = Buffer.forEvent(event.event());
            } else {
                result = readBuffers.pollBuffer();
                if (result == null) {
                    waitingForReadBuffer = true;
                    moreAvailable = false;
                    return null;
                }
                fill(result, event.offset());
            }
            moreAvailable = computeMoreAvailable();
            return result;
        }
    }

    /** Under the lock: reads the next bytes, at most up to {@code limit}, into the buffer. */
    private void fill(Buffer buffer, long limit) {
        int length = (int) Math.min(buffer.segment().size(), limit - readPosition);
        try {
            store.read(buffer.segment().getArray(), 0, length);
        } catch (IOException e) {
            buffer.recycle();
            throw new UncheckedIOException("cannot read the spill file of " + this + ": " + e.getMessage(), e);
        }
        buffer.setSize(length);
        readPosition += length;
    }

    /** Under the lock, after a poll: whether the next poll returns something, registering for a buffer if not. */
    private boolean computeMoreAvailable() {
        if (nextEvent == events.size()) {
            return false;
        }
        if (events.get(nextEvent).offset() == readPosition || readBuffers.numInUse() < READ_BUFFERS) {
            return true;
        }
        waitingForReadBuffer = true;
        return false;
    }

    private void readBufferRecycled() {
        BufferAvailabilityListener toNotify = null;
        synchronized (lock) {
            if (waitingForReadBuffer && !released) {
                waitingForReadBuffer = false;
                toNotify = listener;
            }
        }
        if (toNotify != null) {
            toNotify.notifyDataAvailable();
        }
    }

    @Override
    public boolean moreAvailableAfterPoll() {
        synchronized (lock) {
            return moreAvailable;
        }
    }

    /** Deletes the spill file, drops stored data and the read buffers. */
    @Override
    public void release() {
        synchronized (lock) {
            if (released) {
                return;
            }
            released = true;
            store.discard();
            readBuffers.destroy();
            events.clear();
        }
    }

    /** Whether the data went to a spill file. */
    boolean isSpilled() {
        synchronized (lock) {
            return store.isSpilled();
        }
    }

    /** The read buffers the consumer has not recycled yet. */
    int readBuffersInUse() {
        return readBuffers.numInUse();
    }

    /** An event and the number of data bytes before it in the stream. */
    private record PositionedEvent(long offset, RuntimeEvent event) {}
}
