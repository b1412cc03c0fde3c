package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The compact string format shared by {@link StringSerializer}, string arrays and the string
 * comparator: a variable-length {@code length + 1} (0 marks null), then each UTF-16 code unit as a
 * variable-length integer of 7-bit groups, so ASCII text takes one byte per character.
 *
 * <p>The format can be compared without building {@link String}s ({@link #compareSerialized}), which
 * is what sorters and merge joins do on spilled data.
 */
public final class StringEncoding {

    private StringEncoding() {}

    /** Strings up to this length are encoded in a per-thread buffer and written with one call. */
    private static final int BUFFERED_CHARS = 1024;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[3 * BUFFERED_CHARS + 5]);

    /**
     * Writes {@code value}, which may be null. Short strings are encoded into a buffer first and
     * handed to the view in one call: views are many classes, so per-byte calls would not inline.
     */
    public static void writeString(CharSequence value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        int len = value.length();
        if (len > BUFFERED_CHARS) {
            writeVarInt(len + 1, out);
            for (int i = 0; i < len; i++) {
                writeVarInt(value.charAt(i), out);
            }
            return;
        }
        if (out instanceof DataOutputSerializer bytes) {
            // straight into the array, with room for the worst case: no staging buffer to look up
            int start = bytes.length();
            bytes.setPosition(start + 3 * len + 5);
            bytes.setPosition(encode(value, len, bytes.getSharedBuffer(), start));
            return;
        }
        byte[] buffer = BUFFER.get();
        out.write(buffer, 0, encode(value, len, buffer, 0));
    }

    /** Encodes the length and characters of {@code value} into {@code buffer} from {@code n}; returns the end. */
    private static int encode(CharSequence value, int len, byte[] buffer, int n) {
        n = putVarInt(buffer, n, len + 1);
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                buffer[n++] = (byte) c;
            } else {
                n = putVarInt(buffer, n, c);
            }
        }
        return n;
    }

    /**
     * Writes the ASCII text {@code bytes[offset, offset + length)} exactly as {@link #writeString}
     * writes it as a string: the length, then each character as its byte. The caller checked that
     * every byte is below 0x80.
     */
    public static void writeAscii(byte[] bytes, int offset, int length, DataOutputView out) throws IOException {
        writeVarInt(length + 1, out);
        out.write(bytes, offset, length);
    }

    private static int putVarInt(byte[] buffer, int position, int value) {
        int n = position;
        while (value >= 0x80) {
            buffer[n++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[n++] = (byte) value;
        return n;
    }

    /**
     * Reads a string written by {@link #writeString}; null if a null was written. A string of
     * {@code len} characters takes at least {@code len} bytes, so those are read in one call; only
     * non-ASCII characters make the decoder read further bytes one by one.
     */
    public static String readString(DataInputView in) throws IOException {
        int len = readVarInt(in) - 1;
        if (len < 0) {
            return null;
        }
        byte[] bytes = len <= BUFFERED_CHARS ? BUFFER.get() : new byte[len];
        in.readFully(bytes, 0, len);
        // the JDK's ASCII decoder checks for non-ASCII bytes many at a time and then copies once; it
        // turns each such byte into U+FFFD, which never appears otherwise (U+FFFD itself is written
        // as three non-ASCII bytes), so finding one sends the string to the full decoder
        String ascii = new String(bytes, 0, len, StandardCharsets.US_ASCII);
        if (ascii.indexOf('\uFFFD') < 0) {
            return ascii;
        }
        int i = 0;
        while (bytes[i] >= 0) {
            i++;
        }
        return new String(decodeChars(bytes, 0, i, len, in));
    }

    /**
     * The characters of a string of {@code len} characters whose first {@code len} encoded bytes are
     * in {@code bytes} from {@code from}, the first {@code ascii} of them ASCII characters; the rest
     * of the encoding is read from {@code in}.
     */
    private static char[] decodeChars(byte[] bytes, int from, int ascii, int len, DataInputView in) throws IOException {
        char[] chars = new char[len];
        for (int k = 0; k < ascii; k++) {
            chars[k] = (char) bytes[from + k];
        }
        // decode the rest: varints from the bytes already read, then from the view
        int position = ascii;
        for (int c = ascii; c < len; c++) {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = position < len ? bytes[from + position++] & 0xFF : in.readUnsignedByte();
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            chars[c] = (char) value;
        }
        return chars;
    }

    /**
     * {@link String#hashCode()} of the string {@link #writeString} wrote at the view's position,
     * without building the string; the view ends up after it. ASCII text is hashed off the bytes.
     *
     * @throws NullPointerException if a null was written, which, as a key, has no hash
     */
    public static int hash(DataInputView in) throws IOException {
        int len = readVarInt(in) - 1;
        if (len < 0) {
            throw new NullPointerException("a null string key has no hash");
        }
        byte[] bytes;
        int from;
        if (in instanceof DataInputDeserializer array && array.available() >= len) {
            // hashed where the bytes lie, without copying them
            bytes = array.getBuffer();
            from = array.getPosition();
            array.skipBytesToRead(len);
        } else {
            bytes = len <= BUFFERED_CHARS ? BUFFER.get() : new byte[len];
            from = 0;
            in.readFully(bytes, 0, len);
        }
        int h = 0;
        int i = 0;
        while (i < len && bytes[from + i] >= 0) {
            h = 31 * h + bytes[from + i++];
        }
        if (i == len) {
            return h;
        }
        h = 0;
        for (char c : decodeChars(bytes, from, i, len, in)) {
            h = 31 * h + c;
        }
        return h;
    }

    /** The number of bytes of the encoded string that starts at {@code offset} of {@code bytes}. */
    public static int encodedLength(byte[] bytes, int offset) {
        int position = offset;
        int lenPlusOne = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[position++] & 0xFF;
            lenPlusOne |= (b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        for (int i = 1; i < lenPlusOne; i++) {
            while ((bytes[position++] & 0x80) != 0) {
                // continuation bytes of one character
            }
        }
        return position - offset;
    }

    /** Copies one encoded string from {@code in} to {@code out}. */
    public static void copyString(DataInputView in, DataOutputView out) throws IOException {
        int lenPlusOne = readVarInt(in);
        writeVarInt(lenPlusOne, out);
        for (int i = 1; i < lenPlusOne; i++) {
            writeVarInt(readVarInt(in), out);
        }
    }

    /**
     * Compares two encoded strings like {@link String#compareTo} (null first) and consumes both
     * entirely, so that the views are positioned after them.
     */
    public static int compareSerialized(DataInputView first, DataInputView second) throws IOException {
        int len1 = readVarInt(first) - 1;
        int len2 = readVarInt(second) - 1;
        if (len1 < 0 || len2 < 0) {
            skipChars(first, len1);
            skipChars(second, len2);
            return Integer.compare(len1, len2);
        }
        int min = Math.min(len1, len2);
        int result = 0;
        int i = 0;
        for (; i < min && result == 0; i++) {
            result = readVarInt(first) - readVarInt(second);
        }
        skipChars(first, len1 - i);
        skipChars(second, len2 - i);
        return result != 0 ? result : len1 - len2;
    }

    private static void skipChars(DataInputView in, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readVarInt(in);
        }
    }

    /**
     * Writes an order-preserving prefix of {@code value}: chars below 0x80 as {@code c + 1}, others as
     * {@code 0xFF, high byte, low byte}, then zero padding. Unsigned byte order of two prefixes never
     * contradicts {@link String#compareTo}; equal prefixes need a full comparison.
     */
    public static void putNormalizedKey(String value, MemorySegment target, int offset, int numBytes) {
        int end = offset + numBytes;
        int pos = offset;
        int len = value.length();
        for (int i = 0; i < len && pos < end; i++) {
            pos = putNormalizedChar(value.charAt(i), target, pos, end);
        }
        while (pos < end) {
            target.put(pos++, (byte) 0);
        }
    }

    /** Writes the normalized key bytes of one char at {@code pos}, none at or after {@code end}; returns the next position. */
    private static int putNormalizedChar(int c, MemorySegment target, int pos, int end) {
        if (c < 0x80) {
            target.put(pos++, (byte) (c + 1));
            return pos;
        }
        target.put(pos++, (byte) 0xFF);
        if (pos < end) {
            target.put(pos++, (byte) (c >>> 8));
        }
        if (pos < end) {
            target.put(pos++, (byte) c);
        }
        return pos;
    }

    /**
     * {@link #putNormalizedKey(String, MemorySegment, int, int)} for a string serialized by
     * {@link #writeString} in {@code in}, reading only the characters the prefix needs.
     *
     * @throws NullKeyFieldException if a null string was written (a key must not be null)
     */
    public static void putNormalizedKey(DataInputView in, MemorySegment target, int offset, int numBytes) throws IOException {
        int len = readVarInt(in) - 1;
        if (len < 0) {
            throw new NullKeyFieldException(0, "a serialized string key");
        }
        int end = offset + numBytes;
        int pos = offset;
        for (int i = 0; i < len && pos < end; i++) {
            int b = in.readUnsignedByte();
            pos = putNormalizedChar(b < 0x80 ? b : readVarIntContinued(b, in), target, pos, end);
        }
        while (pos < end) {
            target.put(pos++, (byte) 0);
        }
    }

    /** The rest of a var-int whose first byte {@code first} had its continuation bit set. */
    private static int readVarIntContinued(int first, DataInputView in) throws IOException {
        int value = first & 0x7F;
        int shift = 7;
        int b;
        do {
            b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return value;
    }

    /** Writes a non-negative int in 7-bit groups, low group first; the high bit marks continuation. */
    public static void writeVarInt(int value, DataOutputView out) throws IOException {
        while (value >= 0x80) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    /** Reads an int written by {@link #writeVarInt}. */
    public static int readVarInt(DataInputView in) throws IOException {
        int b = in.readUnsignedByte();
        if (b < 0x80) {
            return b;
        }
        int result = b & 0x7F;
        int shift = 7;
        while (true) {
            b = in.readUnsignedByte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80) {
                return result;
            }
            shift += 7;
        }
    }
}
