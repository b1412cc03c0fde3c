package io.eddy.runtime.exchange;

import java.util.ArrayDeque;

/**
 * The {@link ResultSubpartition} of a pipelined exchange: the queue of finished buffers from one
 * producer subtask to one consumer subtask, readable as soon as a buffer is queued. Its length is
 * bounded by the producer channel's {@link BufferPool} (a data buffer stays out of the pool until the
 * consumer recycles it) plus the few events a producer sends; it needs no bound of its own. A
 * consumer that does not read therefore stops its producer: backpressure.
 *
 * <p>The queue lock is taken once per buffer. The consumer's {@link BufferAvailabilityListener}
 * hears about each transition from empty to non-empty.
 */
public final class PipelinedSubpartition extends ResultSubpartition {

    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    private BufferAvailabilityListener listener;
    private boolean moreAvailable;
    private boolean released;

    public PipelinedSubpartition(String description) {
        super(description);
    }

    @Override
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

    @Override
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

    @Override
    public Buffer poll() {
        synchronized (queue) {
            Buffer buffer = queue.poll();
            moreAvailable = !queue.isEmpty();
            return buffer;
        }
    }

    @Override
    public boolean moreAvailableAfterPoll() {
        return moreAvailable;
    }

    @Override
    public void release() {
        synchronized (queue) {
            released = true;
            Buffer buffer;
            while ((buffer = queue.poll()) != null) {
                buffer.recycle();
            }
        }
    }
}
