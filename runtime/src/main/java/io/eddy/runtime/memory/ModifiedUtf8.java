package io.eddy.runtime.memory;

import java.io.UTFDataFormatException;

/**
 * The modified UTF-8 of {@link java.io.DataOutput#writeUTF}, shared by the byte views (only
 * {@code writeUTF}/{@code readUTF} use it; Eddy's string serializer has its own encoding).
 */
final class ModifiedUtf8 {

    private ModifiedUtf8() {
    }

    /** The encoded length of {@code str}, failing if it exceeds the 65535 bytes the format allows. */
    static int encodedLength(String str) throws UTFDataFormatException {
        int length = 0;
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            length += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
        }
        if (length > 65535) {
            throw new UTFDataFormatException("encoded string too long: " + length + " bytes");
        }
        return length;
    }

    /** Writes the characters of {@code str} (no length prefix) at {@code position}; returns the new position. */
    static int encode(String str, byte[] target, int position) {
        int p = position;
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                target[p++] = (byte) c;
            } else if (c > 0x07FF) {
                target[p++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                target[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                target[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                target[p++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                target[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /** Decodes {@code length} bytes at {@code offset} of {@code bytes}. */
    static String decode(byte[] bytes, int offset, int length) throws UTFDataFormatException {
        char[] chars = new char[length];
        int count = 0;
        int position = offset;
        int limit = offset + length;
        while (position < limit) {
            int c = bytes[position] & 0xff;
            if (c < 0x80) {
                chars[count++] = (char) c;
                position++;
            } else if ((c >> 5) == 0x06 && position + 1 < limit && (bytes[position + 1] & 0xC0) == 0x80) {
                chars[count++] = (char) (((c & 0x1F) << 6) | (bytes[position + 1] & 0x3F));
                position += 2;
            } else if ((c >> 4) == 0x0E && position + 2 < limit
                    && (bytes[position + 1] & 0xC0) == 0x80 && (bytes[position + 2] & 0xC0) == 0x80) {
                chars[count++] = (char) (((c & 0x0F) << 12) | ((bytes[position + 1] & 0x3F) << 6)
                        | (bytes[position + 2] & 0x3F));
                position += 3;
            } else {
                throw new UTFDataFormatException("malformed input around byte " + (position - offset));
            }
        }
        return new String(chars, 0, count);
    }
}
