package io.eddy.runtime.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Applies {@link ComparatorTestBase} to every atomic comparator of this package. */
class BasicComparatorsTest {

    enum Size { SMALL, MEDIUM, LARGE }

    @Nested
    class Ints extends ComparatorTestBase<Integer> {
        protected TypeComparator<Integer> createComparator(boolean asc) { return new IntComparator(asc); }
        protected TypeSerializer<Integer> createSerializer() { return IntSerializer.INSTANCE; }
        protected Integer[] getSortedTestData() { return new Integer[] {Integer.MIN_VALUE, -300, -1, 0, 1, 255, 256, Integer.MAX_VALUE}; }
    }

    @Nested
    class Longs extends ComparatorTestBase<Long> {
        protected TypeComparator<Long> createComparator(boolean asc) { return new LongComparator(asc); }
        protected TypeSerializer<Long> createSerializer() { return LongSerializer.INSTANCE; }
        protected Long[] getSortedTestData() { return new Long[] {Long.MIN_VALUE, -1L << 40, -1L, 0L, 1L, 1L << 40, Long.MAX_VALUE}; }
    }

    @Nested
    class Shorts extends ComparatorTestBase<Short> {
        protected TypeComparator<Short> createComparator(boolean asc) { return new ShortComparator(asc); }
        protected TypeSerializer<Short> createSerializer() { return ShortSerializer.INSTANCE; }
        protected Short[] getSortedTestData() { return new Short[] {Short.MIN_VALUE, -1, 0, 1, 300, Short.MAX_VALUE}; }
    }

    @Nested
    class Bytes extends ComparatorTestBase<Byte> {
        protected TypeComparator<Byte> createComparator(boolean asc) { return new ByteComparator(asc); }
        protected TypeSerializer<Byte> createSerializer() { return ByteSerializer.INSTANCE; }
        protected Byte[] getSortedTestData() { return new Byte[] {Byte.MIN_VALUE, -1, 0, 1, Byte.MAX_VALUE}; }
    }

    @Nested
    class Chars extends ComparatorTestBase<Character> {
        protected TypeComparator<Character> createComparator(boolean asc) { return new CharComparator(asc); }
        protected TypeSerializer<Character> createSerializer() { return CharSerializer.INSTANCE; }
        protected Character[] getSortedTestData() { return new Character[] {'\u0000', 'A', 'a', '\u00e9', '\uffff'}; }
    }

    @Nested
    class Booleans extends ComparatorTestBase<Boolean> {
        protected TypeComparator<Boolean> createComparator(boolean asc) { return new BooleanComparator(asc); }
        protected TypeSerializer<Boolean> createSerializer() { return BooleanSerializer.INSTANCE; }
        protected Boolean[] getSortedTestData() { return new Boolean[] {false, true}; }
    }

    @Nested
    class Floats extends ComparatorTestBase<Float> {
        protected TypeComparator<Float> createComparator(boolean asc) { return new FloatComparator(asc); }
        protected TypeSerializer<Float> createSerializer() { return FloatSerializer.INSTANCE; }
        protected Float[] getSortedTestData() {
            return new Float[] {Float.NEGATIVE_INFINITY, -3.5f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE, 2f, Float.POSITIVE_INFINITY, Float.NaN};
        }
    }

    @Nested
    class Doubles extends ComparatorTestBase<Double> {
        protected TypeComparator<Double> createComparator(boolean asc) { return new DoubleComparator(asc); }
        protected TypeSerializer<Double> createSerializer() { return DoubleSerializer.INSTANCE; }
        protected Double[] getSortedTestData() {
            return new Double[] {Double.NEGATIVE_INFINITY, -1e300, -1d, -0d, 0d, 1e-300, 1d, Double.POSITIVE_INFINITY, Double.NaN};
        }
    }

    @Nested
    class Strings extends ComparatorTestBase<String> {
        protected TypeComparator<String> createComparator(boolean asc) { return new StringComparator(asc); }
        protected TypeSerializer<String> createSerializer() { return StringSerializer.INSTANCE; }
        protected String[] getSortedTestData() {
            return new String[] {"", "\u0000", "\u0000a", "A", "a", "aa", "aaaaaaaaaaaaaaaaab", "ab", "b", "\u007f", "\u0080", "\u00e9t\u00e9", "\u4e2d", "\uffff"};
        }
    }

    @Nested
    class Enums extends ComparatorTestBase<Size> {
        protected TypeComparator<Size> createComparator(boolean asc) { return new EnumComparator<>(asc); }
        protected TypeSerializer<Size> createSerializer() { return new EnumSerializer<>(Size.class); }
        protected Size[] getSortedTestData() { return Size.values(); }
    }

