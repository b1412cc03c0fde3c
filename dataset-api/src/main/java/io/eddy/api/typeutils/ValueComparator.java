package io.eddy.api.typeutils;

import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.BasicTypeComparator;
import java.io.IOException;

/** Orders comparable {@link Value}s; serialized comparison reads both values into scratch instances. */
public final class ValueComparator<T extends Value & Comparable<T>> extends BasicTypeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    private transient ValueSerializer<T> serializer;
    private transient T scratch1;
    private transient T scratch2;

    public ValueComparator(boolean ascending, Class<T> type) {
        super(ascending);
        this.type = type;
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        if (serializer == null) {
            serializer = new ValueSerializer<>(type);
            scratch1 = serializer.createInstance();
            scratch2 = serializer.createInstance();
        }
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
        throw new UnsupportedOperationException("Value types have no normalized key");
    }

    @Override
    public ValueComparator<T> duplicate() {
        return new ValueComparator<>(ascending, type);
    }
}
