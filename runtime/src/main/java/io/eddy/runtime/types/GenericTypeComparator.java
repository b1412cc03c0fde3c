package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.Objects;

/**
 * Orders arbitrary {@link Comparable} values (typically Kryo-serialized generic types). Serialized
 * comparison deserializes both values into scratch objects; there are no normalized keys.
 */
public final class GenericTypeComparator<T extends Comparable<T>> extends BasicTypeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<T> serializer;

    private transient T scratch1;
    private transient T scratch2;

    public GenericTypeComparator(boolean ascending, TypeSerializer<T> serializer) {
        super(ascending);
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        scratch1 = serializer.deserialize(scratch1, firstSource);
        scratch2 = serializer.deserialize(scratch2, secondSource);
        return compare(scratch1, scratch2);
    }

    @Override
    public boolean supportsNormalizedKey() {
        return false;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 0;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return true;
    }

    @Override
    public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
        throw new UnsupportedOperationException("Generic types have no normalized key");
    }

    @Override
    public GenericTypeComparator<T> duplicate() {
        return new GenericTypeComparator<>(ascending, serializer.duplicate());
    }
}
