package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.util.Arrays;

/**
 * Orders records by a first comparator and, among equals, by a second: how a grouping key and a
 * group order ({@code groupBy(0).sortGroup(1, DESCENDING)}) become one sort order. Equality and hash
 * are those of both keys; the normalized key is the first comparator's, always a prefix because the
 * second key still decides ties. Serialized comparison is unsupported, so sorters compare such
 * records deserialized.
 */
public final class LexicographicComparator<T> extends TypeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final TypeComparator<T> first;
    private final TypeComparator<T> second;

    public LexicographicComparator(TypeComparator<T> first, TypeComparator<T> second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public int hash(T record) {
        return 31 * first.hash(record) + second.hash(record);
    }

    @Override
    public void setReference(T toCompare) {
        first.setReference(toCompare);
        second.setReference(toCompare);
    }

    @Override
    public boolean equalToReference(T candidate) {
        return first.equalToReference(candidate) && second.equalToReference(candidate);
    }

    @Override
    public int compareToReference(TypeComparator<T> referencedComparator) {
        LexicographicComparator<T> other = (LexicographicComparator<T>) referencedComparator;
        int cmp = first.compareToReference(other.first);
        return cmp != 0 ? cmp : second.compareToReference(other.second);
    }

    @Override
    public int compare(T a, T b) {
        int cmp = first.compare(a, b);
        return cmp != 0 ? cmp : second.compare(a, b);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) {
        throw new UnsupportedOperationException("a lexicographic comparator compares deserialized records");
    }

    @Override
    public boolean supportsNormalizedKey() {
        return first.supportsNormalizedKey();
    }

    @Override
    public int getNormalizeKeyLen() {
        return first.getNormalizeKeyLen();
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return true;
    }

    @Override
    public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
        first.putNormalizedKey(record, target, offset, numBytes);
    }

    @Override
    public boolean invertNormalizedKey() {
        return first.invertNormalizedKey();
    }

    @Override
    public TypeComparator<T> duplicate() {
        return new LexicographicComparator<>(first.duplicate(), second.duplicate());
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        int written = first.extractKeys(record, target, index);
        return written + second.extractKeys(record, target, index + written);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypeComparator[] getFlatComparators() {
        TypeComparator[] a = first.getFlatComparators();
        TypeComparator[] b = second.getFlatComparators();
        TypeComparator[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
