package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Byte} keys; the normalized key is the full 1-byte value, so it is never a prefix. */
public final class ByteComparator extends BasicTypeComparator<Byte> {

    private static final long serialVersionUID = 1L;

    public ByteComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Byte.compare(firstSource.readByte(), secondSource.readByte());
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 1;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < 1;
    }

    @Override
    public void putNormalizedKey(Byte record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned((record ^ Byte.MIN_VALUE) & 0xFF, 1, target, offset, numBytes);
    }

    @Override
    public ByteComparator duplicate() {
        return new ByteComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 1;
    }
}
