package io.eddy.api.typeutils;

import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.BasicTypeComparator;
import io.eddy.runtime.types.NormalizedKeys;
import java.io.IOException;

/**
 * Orders comparable {@link Value}s; serialized comparison reads both values into scratch instances.
 * {@link LongValue} and {@link IntValue} keys, the ids of Gelly's graphs, are compared as Flink's
 * dedicated comparators do: straight off their fixed-length bytes, with normalized keys for sorting,
 * hashes computed from the bytes and the bytes as a binary key.
 */
public final class ValueComparator<T extends Value & Comparable<T>> extends BasicTypeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    /** The key's width in bytes if it is a {@link LongValue} (8) or an {@link IntValue} (4), else 0. */
    private final int primitiveBytes;

    private transient ValueSerializer<T> serializer;
    private transient T scratch1;
    private transient T scratch2;

    public ValueComparator(boolean ascending, Class<T> type) {
        super(ascending);
        this.type = type;
        Class<?> c = type;
        this.primitiveBytes = c == LongValue.class ? 8 : c == IntValue.class ? 4 : 0;
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        if (primitiveBytes != 0) {
            int cmp = primitiveBytes == 8 ? Long.compare(firstSource.readLong(), secondSource.readLong())
                    : Integer.compare(firstSource.readInt(), secondSource.readInt());
            return ascending ? cmp : -cmp;
        }
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
        return primitiveBytes != 0;
    }

    @Override
    public int getNormalizeKeyLen() {
        return primitiveBytes;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < primitiveBytes || primitiveBytes == 0;
    }

    @Override
    public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
        if (primitiveBytes == 0) {
            throw new UnsupportedOperationException("Value type " + type.getName() + " has no normalized key");
        }
        Object value = record;
        putNormalized(primitiveBytes == 8 ? ((LongValue) value).getValue() : ((IntValue) value).getValue(),
                target, offset, numBytes);
    }

    @Override
    public boolean supportsSerializedNormalizedKey() {
        return primitiveBytes != 0;
    }

    @Override
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        if (primitiveBytes == 0) {
            throw new UnsupportedOperationException("Value type " + type.getName() + " has no normalized key");
        }
        putNormalized(primitiveBytes == 8 ? source.readLong() : source.readInt(), target, offset, numBytes);
    }

    /** The value's bits with the sign flipped, big-endian: unsigned byte order is then numeric order. */
    private void putNormalized(long value, MemorySegment target, int offset, int numBytes) {
        if (primitiveBytes == 8) {
            NormalizedKeys.putUnsigned(value ^ Long.MIN_VALUE, 8, target, offset, numBytes);
        } else {
            NormalizedKeys.putUnsigned(((int) value ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL, 4, target, offset, numBytes);
        }
    }

    @Override
    public boolean supportsSerializedHash() {
        return primitiveBytes != 0;
    }

    /** The value's {@code hashCode()} ({@link #hash}), computed from its bytes. */
    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        if (primitiveBytes == 0) {
            return super.hashSerialized(source);
        }
        return primitiveBytes == 8 ? Long.hashCode(source.readLong()) : Integer.hashCode(source.readInt());
    }

    /** A LongValue or IntValue key is its whole fixed-length serialized value: equal bytes, equal keys. */
    @Override
    protected int binaryKeyLength() {
        return primitiveBytes;
    }

    @Override
    public ValueComparator<T> duplicate() {
        return new ValueComparator<>(ascending, type);
    }
}
