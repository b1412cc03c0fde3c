package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Short} keys; the normalized key is the full 2-byte value, so it is never a prefix. */
public final class ShortComparator extends BasicTypeComparator<Short> {

    private static final long serialVersionUID = 1L;

    public ShortComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Short.compare(firstSource.readShort(), secondSource.readShort());
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 2;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < 2;
    }

    @Override
    public void putNormalizedKey(Short record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned((record ^ Short.MIN_VALUE) & 0xFFFF, 2, target, offset, numBytes);
    }

    @Override
    public ShortComparator duplicate() {
        return new ShortComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 2;
    }
}
