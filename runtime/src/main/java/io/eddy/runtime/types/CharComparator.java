package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Character} keys; the normalized key is the full 2-byte value, so it is never a prefix. */
public final class CharComparator extends BasicTypeComparator<Character> {

    private static final long serialVersionUID = 1L;

    public CharComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Character.compare(firstSource.readChar(), secondSource.readChar());
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
    public void putNormalizedKey(Character record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record, 2, target, offset, numBytes);
    }

    @Override
    public CharComparator duplicate() {
        return new CharComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 2;
    }
}
