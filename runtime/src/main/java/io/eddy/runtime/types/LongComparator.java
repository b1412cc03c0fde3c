package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Long} keys; the normalized key is the full 8-byte value, so it is never a prefix. */
public final class LongComparator extends BasicTypeComparator<Long> {

    private static final long serialVersionUID = 1L;

    public LongComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Long.compare(firstSource.readLong(), secondSource.readLong());
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 8;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < 8;
    }

    @Override
    public void putNormalizedKey(Long record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record ^ Long.MIN_VALUE, 8, target, offset, numBytes);
    }

    @Override
    public long normalizedKeyPrefix(Long record, MemorySegment scratch) {
        return record ^ Long.MIN_VALUE;
    }

    @Override
    public boolean supportsSerializedNormalizedKey() {
        return true;
    }

    @Override
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        NormalizedKeys.putUnsigned(source.readLong() ^ Long.MIN_VALUE, 8, target, offset, numBytes);
    }

    @Override
    public boolean supportsSerializedHash() {
        return true;
    }

    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        return Long.hashCode(source.readLong());
    }

    @Override
    public LongComparator duplicate() {
        return new LongComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 8;
    }
}
