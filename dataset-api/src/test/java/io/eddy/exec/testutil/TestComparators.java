package io.eddy.exec.testutil;

import io.eddy.api.tuple.Tuple2;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Small test-only comparators. Every one hashes a key by the key value's {@code hashCode()}, so a
 * String key of a pair and a plain String hash alike, as the TypeComparator contract requires across
 * comparators over the same key types. No normalized keys.
 */
public final class TestComparators {

    private TestComparators() {}

    public static TypeComparator<Long> longs() {
        return new KeyComparator<>(v -> v, TestSerializers.LONG, true);
    }

    public static TypeComparator<String> strings() {
        return new KeyComparator<>(v -> v, TestSerializers.STRING, true);
    }

    /** Tuple2&lt;String, Integer&gt; by f0 ascending. */
    public static TypeComparator<Tuple2<String, Integer>> pairByKey() {
        return new KeyComparator<Tuple2<String, Integer>, String>(Pair0::get, TestSerializers.PAIR, true);
    }

    /** Tuple2&lt;String, Integer&gt; by f1, e.g. as a group order. */
    public static TypeComparator<Tuple2<String, Integer>> pairByValue(boolean ascending) {
        return new KeyComparator<Tuple2<String, Integer>, Integer>(Pair1::get, TestSerializers.PAIR, ascending);
    }

    /** Serializable key extractors (lambdas in a serialized comparator must be serializable). */
    private interface KeyFunction<T, K> extends Function<T, K>, java.io.Serializable {}

    private static final class Pair0 {
        static String get(Tuple2<String, Integer> t) {
            return t.f0;
        }
    }

    private static final class Pair1 {
        static Integer get(Tuple2<String, Integer> t) {
            return t.f1;
        }
    }

    /** Compares records by one Comparable key extracted from them. */
    static final class KeyComparator<T, K extends Comparable<K>> extends TypeComparator<T> {
        private static final long serialVersionUID = 1L;

        private final KeyFunction<T, K> key;
        private final TypeSerializer<T> serializer;
        private final boolean ascending;
        private transient K reference;

        KeyComparator(KeyFunction<T, K> key, TypeSerializer<T> serializer, boolean ascending) {
            this.key = key;
            this.serializer = serializer;
            this.ascending = ascending;
        }

        @Override
        public int hash(T record) {
            return key.apply(record).hashCode();
        }

        @Override
        public void setReference(T toCompare) {
            reference = key.apply(toCompare);
        }

        @Override
        public boolean equalToReference(T candidate) {
            return reference.equals(key.apply(candidate));
        }

        @Override
        @SuppressWarnings("unchecked")
        public int compareToReference(TypeComparator<T> referencedComparator) {
            K other = ((KeyComparator<T, K>) referencedComparator).reference;
            int c = other.compareTo(reference);
            return ascending ? c : -c;
        }

        @Override
        public int compare(T first, T second) {
            int c = key.apply(first).compareTo(key.apply(second));
            return ascending ? c : -c;
        }

        @Override
        public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
            return compare(serializer.deserialize(firstSource), serializer.deserialize(secondSource));
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
            throw new UnsupportedOperationException("test comparators have no normalized keys");
        }

        @Override
        public boolean invertNormalizedKey() {
            return !ascending;
        }

        @Override
        public TypeComparator<T> duplicate() {
            return new KeyComparator<>(key, serializer, ascending);
        }

        @Override
        @SuppressWarnings("unchecked")
        public int extractKeys(Object record, Object[] target, int index) {
            target[index] = key.apply((T) record);
            return 1;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public TypeComparator[] getFlatComparators() {
            return new TypeComparator[] {new KeyComparator<K, K>(v -> v, null, ascending)};
        }
    }
}
