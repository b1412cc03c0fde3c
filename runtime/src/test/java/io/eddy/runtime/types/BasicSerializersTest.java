package io.eddy.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import org.junit.jupiter.api.Nested;

/** Applies {@link SerializerTestBase} to every JDK-type serializer of this package. */
class BasicSerializersTest {

    enum Color { RED, GREEN, BLUE }

    @Nested
    class Ints extends SerializerTestBase<Integer> {
        protected TypeSerializer<Integer> createSerializer() { return IntSerializer.INSTANCE; }
        protected int getLength() { return 4; }
        protected Integer[] getTestData() { return new Integer[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 42}; }
    }

    @Nested
    class Longs extends SerializerTestBase<Long> {
        protected TypeSerializer<Long> createSerializer() { return LongSerializer.INSTANCE; }
        protected int getLength() { return 8; }
        protected Long[] getTestData() { return new Long[] {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 7L}; }
    }

    @Nested
    class Shorts extends SerializerTestBase<Short> {
        protected TypeSerializer<Short> createSerializer() { return ShortSerializer.INSTANCE; }
        protected int getLength() { return 2; }
        protected Short[] getTestData() { return new Short[] {0, -1, Short.MAX_VALUE, Short.MIN_VALUE}; }
    }

    @Nested
    class Bytes extends SerializerTestBase<Byte> {
        protected TypeSerializer<Byte> createSerializer() { return ByteSerializer.INSTANCE; }
        protected int getLength() { return 1; }
        protected Byte[] getTestData() { return new Byte[] {0, -1, Byte.MAX_VALUE, Byte.MIN_VALUE}; }
    }

    @Nested
    class Floats extends SerializerTestBase<Float> {
        protected TypeSerializer<Float> createSerializer() { return FloatSerializer.INSTANCE; }
        protected int getLength() { return 4; }
        protected Float[] getTestData() { return new Float[] {0f, -0f, 1.5f, Float.NaN, Float.NEGATIVE_INFINITY, Float.MIN_VALUE}; }
    }

    @Nested
    class Doubles extends SerializerTestBase<Double> {
        protected TypeSerializer<Double> createSerializer() { return DoubleSerializer.INSTANCE; }
        protected int getLength() { return 8; }
        protected Double[] getTestData() { return new Double[] {0d, -0d, Math.PI, Double.NaN, Double.MAX_VALUE}; }
    }

    @Nested
    class Booleans extends SerializerTestBase<Boolean> {
        protected TypeSerializer<Boolean> createSerializer() { return BooleanSerializer.INSTANCE; }
        protected int getLength() { return 1; }
        protected Boolean[] getTestData() { return new Boolean[] {true, false, true}; }
    }

    @Nested
    class Chars extends SerializerTestBase<Character> {
        protected TypeSerializer<Character> createSerializer() { return CharSerializer.INSTANCE; }
        protected int getLength() { return 2; }
        protected Character[] getTestData() { return new Character[] {'a', '\u0000', '\uffff', 'é'}; }
    }

    @Nested
    class Strings extends SerializerTestBase<String> {
        protected TypeSerializer<String> createSerializer() { return StringSerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected String[] getTestData() {
            return new String[] {"", "a", null, "hello world", "\u00e9\u4e2d\uffff\u0000", "x".repeat(300),
                "ascii first, then \u00e9\u4e2d and ascii again", "y".repeat(1500) + "\u4e2d" + "z".repeat(10),
                "\u4e2d".repeat(1100), "\ufffd", "replacement \ufffd in ascii", "\u007f\u0080\u00ff"};
        }
    }

    @Nested
    class BigIntegers extends SerializerTestBase<BigInteger> {
        protected TypeSerializer<BigInteger> createSerializer() { return BigIntegerSerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected BigInteger[] getTestData() {
            return new BigInteger[] {BigInteger.ZERO, null, BigInteger.valueOf(-5), new BigInteger("123456789012345678901234567890")};
        }
    }

    @Nested
    class BigDecimals extends SerializerTestBase<BigDecimal> {
        protected TypeSerializer<BigDecimal> createSerializer() { return BigDecimalSerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected BigDecimal[] getTestData() {
            return new BigDecimal[] {BigDecimal.ZERO, null, new BigDecimal("-1.50"), new BigDecimal("1e-30")};
        }
    }

    @Nested
    class Dates extends SerializerTestBase<Date> {
        protected TypeSerializer<Date> createSerializer() { return DateSerializer.INSTANCE; }
        protected int getLength() { return 8; }
        protected Date[] getTestData() { return new Date[] {new Date(0), null, new Date(1_700_000_000_000L), new Date(-5)}; }
    }

    @Nested
    class Enums extends SerializerTestBase<Color> {
        protected TypeSerializer<Color> createSerializer() { return new EnumSerializer<>(Color.class); }
        protected int getLength() { return 4; }
        protected Color[] getTestData() { return new Color[] {Color.BLUE, Color.RED, Color.GREEN}; }
    }

    @Nested
    class IntArrays extends SerializerTestBase<int[]> {
        protected TypeSerializer<int[]> createSerializer() { return IntPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected int[][] getTestData() { return new int[][] {{}, {1, 2, 3}, null, {Integer.MIN_VALUE}}; }
    }

    @Nested
    class LongArrays extends SerializerTestBase<long[]> {
        protected TypeSerializer<long[]> createSerializer() { return LongPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected long[][] getTestData() { return new long[][] {{}, {1, -2}, null}; }
    }

    @Nested
    class ByteArrays extends SerializerTestBase<byte[]> {
        protected TypeSerializer<byte[]> createSerializer() { return BytePrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected byte[][] getTestData() { return new byte[][] {{}, {1, -2, 127}, null}; }
    }

    @Nested
    class DoubleArrays extends SerializerTestBase<double[]> {
        protected TypeSerializer<double[]> createSerializer() { return DoublePrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected double[][] getTestData() { return new double[][] {{}, {1.5, Double.NaN}, null}; }
    }

    @Nested
    class FloatArrays extends SerializerTestBase<float[]> {
        protected TypeSerializer<float[]> createSerializer() { return FloatPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected float[][] getTestData() { return new float[][] {{}, {1.5f, -2f}, null}; }
    }

    @Nested
    class ShortArrays extends SerializerTestBase<short[]> {
        protected TypeSerializer<short[]> createSerializer() { return ShortPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected short[][] getTestData() { return new short[][] {{}, {1, -2}, null}; }
    }

    @Nested
    class CharArrays extends SerializerTestBase<char[]> {
        protected TypeSerializer<char[]> createSerializer() { return CharPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected char[][] getTestData() { return new char[][] {{}, {'a', '\uffff'}, null}; }
    }

    @Nested
    class BooleanArrays extends SerializerTestBase<boolean[]> {
        protected TypeSerializer<boolean[]> createSerializer() { return BooleanPrimitiveArraySerializer.INSTANCE; }
        protected int getLength() { return -1; }
        protected boolean[][] getTestData() { return new boolean[][] {{}, {true, false}, null}; }
    }

    @Nested
    class StringArrays extends SerializerTestBase<String[]> {
        protected TypeSerializer<String[]> createSerializer() { return new GenericArraySerializer<>(String.class, StringSerializer.INSTANCE); }
        protected int getLength() { return -1; }
        protected String[][] getTestData() { return new String[][] {{}, {"a", null, "b"}, null}; }
    }
}
