package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.TypeComparator;

/** Test comparators keyed on part of a record, so that updates change what is not the key. */
public final class TestComparators {

    private TestComparators() {}

    /** Base for key-only test comparators: what hash tables never call is unsupported. */
    public abstract static class KeyOnlyComparator<T> extends TypeComparator<T> {

        private static final long serialVersionUID = 1L;

        @Override
        public int compareToReference(TypeComparator<T> referencedComparator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareSerialized(DataInputView firstSource, DataInputView secondSource) {
            throw new UnsupportedOperationException();
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
        public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean invertNormalizedKey() {
            return false;
        }
    }

    /** {@code long[]} records keyed on element 0; optionally every record hashes the same. */
    public static final class FirstElementComparator extends KeyOnlyComparator<long[]> {

        private static final long serialVersionUID = 1L;

        private final boolean constantHash;
        private long reference;

        public FirstElementComparator(boolean constantHash) {
            this.constantHash = constantHash;
        }

        @Override
        public int hash(long[] record) {
            return constantHash ? 42 : Long.hashCode(record[0]);
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
        public int compare(long[] first, long[] second) {
            return Long.compare(first[0], second[0]);
        }

        @Override
        public FirstElementComparator duplicate() {
            return new FirstElementComparator(constantHash);
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

    /** Strings "key|payload" keyed on the part before the first '|'; payload updates change the length. */
    static final class PrefixComparator extends KeyOnlyComparator<String> {

        private static final long serialVersionUID = 1L;

        private String reference;

        static String keyOf(String record) {
            int bar = record.indexOf('|');
            return bar < 0 ? record : record.substring(0, bar);
        }

        @Override
        public int hash(String record) {
            return keyOf(record).hashCode();
        }

        @Override
        public void setReference(String toCompare) {
            reference = keyOf(toCompare);
        }

        @Override
        public boolean equalToReference(String candidate) {
            return keyOf(candidate).equals(reference);
        }

        @Override
        public int compare(String first, String second) {
            return keyOf(first).compareTo(keyOf(second));
        }

        @Override
        public PrefixComparator duplicate() {
            return new PrefixComparator();
        }

        @Override
        public int extractKeys(Object record, Object[] target, int index) {
            target[index] = keyOf((String) record);
            return 1;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public TypeComparator[] getFlatComparators() {
            return new TypeComparator[] {new StringComparator(true)};
        }
    }
}
