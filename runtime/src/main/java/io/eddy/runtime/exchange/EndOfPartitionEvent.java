package io.eddy.runtime.exchange;

/** The last element of every channel: the producer has emitted all its records for this consumer. */
public final class EndOfPartitionEvent implements RuntimeEvent {

    public static final EndOfPartitionEvent INSTANCE = new EndOfPartitionEvent();

    private EndOfPartitionEvent() {}

    @Override
    public String toString() {
        return "EndOfPartition";
    }
}
