package io.eddy.api.io.parser;

import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/**
 * Parsers for the primitive number types. Integers accumulate negatively so that the minimum
 * value parses without overflow. Decimals take an exact fast path for plain numbers (at most 2^53
 * as integer mantissa, at most 22 fraction digits, no exponent): mantissa and power of ten are
 * both exact doubles, so one division rounds correctly. Anything else (exponents, NaN, long
 * mantissas) falls back to {@link Double#parseDouble}.
 */
final class NumberParsers {

    private static final double[] DOUBLE_POWERS_OF_TEN = new double[23];
    private static final float[] FLOAT_POWERS_OF_TEN = new float[11];
    private static final long DOUBLE_EXACT_LIMIT = 1L << 53;
    private static final long FLOAT_EXACT_LIMIT = 1L << 24;

    static {
        double d = 1;
        for (int i = 0; i < DOUBLE_POWERS_OF_TEN.length; i++) {
            DOUBLE_POWERS_OF_TEN[i] = d;
            d *= 10;
        }
        float f = 1;
        for (int i = 0; i < FLOAT_POWERS_OF_TEN.length; i++) {
            FLOAT_POWERS_OF_TEN[i] = f;
            f *= 10;
        }
    }

    private NumberParsers() {}

    /** Parses an integer in [min, max]; returns false on syntax errors or overflow. */
    abstract static class IntegralParser<T> extends FieldParser<T> {
        /** Up to this many digits cannot overflow a long: 10^18 - 1 < 2^63. */
        private static final int SAFE_DIGITS = 18;
        /** For a field of n digits shifted into the low n bytes of a long: '0' in the bytes above them. */
        private static final long[] ZERO_PADDING = new long[Long.BYTES + 1];

        static {
            for (int n = 1; n < Long.BYTES; n++) {
                ZERO_PADDING[n] = 0x3030_3030_3030_3030L << (Byte.SIZE * n);
            }
        }
        private final long min;
        private final long max;
        // the bounds that the digit-by-digit check of longer numbers needs, divided once here
        private final long negativeMultiplyLimit;
        private final long positiveMultiplyLimit;
        long value;

        IntegralParser(long min, long max) {
            this.min = min;
            this.max = max;
            this.negativeMultiplyLimit = min / 10;
            this.positiveMultiplyLimit = -max / 10;
        }

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            int i = FieldParser.skipLeadingBlanks(bytes, start, end);
            int last = FieldParser.skipTrailingBlanks(bytes, i, end);
            if (i >= last) {
                return false;
            }
            boolean negative = false;
            if (bytes[i] == '-' || bytes[i] == '+') {
                negative = bytes[i] == '-';
                if (++i == last) {
                    return false;
                }
            }
            int digits = last - i;
            long result;
            if (digits <= Long.BYTES && i + Long.BYTES <= bytes.length) {
                // up to eight digits at once, from one load of the eight bytes at the field's start
                long chunk = (ByteArrays.getLong(bytes, i) >>> (Long.SIZE - Byte.SIZE * digits)) | ZERO_PADDING[digits];
                if (!allDigits(chunk)) {
                    return false;
                }
                result = valueOfDigits(chunk);
            } else if (digits <= SAFE_DIGITS) {
                // no overflow is possible while accumulating; the range is checked once
                result = 0;
                for (; i < last; i++) {
                    int digit = bytes[i] - '0';
                    if (digit < 0 || digit > 9) {
                        return false;
                    }
                    result = result * 10 + digit;
                }
            } else {
                return parseLong(bytes, i, last, negative);
            }
            long parsed = negative ? -result : result;
            if (parsed < min || parsed > max) {
                return false;
            }
            value = parsed;
            return true;
        }

        /** Whether every byte of {@code chunk} is an ASCII digit. */
        private static boolean allDigits(long chunk) {
            // a byte is a digit if its high nibble is 3 and adding 6 leaves it 3 (0x3A-0x3F become 0x4_);
            // a byte that carries into its neighbour fails itself
            long high = chunk & 0xF0F0_F0F0_F0F0_F0F0L;
            long plusSix = (chunk + 0x0606_0606_0606_0606L) & 0xF0F0_F0F0_F0F0_F0F0L;
            return (high | plusSix >>> 4) == 0x3333_3333_3333_3333L;
        }

        /** The number that the eight ASCII digits of {@code chunk} spell, the most significant in its highest byte. */
        private static long valueOfDigits(long chunk) {
            long x = chunk - 0x3030_3030_3030_3030L;
            x = (x >>> 8 & 0x00FF_00FF_00FF_00FFL) * 10 + (x & 0x00FF_00FF_00FF_00FFL);
            x = (x >>> 16 & 0x0000_FFFF_0000_FFFFL) * 100 + (x & 0x0000_FFFF_0000_FFFFL);
            return (x >>> 32) * 10_000 + (x & 0xFFFF_FFFFL);
        }

