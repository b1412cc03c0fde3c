package io.eddy.runtime.exchange;

import io.eddy.runtime.memory.MemorySegment;

/**
 * What a channel carries: either a page of serialized records ({@link #isData()}: a segment with
 * {@link #size()} valid bytes, owned by a {@link BufferPool} and returned with {@link #recycle()}) or
 * an event. Data buffers are allocated once by their pool and reused; whoever holds a buffer last
 * recycles it exactly once.
 */
public final class Buffer {

    private final MemorySegment segment;
    private final BufferPool owner;
    private final RuntimeEvent event;
    private int size;

    Buffer(MemorySegment segment, BufferPool owner) {
        this.segment = segment;
        this.owner = owner;
        this.event = null;
    }

    private Buffer(RuntimeEvent event) {
        this.segment = null;
        this.owner = null;
        this.event = event;
    }

    /** A buffer carrying an event instead of data; recycling it does nothing. */
    public static Buffer forEvent(RuntimeEvent event) {
        return new Buffer(event);
    }

    public boolean isData() {
        return event == null;
    }

    /** The event, or null for a data buffer. */
    public RuntimeEvent event() {
        return event;
    }

    public MemorySegment segment() {
        return segment;
    }

    /** The number of valid bytes at the start of the segment. */
    public int size() {
        return size;
    }

    public void setSize(int size) {
        if (size < 0 || size > segment.size()) {
            throw new IllegalArgumentException("size " + size + " outside [0, " + segment.size() + "]");
        }
        this.size = size;
    }

    /** Returns a data buffer to its pool; a no-op for events. */
    public void recycle() {
        if (owner != null) {
            size = 0;
            owner.recycle(this);
        }
    }

    @Override
    public String toString() {
        return isData() ? "Buffer[" + size + " bytes]" : "Buffer[" + event + "]";
    }
}
