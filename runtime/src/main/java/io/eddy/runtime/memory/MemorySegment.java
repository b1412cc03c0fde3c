package io.eddy.runtime.memory;

import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.nio.ByteOrder;
import sun.misc.Unsafe;

/**
 * A fixed-size page of memory, on the heap (a byte array) or off it (native memory), that the
 * engine manages itself: exchange buffers, sort buffers, hash tables and spill blocks are made of
 * these. One final class serves both kinds so the JIT sees a single implementation and inlines
 * every access; multi-byte accessors are big-endian so bytes compare the same way everywhere
 * (normalized keys are compared with {@link #compare}). Bounds are checked once per access against
 * the segment's size; a freed segment fails every access instead of touching released memory.
 */
public final class MemorySegment {

    static final Unsafe UNSAFE = loadUnsafe();
    private static final long BYTE_ARRAY_BASE = UNSAFE.arrayBaseOffset(byte[].class);
    /** Frees native memory of segments that become unreachable without {@link #free()}. */
    private static final Cleaner CLEANER = Cleaner.create();
    static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** The heap array, or null for off-heap memory. */
    private final byte[] heapMemory;
    /** Frees the native memory exactly once; null on the heap. */
    private Cleaner.Cleanable nativeMemory;
    private long address;
    private final long addressLimit;
    private final int size;
    private final Object owner;

    private MemorySegment(byte[] heap, long address, int size, Object owner) {
        this.heapMemory = heap;
        this.address = address;
        this.size = size;
        this.addressLimit = address + size;
        this.owner = owner;
    }

    /** A segment over a new heap array of {@code size} bytes. */
    public static MemorySegment allocateHeap(int size) {
        return wrap(new byte[size]);
    }

    /** A segment over an existing heap array; the array is shared, not copied. */
    public static MemorySegment wrap(byte[] array) {
        return new MemorySegment(array, BYTE_ARRAY_BASE, array.length, null);
    }

    /**
     * A segment over new native memory of {@code size} bytes, owned by {@code owner}. The memory is
     * not zeroed (the operating system commits it when it is first written), and it does not count
     * against the JVM's direct memory limit: the memory manager's budget is the limit. It is freed by
     * {@link #free()}, or when the segment is collected if nobody freed it.
     */
    public static MemorySegment allocateOffHeap(int size, Object owner) {
        long addr = UNSAFE.allocateMemory(size);
        MemorySegment segment = new MemorySegment(null, addr, size, owner);
        segment.nativeMemory = CLEANER.register(segment, () -> UNSAFE.freeMemory(addr));
        return segment;
    }

    public int size() {
        return size;
    }

    public boolean isOffHeap() {
        return heapMemory == null;
    }

    public boolean isFreed() {
        return address > addressLimit;
    }

    /** The heap array behind this segment; fails for off-heap segments. */
    public byte[] getArray() {
        if (heapMemory == null) {
            throw new IllegalStateException("off-heap segment has no array");
        }
        return heapMemory;
    }

    /** Whoever the segment was allocated for (a task, an operator), for leak reports. */
    public Object getOwner() {
        return owner;
    }

    /**
     * Releases the segment: later accesses fail, and native memory is returned to the operating
     * system at once. The caller must be the segment's last user (the memory manager frees a page
     * only when no operator holds it).
     */
    public void free() {
        address = addressLimit + 1;
        if (nativeMemory != null) {
            nativeMemory.clean();
        }
    }

    /** The heap array, or null off-heap: with {@link #at} the base and offset of an {@code Unsafe} access. */
    Object heapBase() {
        return heapMemory;
    }

    long at(int index, int len) {
        long pos = address + index;
        if (index < 0 || pos > addressLimit - len) {
            throw outOfBounds(index, len);
        }
        return pos;
    }

    private IndexOutOfBoundsException outOfBounds(int index, int len) {
        if (isFreed()) {
            return new IndexOutOfBoundsException("segment was freed");
        }
        return new IndexOutOfBoundsException("index " + index + " length " + len + " size " + size);
    }

    public byte get(int index) {
        return UNSAFE.getByte(heapMemory, at(index, 1));
    }

    public void put(int index, byte b) {
        UNSAFE.putByte(heapMemory, at(index, 1), b);
    }

    public void get(int index, byte[] dst, int offset, int length) {
        if ((offset | length | (offset + length) | (dst.length - (offset + length))) < 0) {
            throw new IndexOutOfBoundsException();
        }
        UNSAFE.copyMemory(heapMemory, at(index, length), dst, BYTE_ARRAY_BASE + offset, length);
    }

    public void put(int index, byte[] src, int offset, int length) {
        if ((offset | length | (offset + length) | (src.length - (offset + length))) < 0) {
            throw new IndexOutOfBoundsException();
        }
        UNSAFE.copyMemory(src, BYTE_ARRAY_BASE + offset, heapMemory, at(index, length), length);
    }

