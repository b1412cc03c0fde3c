package io.eddy.runtime.exchange;

import io.eddy.runtime.memory.MemorySegment;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of equally sized buffers for one producer channel. The writer
 * {@linkplain #requestBuffer() requests} a buffer, fills it and hands it to the consumer, who
 * recycles it after reading. When all buffers are in flight the writer blocks until one comes back:
 * this is the engine's backpressure, and the reason no exchange queue can grow without bound.
 *
 * <p>Buffers are allocated lazily up to the capacity, so a channel that carries little data costs
 * little memory. Requests are interruptible, and {@link #destroy()} wakes every waiter, so a
 * cancelled task never stays stuck in here.
 */
public final class BufferPool {

    private final int bufferSize;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition bufferReturned = lock.newCondition();
    private final ArrayDeque<Buffer> available;
    private int allocated;
    private boolean destroyed;
    private volatile Runnable recycleListener;

    public BufferPool(int capacity, int bufferSize) {
        if (capacity < 1 || bufferSize < 16) {
            throw new IllegalArgumentException("need at least one buffer of at least 16 bytes: " + capacity + " x " + bufferSize);
        }
        this.capacity = capacity;
        this.bufferSize = bufferSize;
        this.available = new ArrayDeque<>(capacity);
    }

    /**
     * A free buffer, waiting while all are in use.
     *
     * @throws InterruptedException if the thread is interrupted while waiting (cancellation)
     * @throws IllegalStateException if the pool was destroyed
     */
    public Buffer requestBuffer() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                if (destroyed) {
                    throw new IllegalStateException("buffer pool was destroyed");
                }
                Buffer buffer = available.poll();
                if (buffer != null) {
                    return buffer;
                }
                if (allocated < capacity) {
                    allocated++;
                    return new Buffer(MemorySegment.allocateHeap(bufferSize), this);
                }
                bufferReturned.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A free buffer if one is available or may still be allocated, else null, without waiting; null
     * once the pool is destroyed. For readers that cannot block and learn about returned buffers
     * through a {@linkplain #setRecycleListener recycle listener} instead.
     */
    public Buffer pollBuffer() {
        lock.lock();
        try {
            if (destroyed) {
                return null;
            }
            Buffer buffer = available.poll();
            if (buffer == null && allocated < capacity) {
                allocated++;
                buffer = new Buffer(MemorySegment.allocateHeap(bufferSize), this);
            }
            return buffer;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code listener} after every buffer that comes back (not after {@link #destroy()}), on the
     * recycling thread and outside the pool's lock. Set it once, before the first buffer is handed out.
     */
    public void setRecycleListener(Runnable listener) {
        this.recycleListener = listener;
    }

    void recycle(Buffer buffer) {
        boolean returned = false;
        lock.lock();
        try {
            if (!destroyed) {
                available.add(buffer);
                bufferReturned.signal();
                returned = true;
            }
        } finally {
            lock.unlock();
        }
        Runnable listener = recycleListener;
        if (returned && listener != null) {
            listener.run();
        }
    }

    /** Fails current and future requests; buffers recycled afterwards are dropped. */
    public void destroy() {
        lock.lock();
        try {
            destroyed = true;
            available.clear();
            bufferReturned.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int capacity() {
        return capacity;
    }

    public int bufferSize() {
        return bufferSize;
    }

    /** The number of buffers currently handed out and not yet recycled. */
    public int numInUse() {
        lock.lock();
        try {
            return allocated - available.size();
        } finally {
            lock.unlock();
        }
    }
}
