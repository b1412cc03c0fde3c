package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Orders {@link BigDecimal} keys numerically (1.0 equals 1.00), so the hash is taken from the value
 * with trailing zeros stripped. No normalized keys.
 */
public final class BigDecimalComparator extends BasicTypeComparator<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public BigDecimalComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int hash(BigDecimal record) {
        return record.signum() == 0 ? 0 : record.stripTrailingZeros().hashCode();
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = BigDecimalSerializer.INSTANCE.deserialize(firstSource).compareTo(BigDecimalSerializer.INSTANCE.deserialize(secondSource));
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
    public void putNormalizedKey(BigDecimal record, MemorySegment target, int offset, int numBytes) {
        throw new UnsupportedOperationException("BigDecimal keys have no normalized key");
    }

    @Override
    public BigDecimalComparator duplicate() {
        return new BigDecimalComparator(ascending);
    }
}
