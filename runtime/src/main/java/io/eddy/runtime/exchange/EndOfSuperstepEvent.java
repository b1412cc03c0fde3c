package io.eddy.runtime.exchange;

/**
 * Follows the last record a producer inside an iteration emits in one superstep, on every channel
 * it writes: the consumer's input is complete for that superstep once every channel delivered it.
 *
 * @param superstep the superstep that ended, from 1
 */
public record EndOfSuperstepEvent(int superstep) implements RuntimeEvent {

    @Override
    public String toString() {
        return "EndOfSuperstep(" + superstep + ")";
    }
}
