package io.eddy.runtime.exchange;

/**
 * Told by a channel's producer side when data becomes available after the channel ran empty. Called
 * once per transition from empty to non-empty (not per buffer), from the producer's thread.
 */
@FunctionalInterface
public interface BufferAvailabilityListener {

    void notifyDataAvailable();
}
