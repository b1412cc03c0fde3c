package io.eddy.runtime.memory;

import java.nio.ByteOrder;
import sun.misc.Unsafe;

/**
 * Big-endian reads and writes of primitives in heap byte arrays, one bounds check each, and a byte
 * search eight bytes at a time.
 *
 * <p>Through {@link Unsafe} rather than byte-array view {@code VarHandle}s: a view handle's access is
 * a chain of a dozen small methods that the JIT inlines into every caller, and these calls sit in
 * the per-record paths of serializers, aggregations and parsers, whose compiled size (and time to
 * compile, inside every short job) grows with each one.
 */
public final class ByteArrays {

    private static final Unsafe UNSAFE = MemorySegment.UNSAFE;
    private static final long BASE = UNSAFE.arrayBaseOffset(byte[].class);
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteArrays() {}

    /** Unsafe reads past the array must never happen: the range is checked once, before a scan. */
    private static void checkRange(byte[] b, int from, int end) {
        if (from < 0 || end > b.length) {
            throw new ArrayIndexOutOfBoundsException("range [" + from + ", " + end + ") of an array of " + b.length);
        }
    }

    private static long at(byte[] b, int off, int size) {
        if (off < 0 || off > b.length - size) {
            throw new ArrayIndexOutOfBoundsException("offset " + off + ", " + size + " bytes, array of " + b.length);
        }
        return BASE + off;
    }

    public static int getInt(byte[] b, int off) {
        int v = UNSAFE.getInt(b, at(b, off, Integer.BYTES));
        return LITTLE_ENDIAN ? Integer.reverseBytes(v) : v;
    }

    public static void putInt(byte[] b, int off, int v) {
        UNSAFE.putInt(b, at(b, off, Integer.BYTES), LITTLE_ENDIAN ? Integer.reverseBytes(v) : v);
    }

    public static long getLong(byte[] b, int off) {
        long v = UNSAFE.getLong(b, at(b, off, Long.BYTES));
        return LITTLE_ENDIAN ? Long.reverseBytes(v) : v;
    }

    public static void putLong(byte[] b, int off, long v) {
        UNSAFE.putLong(b, at(b, off, Long.BYTES), LITTLE_ENDIAN ? Long.reverseBytes(v) : v);
    }

    public static short getShort(byte[] b, int off) {
        short v = UNSAFE.getShort(b, at(b, off, Short.BYTES));
        return LITTLE_ENDIAN ? Short.reverseBytes(v) : v;
    }

    public static void putShort(byte[] b, int off, short v) {
        UNSAFE.putShort(b, at(b, off, Short.BYTES), LITTLE_ENDIAN ? Short.reverseBytes(v) : v);
    }

    /**
     * The index of the {@code n}-th (from 1) {@code value} in {@code b[from, end)}, or -1 if there are
     * fewer: for skipping {@code n} fields at once. Eight bytes per step, counting the matches of a
     * word with an exact zero-byte mask (no false hits, unlike {@link #indexOf}'s borrow trick).
     */
    public static int indexOfNth(byte[] b, int from, int end, byte value, int n) {
        checkRange(b, from, end);
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1: " + n);
        }
        long pattern = (value & 0xFFL) * ONES;
        int left = n;
        int i = from;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            long word = UNSAFE.getLong(b, BASE + i);
            long x = (LITTLE_ENDIAN ? word : Long.reverseBytes(word)) ^ pattern;
            long zeros = ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
            int count = Long.bitCount(zeros);
            if (count >= left) {
                for (int skip = 1; skip < left; skip++) {
                    zeros &= zeros - 1;
                }
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            left -= count;
        }
        for (; i < end; i++) {
            if (b[i] == value && --left == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every byte of {@code b[from, end)} is below 0x80 (ASCII); eight bytes per step. */
    public static boolean isAscii(byte[] b, int from, int end) {
        checkRange(b, from, end);
        int i = from;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            if ((UNSAFE.getLong(b, BASE + i) & HIGHS) != 0) {
                return false;
            }
        }
        for (; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first {@code value} in {@code b[from, end)}, or {@code end} if there is none.
     * Reads eight bytes per step: a word XORed with {@code value} in every byte has a zero byte
     * where {@code value} was, and {@code (x - 0x01..) & ~x & 0x80..} sets the high bit of the first
     * zero byte (higher bytes may be false hits after a borrow, which the lowest set bit skips).
     */
    public static int indexOf(byte[] b, int from, int end, byte value) {
        checkRange(b, from, end);
        long pattern = (value & 0xFFL) * ONES;
        int i = from;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            long word = UNSAFE.getLong(b, BASE + i);
            long x = (LITTLE_ENDIAN ? word : Long.reverseBytes(word)) ^ pattern;
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
