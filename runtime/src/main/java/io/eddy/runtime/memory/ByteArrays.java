package io.eddy.runtime.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Big-endian reads and writes of primitives in heap byte arrays, one bounds check each, and a byte
 * search eight bytes at a time.
 */
public final class ByteArrays {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteArrays() {}

    public static int getInt(byte[] b, int off) {
        return (int) INT.get(b, off);
    }

    public static void putInt(byte[] b, int off, int v) {
        INT.set(b, off, v);
    }

    public static long getLong(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }

    public static void putLong(byte[] b, int off, long v) {
        LONG.set(b, off, v);
    }

    public static short getShort(byte[] b, int off) {
        return (short) SHORT.get(b, off);
    }

    public static void putShort(byte[] b, int off, short v) {
        SHORT.set(b, off, v);
    }

    /**
     * The index of the first {@code value} in {@code b[from, end)}, or {@code end} if there is none.
     * Reads eight bytes per step: a word XORed with {@code value} in every byte has a zero byte
     * where {@code value} was, and {@code (x - 0x01..) & ~x & 0x80..} sets the high bit of the first
     * zero byte (higher bytes may be false hits after a borrow, which the lowest set bit skips).
     */
    public static int indexOf(byte[] b, int from, int end, byte value) {
        long pattern = (value & 0xFFL) * ONES;
        int i = from;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            long x = (long) LONG_LE.get(b, i) ^ pattern;
            long hits = (x - ONES) & ~x & HIGHS;
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return end;
    }
}
