package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.math.BigInteger;

/** Orders {@link BigInteger} keys. No normalized keys: serialized comparison materializes both values. */
public final class BigIntegerComparator extends BasicTypeComparator<BigInteger> {

    private static final long serialVersionUID = 1L;

    public BigIntegerComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = BigIntegerSerializer.readBigInteger(firstSource).compareTo(BigIntegerSerializer.readBigInteger(secondSource));
        return ascending ? cmp : -cmp;
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
    public void putNormalizedKey(BigInteger record, MemorySegment target, int offset, int numBytes) {
        throw new UnsupportedOperationException("BigInteger keys have no normalized key");
    }

    @Override
    public BigIntegerComparator duplicate() {
        return new BigIntegerComparator(ascending);
    }
}
