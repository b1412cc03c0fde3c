package io.eddy.runtime.jobgraph;

/**
 * When the consumer of an exchange may start reading what the producer writes. Orthogonal to the
 * {@link ShipStrategy}, which says <em>where</em> records go.
 *
 * <p>Pipelined exchanges are the default: records flow while the producer runs, and bounded buffers
 * make a slow consumer hold back its producer (backpressure). That is also their danger: if a
 * consumer reads one input to its end before another (a hash join's build side, see
 * {@link io.eddy.runtime.operator.Operator#requiredInput()}) and both inputs depend on the same
 * producer, the producer fills the buffers of the unread input, blocks, and never ends the input the
 * consumer waits for. The optimizer knows which operators dam an input and puts a blocking exchange on
 * exactly the edges where a pipelined one could close such a cycle, as Flink's batch optimizer does.
 */
public enum ExchangeMode {

    /**
     * Records are handed to the consumer as soon as a buffer fills; the producer blocks while the
     * consumer's buffers are all in flight.
     */
    PIPELINED,

    /**
     * The producer writes each consumer's records in full before the consumer sees any of them: the
     * consumer's channel becomes readable when the producer has finished its partition. The producer
     * never waits for the consumer; what does not fit a small in-memory budget per channel goes to a
     * spill file, deleted once the consumer has read it or the job ended otherwise.
     */
    BLOCKING
}
