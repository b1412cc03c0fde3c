package io.eddy.runtime.types;

import io.eddy.runtime.memory.MemorySegment;

/**
 * Helpers writing fixed-width normalized keys: the value is first mapped to an unsigned number with
 * the same order (sign bit flipped for signed integers, IEEE bits folded for floats), then written
 * big-endian, truncated or zero-padded to the requested width.
 */
public final class NormalizedKeys {

    private NormalizedKeys() {}

    /** Writes the {@code width} low bytes of {@code unsignedKey}, most significant first. */
    public static void putUnsigned(long unsignedKey, int width, MemorySegment target, int offset, int numBytes) {
        int n = Math.min(width, numBytes);
        // whole longs and ints in one big-endian store, not eight or four byte stores
        if (n == Long.BYTES && width == Long.BYTES) {
            target.putLong(offset, unsignedKey);
        } else if (n == Integer.BYTES && width == Integer.BYTES) {
            target.putInt(offset, (int) unsignedKey);
        } else {
            for (int i = 0; i < n; i++) {
                target.put(offset + i, (byte) (unsignedKey >>> ((width - 1 - i) * 8)));
            }
        }
        for (int i = n; i < numBytes; i++) {
            target.put(offset + i, (byte) 0);
        }
    }

    /** Maps float bits so that unsigned order equals {@link Float#compare} order. */
    public static long floatKey(float value) {
        int bits = Float.floatToIntBits(value);
        bits = bits < 0 ? ~bits : bits ^ Integer.MIN_VALUE;
        return bits & 0xFFFFFFFFL;
    }

    /** Maps double bits so that unsigned order equals {@link Double#compare} order. */
    public static long doubleKey(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    /** Inverts {@code numBytes} bytes in place, turning an ascending key into a descending one. */
    public static void invert(MemorySegment target, int offset, int numBytes) {
        for (int i = 0; i < numBytes; i++) {
            target.put(offset + i, (byte) ~target.get(offset + i));
        }
    }
}
