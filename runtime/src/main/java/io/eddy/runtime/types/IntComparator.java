package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Integer} keys; the normalized key is the full 4-byte value, so it is never a prefix. */
public final class IntComparator extends BasicTypeComparator<Integer> {

    private static final long serialVersionUID = 1L;

    public IntComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Integer.compare(firstSource.readInt(), secondSource.readInt());
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 4;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < 4;
    }

    @Override
    public void putNormalizedKey(Integer record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned((record ^ Integer.MIN_VALUE) & 0xFFFFFFFFL, 4, target, offset, numBytes);
    }

    @Override
    public long normalizedKeyPrefix(Integer record, MemorySegment scratch) {
        return ((record ^ Integer.MIN_VALUE) & 0xFFFFFFFFL) << 32;
    }

    @Override
    public boolean supportsSerializedNormalizedKey() {
        return true;
    }

    @Override
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        NormalizedKeys.putUnsigned((source.readInt() ^ Integer.MIN_VALUE) & 0xFFFFFFFFL, 4, target, offset, numBytes);
    }

    @Override
    public boolean supportsSerializedHash() {
        return true;
    }

    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        return Integer.hashCode(source.readInt());
    }

    @Override
    public IntComparator duplicate() {
        return new IntComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 4;
    }
}
