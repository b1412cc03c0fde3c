package io.eddy.runtime.exchange;

/**
 * A control message that travels through a channel in order with the data buffers: the end of a
 * partition, and with iterations the end of a superstep. Events are immutable; a network channel
 * will serialize them, so implementations are small values.
 */
public interface RuntimeEvent {
}
