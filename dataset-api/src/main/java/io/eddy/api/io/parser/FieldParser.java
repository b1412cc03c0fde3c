package io.eddy.api.io.parser;

import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.StringEncoding;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Parses one text field, given as a byte range, into a value, as Flink's
 * {@code types.parser.FieldParser}. Numbers are parsed straight from the bytes, without an
 * intermediate String, because CSV reading spends most of its time here. Numeric fields may be
 * surrounded by spaces or tabs; an empty numeric field is an error.
 *
 * <p>A parser keeps its last result, so it is not thread-safe; each format instance creates its own
 * in {@code open}.
 *
 * @param <T> the boxed type of the values
 */
public abstract class FieldParser<T> {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(
            int.class, Integer.class, long.class, Long.class, short.class, Short.class,
            byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    /**
     * Parses {@code bytes[start, end)}; on success the value is available from
     * {@link #getLastResult()}.
     *
     * @return false if the bytes are not a valid value of the type
     */
    public abstract boolean parseField(byte[] bytes, int start, int end);

    /** The value of the last successful {@link #parseField}. */
    public abstract T getLastResult();

    /** The boxed class of the values, for messages. */
    public abstract Class<T> getValueType();

    /**
     * Whether {@link #parseFieldSerialized} works: numbers, booleans and (ASCII) strings, whose
     * serialized form needs no object. False by default. Eddy's addition to Flink's parser.
     */
    public boolean writesSerialized() {
        return false;
    }

    /**
     * {@link #parseField} for a record that leaves the reader as bytes: writes the value to
     * {@code out} as the serializer of its type does (big-endian primitives, strings in
     * {@link StringEncoding}), without making the object. False, with nothing written, if the bytes
     * are no valid value or not one this path takes (a non-ASCII string); {@link #parseField} then
     * has the last word.
     *
     * @throws UnsupportedOperationException unless {@link #writesSerialized()}
     */
    public boolean parseFieldSerialized(byte[] bytes, int start, int end, DataOutputView out) throws IOException {
        // callers asked writesSerialized() once; a parser that does not write throws from writeLastResult
        if (!parseField(bytes, start, end)) {
            return false;
        }
        writeLastResult(out);
        return true;
    }

    /**
     * Writes the last result as its type's serializer does: what {@link #parseFieldSerialized} does
     * after a successful {@link #parseField}, for parsers that {@link #writesSerialized()}.
     */
    protected void writeLastResult(DataOutputView out) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " makes objects only");
    }

    /** The boxed class for a primitive type; other classes unchanged. */
    public static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? BOXED.get(type) : type;
    }

    /** True if {@link #create} supports the type. */
    public static boolean isSupported(Class<?> type) {
        Class<?> t = boxed(type);
        return t == String.class || t == Integer.class || t == Long.class || t == Short.class
                || t == Byte.class || t == Double.class || t == Float.class || t == Boolean.class
                || t == Character.class || t == BigDecimal.class || t == BigInteger.class
                || t == java.sql.Date.class || t == java.sql.Time.class || t == java.sql.Timestamp.class;
    }

    /**
     * A new parser for values of {@code type} (primitives or boxed), decoding strings with
     * {@code charset}.
     *
     * @throws IllegalArgumentException if the type is not supported
     */
    public static FieldParser<?> create(Class<?> type, Charset charset) {
        Class<?> t = boxed(type);
        if (t == String.class) {
            return new TextParsers.StringParser(charset);
        } else if (t == Integer.class) {
            return new NumberParsers.IntParser();
        } else if (t == Long.class) {
            return new NumberParsers.LongParser();
        } else if (t == Short.class) {
            return new NumberParsers.ShortParser();
        } else if (t == Byte.class) {
            return new NumberParsers.ByteParser();
        } else if (t == Double.class) {
            return new NumberParsers.DoubleParser();
        } else if (t == Float.class) {
            return new NumberParsers.FloatParser();
        } else if (t == Boolean.class) {
            return new TextParsers.BooleanParser();
        } else if (t == Character.class) {
            return new TextParsers.CharacterParser(charset);
        } else if (t == BigDecimal.class) {
            return new TextParsers.FromStringParser<>(BigDecimal.class, BigDecimal::new);
        } else if (t == BigInteger.class) {
            return new TextParsers.FromStringParser<>(BigInteger.class, BigInteger::new);
        } else if (t == java.sql.Date.class) {
            return new TextParsers.FromStringParser<>(java.sql.Date.class, java.sql.Date::valueOf);
        } else if (t == java.sql.Time.class) {
            return new TextParsers.FromStringParser<>(java.sql.Time.class, java.sql.Time::valueOf);
        } else if (t == java.sql.Timestamp.class) {
            return new TextParsers.FromStringParser<>(java.sql.Timestamp.class, java.sql.Timestamp::valueOf);
        }
        throw new IllegalArgumentException("CSV fields of type " + type.getName() + " are not supported");
    }

    /** The first index in {@code [start, end)} that is not a space or tab. */
    static int skipLeadingBlanks(byte[] bytes, int start, int end) {
        while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
            start++;
        }
        return start;
    }

    /** The end index after dropping trailing spaces and tabs from {@code [start, end)}. */
    static int skipTrailingBlanks(byte[] bytes, int start, int end) {
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /** The bytes as an ASCII string, for the rare slow paths. */
    static String ascii(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
