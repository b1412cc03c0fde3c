package io.eddy.runtime.sort;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.NormalizedKeys;
import io.eddy.runtime.types.TypeComparator;
import java.io.IOException;
import java.util.Arrays;

/**
 * A test comparator for {@code long[]} records (serialized by {@link LongPrimitiveArraySerializer})
 * ordered ascending by their first {@code keyFields} elements: a stand-in for a composite tuple key.
 * Its normalized key is the first field only, so with two key fields it is a prefix and sorters must
 * fall back to comparing records on ties. Either half of the optional machinery can be switched off
 * to exercise the sorters' other paths; calls are counted so tests can see which path ran.
 */
class LongArrayKeyComparator extends TypeComparator<long[]> {

    private static final long serialVersionUID = 1L;

    private final int keyFields;
    private final boolean normalizedKeys;
    private final boolean serializedComparison;
    /** Shared by duplicates, so a test can observe the copy a sorter works on. */
    private final long[] counters;
    private transient long[] reference;

    LongArrayKeyComparator(int keyFields, boolean normalizedKeys, boolean serializedComparison) {
        this(keyFields, normalizedKeys, serializedComparison, new long[2]);
    }

    private LongArrayKeyComparator(int keyFields, boolean normalizedKeys, boolean serializedComparison, long[] counters) {
        this.keyFields = keyFields;
        this.normalizedKeys = normalizedKeys;
        this.serializedComparison = serializedComparison;
        this.counters = counters;
    }

    long objectComparisons() {
        return counters[0];
    }

    long serializedComparisons() {
        return counters[1];
    }

    @Override
    public int hash(long[] record) {
        return Arrays.hashCode(Arrays.copyOf(record, keyFields));
    }

    @Override
    public void setReference(long[] toCompare) {
        reference = toCompare;
    }

    @Override
    public boolean equalToReference(long[] candidate) {
        return compareKeys(candidate, reference) == 0;
    }

    @Override
    public int compareToReference(TypeComparator<long[]> referencedComparator) {
        return compareKeys(((LongArrayKeyComparator) referencedComparator).reference, reference);
    }

    @Override
    public int compare(long[] first, long[] second) {
        counters[0]++;
        return compareKeys(first, second);
    }

    private int compareKeys(long[] first, long[] second) {
        for (int i = 0; i < keyFields; i++) {
            int cmp = Long.compare(first[i], second[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        if (!serializedComparison) {
            throw new UnsupportedOperationException("no serialized comparison");
        }
        counters[1]++;
        int length1 = firstSource.readInt();
        int length2 = secondSource.readInt();
        int result = 0;
        for (int i = 0; i < keyFields; i++) {
            long a = firstSource.readLong();
            long b = secondSource.readLong();
            if (result == 0) {
                result = Long.compare(a, b);
            }
        }
        firstSource.skipBytesToRead((length1 - keyFields) * 8);
        secondSource.skipBytesToRead((length2 - keyFields) * 8);
        return result;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return normalizedKeys;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 8;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyFields > 1 || keyBytes < 8;
    }

    @Override
    public void putNormalizedKey(long[] record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record[0] ^ Long.MIN_VALUE, 8, target, offset, numBytes);
    }

    @Override
    public boolean invertNormalizedKey() {
        return false;
    }

    @Override
    public LongArrayKeyComparator duplicate() {
        return new LongArrayKeyComparator(keyFields, normalizedKeys, serializedComparison, counters);
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        long[] values = (long[]) record;
        for (int i = 0; i < keyFields; i++) {
            target[index + i] = values[i];
        }
        return keyFields;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypeComparator[] getFlatComparators() {
        TypeComparator[] flat = new TypeComparator[keyFields];
        for (int i = 0; i < keyFields; i++) {
            flat[i] = new io.eddy.runtime.types.LongComparator(true);
        }
        return flat;
    }
}
