package io.eddy.api.operators.translation;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.Partitioner;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.types.TypeComparator;

/** Routes a record by a user {@link Partitioner} applied to its (single-field) key. */
public final class CustomPartitionerSelector<T> implements ChannelSelector<T> {

    private static final long serialVersionUID = 1L;

    private final Partitioner<Object> partitioner;
    private final TypeComparator<T> keyComparator;
    /** Scratch for the extracted key; transient, so created on first use after deserialization. */
    private transient Object[] keyHolder;

    @SuppressWarnings("unchecked")
    public CustomPartitionerSelector(Partitioner<?> partitioner, TypeComparator<T> keyComparator) {
        if (keyComparator.getKeyCount() != 1) {
            throw new InvalidProgramException("Custom partitioners work on keys of exactly one field; this key has "
                    + keyComparator.getKeyCount() + ".");
        }
        this.partitioner = (Partitioner<Object>) partitioner;
        this.keyComparator = keyComparator;
    }

    @Override
    public int selectChannel(T record, int numChannels) {
        Object[] holder = keyHolder;
        if (holder == null) {
            holder = keyHolder = new Object[1];
        }
        keyComparator.extractKeys(record, holder, 0);
        int channel = partitioner.partition(holder[0], numChannels);
        if (channel < 0 || channel >= numChannels) {
            throw new IllegalStateException("The custom partitioner " + partitioner.getClass().getName() + " returned partition "
                    + channel + " for key " + holder[0] + ", outside [0, " + numChannels + ").");
        }
        return channel;
    }

    @Override
    public ChannelSelector<T> duplicate() {
        return new CustomPartitionerSelector<>(partitioner, keyComparator.duplicate());
    }
}
