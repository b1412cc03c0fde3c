package io.eddy.runtime.memory;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link DataInputView} over a region of a heap byte array, the reading counterpart of
 * {@link DataOutputSerializer}. {@link #setBuffer} re-points it without allocating, so one instance
 * can read many records.
 */
public final class DataInputDeserializer implements DataInputView {

    private byte[] buffer;
    private int position;
    private int end;

    public DataInputDeserializer() {
        this(new byte[0], 0, 0);
    }

    public DataInputDeserializer(byte[] buffer) {
        this(buffer, 0, buffer.length);
    }

    public DataInputDeserializer(byte[] buffer, int start, int len) {
        setBuffer(buffer, start, len);
    }

    public void setBuffer(byte[] buffer, int start, int len) {
        this.buffer = buffer;
        this.position = start;
        this.end = start + len;
    }

    /** The array this view reads (shared, not a copy): for readers that scan bytes where they lie. */
    public byte[] getBuffer() {
        return buffer;
    }

    public int getPosition() {
        return position;
    }

    public int available() {
        return end - position;
    }

    private void require(int n) throws EOFException {
        if (end - position < n) {
            throw new EOFException("needed " + n + " bytes, " + (end - position) + " remain");
        }
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        require(len);
        System.arraycopy(buffer, position, b, off, len);
        position += len;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= end) {
            return len == 0 ? 0 : -1;
        }
        int n = Math.min(len, end - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public void skipBytesToRead(int numBytes) throws IOException {
        require(numBytes);
        position += numBytes;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        require(1);
        return buffer[position++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        require(2);
        short v = ByteArrays.getShort(buffer, position);
        position += 2;
        return v;
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        require(4);
        int v = ByteArrays.getInt(buffer, position);
        position += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        require(8);
        long v = ByteArrays.getLong(buffer, position);
        position += 8;
        return v;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        if (position >= end) {
            return null;
        }
        int start = position;
        while (position < end && buffer[position] != '\n') {
            position++;
        }
        int stop = position;
        if (position < end) {
            position++;
        }
        if (stop > start && buffer[stop - 1] == '\r') {
            stop--;
        }
        return new String(buffer, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String readUTF() throws IOException {
        int utflen = readUnsignedShort();
        require(utflen);
        String result = ModifiedUtf8.decode(buffer, position, utflen);
        position += utflen;
        return result;
    }
}