    public boolean getBoolean(int index) {
        return get(index) != 0;
    }

    public void putBoolean(int index, boolean value) {
        put(index, (byte) (value ? 1 : 0));
    }

    public short getShort(int index) {
        short v = UNSAFE.getShort(heapMemory, at(index, 2));
        return LITTLE_ENDIAN ? Short.reverseBytes(v) : v;
    }

    public void putShort(int index, short value) {
        UNSAFE.putShort(heapMemory, at(index, 2), LITTLE_ENDIAN ? Short.reverseBytes(value) : value);
    }

    public char getChar(int index) {
        return (char) getShort(index);
    }

    public void putChar(int index, char value) {
        putShort(index, (short) value);
    }

    public int getInt(int index) {
        int v = UNSAFE.getInt(heapMemory, at(index, 4));
        return LITTLE_ENDIAN ? Integer.reverseBytes(v) : v;
    }

    public void putInt(int index, int value) {
        UNSAFE.putInt(heapMemory, at(index, 4), LITTLE_ENDIAN ? Integer.reverseBytes(value) : value);
    }

    public long getLong(int index) {
        long v = UNSAFE.getLong(heapMemory, at(index, 8));
        return LITTLE_ENDIAN ? Long.reverseBytes(v) : v;
    }

    public void putLong(int index, long value) {
        UNSAFE.putLong(heapMemory, at(index, 8), LITTLE_ENDIAN ? Long.reverseBytes(value) : value);
    }

    /** Reads a long in native byte order: for hashing and copying, not for comparing. */
    public long getLongNative(int index) {
        return UNSAFE.getLong(heapMemory, at(index, 8));
    }

    public float getFloat(int index) {
        return Float.intBitsToFloat(getInt(index));
    }

    public void putFloat(int index, float value) {
        putInt(index, Float.floatToRawIntBits(value));
    }

    public double getDouble(int index) {
        return Double.longBitsToDouble(getLong(index));
    }

    public void putDouble(int index, double value) {
        putLong(index, Double.doubleToRawLongBits(value));
    }

    /** Whether the {@code length} bytes at {@code offset} equal {@code bytes[from, from + length)}; eight at a time. */
    public boolean equalTo(int offset, byte[] bytes, int from, int length) {
        if ((from | length | (from + length) | (bytes.length - (from + length))) < 0) {
            throw new IndexOutOfBoundsException();
        }
        long a = at(offset, length);
        long b = BYTE_ARRAY_BASE + from;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if (UNSAFE.getLong(heapMemory, a + i) != UNSAFE.getLong(bytes, b + i)) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (UNSAFE.getByte(heapMemory, a + i) != UNSAFE.getByte(bytes, b + i)) {
                return false;
            }
        }
        return true;
    }

    /** Sets the {@code length} bytes at {@code offset} to zero. */
    public void clear(int offset, int length) {
        UNSAFE.setMemory(heapMemory, at(offset, length), length, (byte) 0);
    }

    /** Copies {@code length} bytes to {@code target} at {@code targetOffset}. */
    public void copyTo(int offset, MemorySegment target, int targetOffset, int length) {
        UNSAFE.copyMemory(heapMemory, at(offset, length), target.heapMemory, target.at(targetOffset, length), length);
    }

    /**
     * Compares {@code len} bytes of this segment at {@code offset1} with {@code other} at
     * {@code offset2} as unsigned bytes, eight at a time: how sorters compare normalized keys.
     */
    public int compare(MemorySegment other, int offset1, int offset2, int len) {
        long a = at(offset1, len);
        long b = other.at(offset2, len);
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long x = UNSAFE.getLong(heapMemory, a + i);
            long y = UNSAFE.getLong(other.heapMemory, b + i);
            if (x != y) {
                if (LITTLE_ENDIAN) {
                    x = Long.reverseBytes(x);
                    y = Long.reverseBytes(y);
                }
                return Long.compareUnsigned(x, y);
            }
        }
        for (; i < len; i++) {
            int x = UNSAFE.getByte(heapMemory, a + i) & 0xff;
            int y = UNSAFE.getByte(other.heapMemory, b + i) & 0xff;
            if (x != y) {
                return x - y;
            }
        }
        return 0;
    }

    /** Swaps {@code len} bytes between this segment and {@code other}, using {@code temp} as scratch. */
    public void swapBytes(byte[] temp, MemorySegment other, int offset1, int offset2, int len) {
        get(offset1, temp, 0, len);
        other.copyTo(offset2, this, offset1, len);
        other.put(offset2, temp, 0, len);
    }

    private static Unsafe loadUnsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
