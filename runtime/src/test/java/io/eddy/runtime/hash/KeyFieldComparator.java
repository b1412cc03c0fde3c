package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.TypeComparator;
import java.io.IOException;

/** Keys {@code long[]} records on element 0; only what a hash join calls is implemented. */
final class KeyFieldComparator extends TypeComparator<long[]> {

    private static final long serialVersionUID = 1L;

    /** Keys hash to their remainder of this, so that many keys share one hash; 0 = no collisions. */
    private final int hashModulus;
    private transient long reference;

    KeyFieldComparator(int hashModulus) {
        this.hashModulus = hashModulus;
    }

    @Override
    public int hash(long[] record) {
        return hashModulus == 0 ? Long.hashCode(record[0]) : (int) Math.floorMod(record[0], (long) hashModulus);
    }

    /** Records serialized by {@code LongPrimitiveArraySerializer}: a 4-byte length, then the key. */
    @Override
    public boolean supportsSerializedHash() {
        return true;
    }

    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        source.skipBytesToRead(4);
        long key = source.readLong();
        return hashModulus == 0 ? Long.hashCode(key) : (int) Math.floorMod(key, (long) hashModulus);
    }

    @Override
    public void setReference(long[] toCompare) {
        reference = toCompare[0];
    }

    @Override
    public boolean equalToReference(long[] candidate) {
        return candidate[0] == reference;
    }

    @Override
    public int compareToReference(TypeComparator<long[]> referencedComparator) {
        return Long.compare(((KeyFieldComparator) referencedComparator).reference, reference);
    }

    @Override
    public int compare(long[] first, long[] second) {
        return Long.compare(first[0], second[0]);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) {
        throw new UnsupportedOperationException("not used by hash joins");
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
    public void putNormalizedKey(long[] record, MemorySegment target, int offset, int numBytes) {
        throw new UnsupportedOperationException("not used by hash joins");
    }

    @Override
    public boolean invertNormalizedKey() {
        return false;
    }

    @Override
    public KeyFieldComparator duplicate() {
        return new KeyFieldComparator(hashModulus);
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        target[index] = ((long[]) record)[0];
        return 1;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypeComparator[] getFlatComparators() {
        return new TypeComparator[] {new LongComparator(true)};
    }
}
