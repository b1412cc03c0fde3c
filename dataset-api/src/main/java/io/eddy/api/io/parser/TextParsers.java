package io.eddy.api.io.parser;

import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.StringEncoding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Parsers for strings, characters, booleans and types built from their string form. */
final class TextParsers {

    private TextParsers() {}

    /** The field's text as is (possibly empty). */
    static final class StringParser extends FieldParser<String> {
        private final Charset charset;
        /** Whether bytes below 0x80 are the ASCII characters in this charset. */
        private final boolean asciiCompatible;
        private String value;

        StringParser(Charset charset) {
            this.charset = charset;
            this.asciiCompatible = charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                    || charset.equals(StandardCharsets.ISO_8859_1);
        }

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            value = new String(bytes, start, end - start, charset);
            return true;
        }

        /**
         * Writes ASCII text as its bytes behind the length, which is what the string serializer writes
         * for it; text in another encoding, or with other characters, takes the object path.
         */
        @Override
        public boolean writesSerialized() {
            return asciiCompatible;
        }

        @Override
        public boolean parseFieldSerialized(byte[] bytes, int start, int end, DataOutputView out) throws IOException {
            if (!asciiCompatible || !ByteArrays.isAscii(bytes, start, end)) {
                return false;
            }
            StringEncoding.writeAscii(bytes, start, end - start, out);
            return true;
        }

        @Override
        public String getLastResult() {
            return value;
        }

        @Override
        public Class<String> getValueType() {
            return String.class;
        }
    }

    /** Exactly one character. */
    static final class CharacterParser extends FieldParser<Character> {
        private final Charset charset;
        private char value;

        CharacterParser(Charset charset) {
            this.charset = charset;
        }

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            if (end - start == 1 && bytes[start] >= 0) {
                value = (char) bytes[start];
                return true;
            }
            String s = new String(bytes, start, end - start, charset);
            if (s.length() != 1) {
                return false;
            }
            value = s.charAt(0);
            return true;
        }

        @Override
        public Character getLastResult() {
            return value;
        }

        @Override
        public Class<Character> getValueType() {
            return Character.class;
        }
    }

    /** {@code true}/{@code false} in any case, or {@code 1}/{@code 0}, as Flink's BooleanParser. */
    static final class BooleanParser extends FieldParser<Boolean> {
        private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
        private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
        private boolean value;

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            int i = FieldParser.skipLeadingBlanks(bytes, start, end);
            int last = FieldParser.skipTrailingBlanks(bytes, i, end);
            if (last - i == 1 && (bytes[i] == '1' || bytes[i] == '0')) {
                value = bytes[i] == '1';
                return true;
            }
            if (equalsIgnoreCase(bytes, i, last, TRUE)) {
                value = true;
                return true;
            }
            if (equalsIgnoreCase(bytes, i, last, FALSE)) {
                value = false;
                return true;
            }
            return false;
        }

        private static boolean equalsIgnoreCase(byte[] bytes, int start, int end, byte[] lower) {
            if (end - start != lower.length) {
                return false;
            }
            for (int i = 0; i < lower.length; i++) {
                if ((bytes[start + i] | 0x20) != lower[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean writesSerialized() {
            return true;
        }

        @Override
        protected void writeLastResult(DataOutputView out) throws IOException {
            out.writeBoolean(value);
        }

        @Override
        public Boolean getLastResult() {
            return value;
        }

        @Override
        public Class<Boolean> getValueType() {
            return Boolean.class;
        }
    }

    /** Types without a byte-level parser (BigDecimal, dates): trimmed text to a factory. */
    static final class FromStringParser<T> extends FieldParser<T> {
        private final Class<T> type;
        private final Function<String, T> factory;
        private T value;

        FromStringParser(Class<T> type, Function<String, T> factory) {
            this.type = type;
            this.factory = factory;
        }

        @Override
        public boolean parseField(byte[] bytes, int start, int end) {
            int i = FieldParser.skipLeadingBlanks(bytes, start, end);
            int last = FieldParser.skipTrailingBlanks(bytes, i, end);
            if (i >= last) {
                return false;
            }
            try {
                value = factory.apply(FieldParser.ascii(bytes, i, last));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public T getLastResult() {
            return value;
        }

        @Override
        public Class<T> getValueType() {
            return type;
        }
    }
}
