package io.eddy.runtime.jobgraph;

import java.io.Serializable;

/**
 * Picks the consumer subtask of a record for keyed ship strategies. Carried by the job graph and
 * duplicated per producing subtask (it may hold a comparator with scratch state).
 */
public interface ChannelSelector<T> extends Serializable {

    /** The channel in {@code [0, numChannels)} the record goes to. */
    int selectChannel(T record, int numChannels);

    /** A selector for use by another thread; {@code this} if stateless. */
    ChannelSelector<T> duplicate();
}
