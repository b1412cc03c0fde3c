package io.eddy.runtime.exchange;

/**
 * The consumer's end of one producer-to-consumer channel, as seen by an {@link InputGate}. The local
 * implementation reads a {@link ResultSubpartition} of the same JVM; a network implementation would
 * queue buffers received from a remote producer. Either way the channel tells the gate through the
 * {@link BufferAvailabilityListener} it was given when data arrives in an empty channel, and the
 * gate polls it from the consuming task's thread only.
 */
public interface InputChannel {

    /** Connects the channel to the gate's notification; called once before the task starts reading. */
    void setAvailabilityListener(BufferAvailabilityListener listener);

    /** The next buffer, or null if none has arrived. */
    Buffer pollNext();

    /** Whether more buffers were queued behind the one the last {@link #pollNext()} returned. */
    boolean moreAvailable();

    /** Gives back all queued buffers and stops accepting more; the consumer is done (or failed). */
    void release();
}