    @Nested
    class Dates extends ComparatorTestBase<Date> {
        protected TypeComparator<Date> createComparator(boolean asc) { return new DateComparator(asc); }
        protected TypeSerializer<Date> createSerializer() { return DateSerializer.INSTANCE; }
        protected Date[] getSortedTestData() { return new Date[] {new Date(-1000), new Date(0), new Date(1), new Date(1L << 42)}; }
    }

    @Nested
    class BigIntegers extends ComparatorTestBase<BigInteger> {
        protected TypeComparator<BigInteger> createComparator(boolean asc) { return new BigIntegerComparator(asc); }
        protected TypeSerializer<BigInteger> createSerializer() { return BigIntegerSerializer.INSTANCE; }
        protected BigInteger[] getSortedTestData() {
            return new BigInteger[] {new BigInteger("-99999999999999999999"), BigInteger.ONE.negate(), BigInteger.ZERO, BigInteger.TEN};
        }
    }

    @Nested
    class BigDecimals extends ComparatorTestBase<BigDecimal> {
        protected TypeComparator<BigDecimal> createComparator(boolean asc) { return new BigDecimalComparator(asc); }
        protected TypeSerializer<BigDecimal> createSerializer() { return BigDecimalSerializer.INSTANCE; }
        protected BigDecimal[] getSortedTestData() {
            return new BigDecimal[] {new BigDecimal("-2.5"), BigDecimal.ZERO, new BigDecimal("0.001"), new BigDecimal("1.0")};
        }

        @Test
        void numericallyEqualValuesHashEqual() {
            BigDecimalComparator comparator = new BigDecimalComparator(true);
            assertEquals(comparator.hash(new BigDecimal("1.0")), comparator.hash(new BigDecimal("1.000")));
            assertEquals(comparator.hash(new BigDecimal("0.00")), comparator.hash(BigDecimal.ZERO));
        }
    }

    @Nested
    class GenericComparables extends ComparatorTestBase<String> {
        protected TypeComparator<String> createComparator(boolean asc) { return new GenericTypeComparator<>(asc, new KryoSerializer<>(String.class)); }
        protected TypeSerializer<String> createSerializer() { return new KryoSerializer<>(String.class); }
        protected String[] getSortedTestData() { return new String[] {"a", "b", "c"}; }
    }

    @Test
    void stringsEncodeAndHashAlikeInArraysAndInPages() throws Exception {
        String[] values = {"", "word", "Grüße", "\u4e2d\u6587", "a".repeat(1500), "b".repeat(700) + "\u00e9" + "c".repeat(700)};
        // one page of 64 bytes at a time: strings cross pages in the paged views
        java.util.List<io.eddy.runtime.memory.MemorySegment> pages = new java.util.ArrayList<>();
        io.eddy.runtime.memory.SimpleCollectingOutputView paged = new io.eddy.runtime.memory.SimpleCollectingOutputView(
                pages, () -> io.eddy.runtime.memory.MemorySegment.allocateHeap(64), 64);
        io.eddy.runtime.memory.DataOutputSerializer array = new io.eddy.runtime.memory.DataOutputSerializer(4);
        for (String value : values) {
            StringEncoding.writeString(value, paged);
            StringEncoding.writeString(value, array);
            array.writeInt(42);
            paged.writeInt(42);
        }
        byte[] fromArray = array.toByteArray();
        byte[] fromPages = new byte[fromArray.length];
        new io.eddy.runtime.memory.RandomAccessInputView(pages, 64).readFully(fromPages);
        assertArrayEquals(fromArray, fromPages, "the same bytes either way");
        io.eddy.runtime.memory.DataInputDeserializer arrayIn = new io.eddy.runtime.memory.DataInputDeserializer(fromArray);
        io.eddy.runtime.memory.RandomAccessInputView pagedIn = new io.eddy.runtime.memory.RandomAccessInputView(pages, 64);
        for (String value : values) {
            assertEquals(value.hashCode(), StringEncoding.hash(arrayIn), value);
            assertEquals(value.hashCode(), StringEncoding.hash(pagedIn), value);
            assertEquals(42, arrayIn.readInt(), "read past the string: " + value);
            assertEquals(42, pagedIn.readInt(), "read past the string: " + value);
        }
    }

    @Test
    void stringComparatorHashesLikeString() {
        assertEquals("word".hashCode(), new StringComparator(false).hash("word"));
        assertEquals(Integer.hashCode(7), new IntComparator(true).hash(7));
    }
}
