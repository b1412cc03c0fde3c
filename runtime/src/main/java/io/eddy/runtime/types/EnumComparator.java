package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/**
 * Orders enum constants by ordinal. The hash is the ordinal too, because {@link Enum#hashCode()} is an
 * identity hash that differs between JVMs and would scatter equal keys across partitions.
 */
public final class EnumComparator<T extends Enum<T>> extends BasicTypeComparator<T> {

    private static final long serialVersionUID = 1L;

    public EnumComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int hash(T record) {
        return record.ordinal();
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
    public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record.ordinal(), 4, target, offset, numBytes);
    }

    @Override
    public EnumComparator<T> duplicate() {
        return new EnumComparator<>(ascending);
    }
}
