package io.eddy.runtime.memory;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * A {@link DataOutputView} over a growable heap byte array. Used to serialize one record before it
 * is copied into exchange buffers or managed memory, and wherever a record's bytes are needed whole.
 * Not thread-safe; reuse one instance per thread and call {@link #clear()} between records.
 */
public final class DataOutputSerializer implements DataOutputView {

    private byte[] buffer;
    private int position;

    public DataOutputSerializer(int initialSize) {
        this.buffer = new byte[Math.max(16, initialSize)];
    }

    /** The backing array; valid bytes are {@code [0, length())}. */
    public byte[] getSharedBuffer() {
        return buffer;
    }

    public int length() {
        return position;
    }

    public void clear() {
        position = 0;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }

    /** Moves the write position, e.g. back to a length field reserved earlier. */
    public void setPosition(int position) {
        ensureCapacity(position);
        this.position = position;
    }

    private void ensureCapacity(int required) {
        if (required > buffer.length) {
            int newSize = Math.max(required, buffer.length * 2);
            if (newSize < 0) {
                newSize = Integer.MAX_VALUE - 8;
            }
            buffer = Arrays.copyOf(buffer, newSize);
        }
    }

    @Override
    public void write(int b) {
        ensureCapacity(position + 1);
        buffer[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensureCapacity(position + len);
        System.arraycopy(b, off, buffer, position, len);
        position += len;
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        ensureCapacity(position + 2);
        buffer[position] = (byte) (v >>> 8);
        buffer[position + 1] = (byte) v;
        position += 2;
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        ensureCapacity(position + 4);
        ByteArrays.putInt(buffer, position, v);
        position += 4;
    }

    @Override
    public void writeLong(long v) {
        ensureCapacity(position + 8);
        ByteArrays.putLong(buffer, position, v);
        position += 8;
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        int len = s.length();
        ensureCapacity(position + len);
        for (int i = 0; i < len; i++) {
            buffer[position++] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeChars(String s) {
        int len = s.length();
        ensureCapacity(position + 2 * len);
        for (int i = 0; i < len; i++) {
            writeShort(s.charAt(i));
        }
    }

    @Override
    public void writeUTF(String str) throws IOException {
        int utflen = ModifiedUtf8.encodedLength(str);
        ensureCapacity(position + utflen + 2);
        writeShort(utflen);
        position = ModifiedUtf8.encode(str, buffer, position);
    }

    @Override
    public void skipBytesToWrite(int numBytes) {
        ensureCapacity(position + numBytes);
        position += numBytes;
    }

    @Override
    public void write(DataInputView source, int numBytes) throws IOException {
        ensureCapacity(position + numBytes);
        int read = 0;
        while (read < numBytes) {
            int n = source.read(buffer, position + read, numBytes - read);
            if (n < 0) {
                throw new EOFException("source ended after " + read + " of " + numBytes + " bytes");
            }
            read += n;
        }
        position += numBytes;
    }
}
