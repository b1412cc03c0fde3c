package io.eddy.runtime.exchange;

import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.util.Hashing;
import java.io.IOException;

/**
 * The {@code HASH} ship strategy: a record goes to the channel given by its key's hash, mixed with
 * {@link Hashing#murmur3Mix} and reduced modulo the number of channels. Because comparators over the
 * same key types hash alike, two inputs partitioned this way meet in the same channel whenever their
 * keys are equal.
 */
public final class HashChannelSelector<T> implements ChannelSelector<T> {

    private static final long serialVersionUID = 1L;

    private final TypeComparator<T> comparator;

    public HashChannelSelector(TypeComparator<T> comparator) {
        this.comparator = comparator;
    }

    @Override
    public int selectChannel(T record, int numChannels) {
        return channelForHash(comparator.hash(record), numChannels);
    }

    /** Whether {@link #selectChannelSerialized} works: the key can be hashed off a record's bytes. */
    public boolean supportsSerialized() {
        return comparator.supportsSerializedHash();
    }

    /**
     * The channel of the record serialized in {@code record} (positioned at its first byte): the same
     * as {@link #selectChannel} gives the record object, because serialized hashes equal object hashes.
     */
    public int selectChannelSerialized(DataInputView record, int numChannels) throws IOException {
        return channelForHash(comparator.hashSerialized(record), numChannels);
    }

    /** The channel of a raw comparator hash; for code that partitions the same way without a selector. */
    public static int channelForHash(int hash, int numChannels) {
        return Hashing.bucket(hash, numChannels);
    }

    @Override
    public ChannelSelector<T> duplicate() {
        return new HashChannelSelector<>(comparator.duplicate());
    }
}
