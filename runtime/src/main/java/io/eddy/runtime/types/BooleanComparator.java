package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Boolean} keys; the normalized key is the full 1-byte value, so it is never a prefix. */
public final class BooleanComparator extends BasicTypeComparator<Boolean> {

    private static final long serialVersionUID = 1L;

    public BooleanComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Boolean.compare(firstSource.readBoolean(), secondSource.readBoolean());
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
    public void putNormalizedKey(Boolean record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record ? 1 : 0, 1, target, offset, numBytes);
    }

    @Override
    public BooleanComparator duplicate() {
        return new BooleanComparator(ascending);
    }

    /** The key is the whole fixed-size serialized value. */
    @Override
    protected int binaryKeyLength() {
        return 1;
    }
}
