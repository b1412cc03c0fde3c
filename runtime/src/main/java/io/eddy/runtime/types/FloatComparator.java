package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Float} keys; the normalized key is the full 4-byte value, so it is never a prefix. */
public final class FloatComparator extends BasicTypeComparator<Float> {

    private static final long serialVersionUID = 1L;

    public FloatComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Float.compare(firstSource.readFloat(), secondSource.readFloat());
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
    public void putNormalizedKey(Float record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(NormalizedKeys.floatKey(record), 4, target, offset, numBytes);
    }

    @Override
    public FloatComparator duplicate() {
        return new FloatComparator(ascending);
    }
}
