package io.eddy.runtime.exchange;

/**
 * What one producer subtask sends to one consumer subtask over one edge: the producer's
 * {@link RecordWriter} {@linkplain #add adds} buffers, the consumer's {@link InputChannel} polls
 * them. When the consumer may read is what the implementations differ in:
 * {@link PipelinedSubpartition} as soon as a buffer is added (and the producer waits while the
 * consumer lags), {@link BlockingSubpartition} only once the producer has finished (and the producer
 * never waits).
 *
 * <p>The protocol is the same for both. One producer thread adds data buffers and events, the last
 * being {@link EndOfPartitionEvent}; one consumer thread polls. The consumer's
 * {@link BufferAvailabilityListener} is told, from whatever thread makes it so, each time the
 * subpartition turns from having nothing readable to having something readable; after a
 * {@link #poll()}, {@link #moreAvailableAfterPoll()} says whether the next poll would return a buffer
 * (if not, a notification follows when it would). That is how an {@link InputGate} learns that a
 * channel has data without polling it. {@link #release()} may come from either side (the consumer
 * is done or failed, or the job is over) and frees whatever the subpartition holds.
 */
public abstract class ResultSubpartition {

    private final String description;

    protected ResultSubpartition(String description) {
        this.description = description;
    }

    /** Registers the consumer; notifies it at once if something is readable already. */
    public abstract void setAvailabilityListener(BufferAvailabilityListener listener);

    /**
     * Hands a data or event buffer to the consumer; the subpartition owns (and eventually recycles)
     * data buffers from now on. After {@link #release()} data is recycled at once.
     */
    public abstract void add(Buffer buffer);

    /** The next readable buffer, or null if there is none now. */
    public abstract Buffer poll();

    /** Whether the next {@link #poll()} would return a buffer; read by the polling thread only. */
    public abstract boolean moreAvailableAfterPoll();

    /** Drops and recycles everything held, and everything added later: the consumer is gone. Idempotent. */
    public abstract void release();

    @Override
    public String toString() {
        return description;
    }
}