        /** Numbers of more than {@value #SAFE_DIGITS} digits, accumulated negatively and checked digit by digit. */
        private boolean parseLong(byte[] bytes, int i, int last, boolean negative) {
            long limit = negative ? min : -max;
            long multiplyLimit = negative ? negativeMultiplyLimit : positiveMultiplyLimit;
            long result = 0;
            for (; i < last; i++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9 || result < multiplyLimit) {
                    return false;
                }
                result *= 10;
                if (result < limit + digit) {
                    return false;
                }
                result -= digit;
            }
            value = negative ? result : -result;
            return true;
        }

        @Override
        public boolean writesSerialized() {
            return true;
        }
    }

    static final class IntParser extends IntegralParser<Integer> {
        IntParser() {
            super(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public Integer getLastResult() {
            return (int) value;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeInt((int) value);
        }

        @Override
        public Class<Integer> getValueType() {
            return Integer.class;
        }
    }

    static final class LongParser extends IntegralParser<Long> {
        LongParser() {
            super(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public Long getLastResult() {
            return value;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeLong(value);
        }

        @Override
        public Class<Long> getValueType() {
            return Long.class;
        }
    }

    static final class ShortParser extends IntegralParser<Short> {
        ShortParser() {
            super(Short.MIN_VALUE, Short.MAX_VALUE);
        }

        @Override
        public Short getLastResult() {
            return (short) value;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeShort((short) value);
        }

        @Override
        public Class<Short> getValueType() {
            return Short.class;
        }
    }

    static final class ByteParser extends IntegralParser<Byte> {
        ByteParser() {
            super(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }

        @Override
        public Byte getLastResult() {
            return (byte) value;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeByte((byte) value);
        }

        @Override
        public Class<Byte> getValueType() {
            return Byte.class;
        }
    }

    /**
     * Scans a plain decimal {@code [-+]digits[.digits]} into {@code mantissa} and
     * {@code fractionDigits}; false if it has another form or the mantissa exceeds {@code limit}.
     */
    private static final class Decimal {
        long mantissa;
        int fractionDigits;
        boolean negative;

        boolean scan(byte[] bytes, int i, int end, long limit) {
            negative = false;
            if (bytes[i] == '-' || bytes[i] == '+') {
                negative = bytes[i] == '-';
                i++;
            }
            long m = 0;
            int fraction = -1;
            int digits = 0;
            for (; i < end; i++) {
                byte b = bytes[i];
                if (b >= '0' && b <= '9') {
                    m = m * 10 + (b - '0');
                    if (m > limit) {
                        return false;
                    }
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (b == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    return false;
                }
            }
            mantissa = m;
            fractionDigits = Math.max(fraction, 0);
            return digits > 0;
        }
    }

    static final class DoubleParser extends FieldParser<Double> {
        private final Decimal decimal = new Decimal();
        private double value;

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            int i = FieldParser.skipLeadingBlanks(bytes, start, end);
            int last = FieldParser.skipTrailingBlanks(bytes, i, end);
            if (i >= last) {
                return false;
            }
            if (decimal.scan(bytes, i, last, DOUBLE_EXACT_LIMIT) && decimal.fractionDigits < DOUBLE_POWERS_OF_TEN.length) {
                double v = decimal.mantissa / DOUBLE_POWERS_OF_TEN[decimal.fractionDigits];
                value = decimal.negative ? -v : v;
                return true;
            }
            try {
                value = Double.parseDouble(FieldParser.ascii(bytes, i, last));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        @Override
        public boolean writesSerialized() {
            return true;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeDouble(value);
        }

        @Override
        public Double getLastResult() {
            return value;
        }

        @Override
        public Class<Double> getValueType() {
            return Double.class;
        }
    }

    static final class FloatParser extends FieldParser<Float> {
        private final Decimal decimal = new Decimal();
        private float value;

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            int i = FieldParser.skipLeadingBlanks(bytes, start, end);
            int last = FieldParser.skipTrailingBlanks(bytes, i, end);
            if (i >= last) {
                return false;
            }
            if (decimal.scan(bytes, i, last, FLOAT_EXACT_LIMIT) && decimal.fractionDigits < FLOAT_POWERS_OF_TEN.length) {
                float v = decimal.mantissa / FLOAT_POWERS_OF_TEN[decimal.fractionDigits];
                value = decimal.negative ? -v : v;
                return true;
            }
            try {
                value = Float.parseFloat(FieldParser.ascii(bytes, i, last));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        @Override
        public boolean writesSerialized() {
            return true;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeFloat(value);
        }

        @Override
        public Float getLastResult() {
            return value;
        }

        @Override
        public Class<Float> getValueType() {
            return Float.class;
        }
    }
}
