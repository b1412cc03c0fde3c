package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/** Orders {@link Double} keys; the normalized key is the full 8-byte value, so it is never a prefix. */
public final class DoubleComparator extends BasicTypeComparator<Double> {

    private static final long serialVersionUID = 1L;

    public DoubleComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Double.compare(firstSource.readDouble(), secondSource.readDouble());
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
    public void putNormalizedKey(Double record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(NormalizedKeys.doubleKey(record), 8, target, offset, numBytes);
    }

    @Override
    public DoubleComparator duplicate() {
        return new DoubleComparator(ascending);
    }
}
