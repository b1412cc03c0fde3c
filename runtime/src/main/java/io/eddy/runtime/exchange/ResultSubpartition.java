package io.eddy.runtime.exchange;

import java.util.ArrayDeque;

/**
 * The queue of finished buffers from one producer subtask to one consumer subtask. Its length is
 * bounded by the producer channel's {@link BufferPool} (a data buffer stays out of the pool until the
 * consumer recycles it) plus the few events a producer sends; it needs no bound of its own.
 *
 * <p>One producer thread adds, one consumer polls; the queue lock is taken once per buffer. The
 * consumer's {@link BufferAvailabilityListener} hears about each transition from empty to
 * non-empty, which is how an {@link InputGate} learns that a channel has data without polling.
 */
public final class ResultSubpartition {

    private final String description;
    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    private BufferAvailabilityListener listener;
    private boolean moreAvailable;
    private boolean released;

    public ResultSubpartition(String description) {
        this.description = description;
    }

    /** Registers the consumer; notifies it at once if buffers are already queued. */
    public void setAvailabilityListener(BufferAvailabilityListener listener) {
        boolean notify;
        synchronized (queue) {
            this.listener = listener;
            notify = !queue.isEmpty();
        }
        if (notify) {
            listener.notifyDataAvailable();
        }
    }

    /** Enqueues a data or event buffer for the consumer. After {@link #release()} data is recycled at once. */
    public void add(Buffer buffer) {
        BufferAvailabilityListener toNotify = null;
        synchronized (queue) {
            if (released) {
                buffer.recycle();
                return;
            }
            queue.add(buffer);
            if (queue.size() == 1) {
                toNotify = listener;
            }
        }
        if (toNotify != null) {
            toNotify.notifyDataAvailable();
        }
    }

    /**
     * The next buffer, or null if none is queued. Afterwards {@link #moreAvailableAfterPoll()} tells
     * whether another one was already queued behind it (read by the polling thread only).
     */
    public Buffer poll() {
        synchronized (queue) {
            Buffer buffer = queue.poll();
            moreAvailable = !queue.isEmpty();
            return buffer;
        }
    }

    /** Whether the last {@link #poll()} left buffers in the queue; a notification follows otherwise. */
    public boolean moreAvailableAfterPoll() {
        return moreAvailable;
    }

    /** Drops queued buffers (returning them to their pool) and everything added later: the consumer is gone. */
    public void release() {
        synchronized (queue) {
            released = true;
            Buffer buffer;
            while ((buffer = queue.poll()) != null) {
                buffer.recycle();
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
