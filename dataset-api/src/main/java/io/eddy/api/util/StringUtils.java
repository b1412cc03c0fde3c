package io.eddy.api.util;

import java.util.Arrays;

/** String helpers programs use for output and checks (Flink's {@code StringUtils}, a subset). */
public final class StringUtils {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringUtils() {}

    /** True for null, the empty string, and strings of only whitespace. */
    public static boolean isNullOrWhitespaceOnly(String str) {
        if (str == null || str.isEmpty()) {
            return true;
        }
        for (int i = 0; i < str.length(); i++) {
            if (!Character.isWhitespace(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The bytes {@code [start, end)} as lower-case hex, two characters per byte. */
    public static String byteToHexString(byte[] bytes, int start, int end) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes == null");
        }
        char[] out = new char[(end - start) * 2];
        for (int i = start, j = 0; i < end; i++) {
            out[j++] = HEX[(bytes[i] >> 4) & 0x0F];
            out[j++] = HEX[bytes[i] & 0x0F];
        }
        return new String(out);
    }

    public static String byteToHexString(byte[] bytes) {
        return byteToHexString(bytes, 0, bytes.length);
    }

    /** The bytes of a hex string as produced by {@link #byteToHexString}. */
    public static byte[] hexStringToByte(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("A hex string needs an even number of digits: " + hex);
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("Not a hex string: " + hex);
            }
            bytes[i] = (byte) ((high << 4) | low);
        }
        return bytes;
    }

    /** Like {@link String#valueOf(Object)}, but prints the contents of arrays, nested ones included. */
    public static String arrayAwareToString(Object o) {
        if (o instanceof Object[]) {
            return Arrays.deepToString((Object[]) o);
        } else if (o instanceof int[]) {
            return Arrays.toString((int[]) o);
        } else if (o instanceof long[]) {
            return Arrays.toString((long[]) o);
        } else if (o instanceof double[]) {
            return Arrays.toString((double[]) o);
        } else if (o instanceof byte[]) {
            return Arrays.toString((byte[]) o);
        } else if (o instanceof char[]) {
            return Arrays.toString((char[]) o);
        } else if (o instanceof boolean[]) {
            return Arrays.toString((boolean[]) o);
        } else if (o instanceof float[]) {
            return Arrays.toString((float[]) o);
        } else if (o instanceof short[]) {
            return Arrays.toString((short[]) o);
        }
        return String.valueOf(o);
    }

    /** {@code str} with control characters shown as Java escapes, e.g. a newline as backslash-n. */
    public static String showControlCharacters(String str) {
        StringBuilder builder = new StringBuilder(str.length() + 8);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            switch (c) {
                case '\n': builder.append("\\n"); break;
                case '\r': builder.append("\\r"); break;
                case '\t': builder.append("\\t"); break;
                case '\b': builder.append("\\b"); break;
                case '\f': builder.append("\\f"); break;
                default:
                    if (Character.isISOControl(c)) {
                        builder.append(String.format("\\u%04x", (int) c));
                    } else {
                        builder.append(c);
                    }
            }
        }
        return builder.toString();
    }
}
