package io.eddy.runtime.testutil;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import java.io.IOException;

/** Test-only ascending comparator over boxed longs; hashes like {@link Long#hashCode()}. */
public final class LongComparator extends TypeComparator<Long> {

    private static final long serialVersionUID = 1L;

    private long reference;

    @Override
    public int hash(Long record) {
        return Long.hashCode(record);
    }

    @Override
    public void setReference(Long toCompare) {
        reference = toCompare;
    }

    @Override
    public boolean equalToReference(Long candidate) {
        return candidate == reference;
    }

    @Override
    public int compareToReference(TypeComparator<Long> referencedComparator) {
        return Long.compare(((LongComparator) referencedComparator).reference, reference);
    }

    @Override
    public int compare(Long first, Long second) {
        return Long.compare(first, second);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        return Long.compare(firstSource.readLong(), secondSource.readLong());
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
        long flipped = record ^ Long.MIN_VALUE;
        for (int i = 0; i < numBytes && i < 8; i++) {
            target.put(offset + i, (byte) (flipped >>> (56 - 8 * i)));
        }
        for (int i = 8; i < numBytes; i++) {
            target.put(offset + i, (byte) 0);
        }
    }

    @Override
    public boolean invertNormalizedKey() {
        return false;
    }

    @Override
    public TypeComparator<Long> duplicate() {
        return new LongComparator();
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        target[index] = record;
        return 1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public TypeComparator[] getFlatComparators() {
        return new TypeComparator[] {this};
    }
}
