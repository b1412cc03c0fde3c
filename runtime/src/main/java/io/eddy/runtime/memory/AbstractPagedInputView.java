package io.eddy.runtime.memory;

import java.io.EOFException;
import java.io.IOException;

/**
 * A {@link DataInputView} that reads across a sequence of {@link MemorySegment} pages, the
 * counterpart of {@link AbstractPagedOutputView}: sort buffers, hash table record areas and spill
 * files are read through one of these. A subclass says which page follows ({@link #nextSegment})
 * and how many of its bytes are valid ({@link #getLimitForSegment}); each page's first
 * {@code headerLength} bytes are skipped.
 */
public abstract class AbstractPagedInputView implements DataInputView {

    private MemorySegment currentSegment;
    private int positionInSegment;
    private int limitInSegment;
    private final int headerLength;
    private byte[] utfBuffer;

    /**
     * @param initialSegment the first page, or null if the subclass will call {@link #seekInput}
     *     before the first read
     */
    protected AbstractPagedInputView(MemorySegment initialSegment, int initialLimit, int headerLength) {
        this.headerLength = headerLength;
        this.currentSegment = initialSegment;
        this.positionInSegment = headerLength;
        this.limitInSegment = initialLimit;
    }

    /**
     * The page after {@code current}; throws {@link EOFException} at the end of the data. May block
     * (a spill file reader waits for its asynchronous read).
     */
    protected abstract MemorySegment nextSegment(MemorySegment current) throws IOException;

    /** How many bytes of {@code segment} (header included) hold data. */
    protected abstract int getLimitForSegment(MemorySegment segment);

    public MemorySegment getCurrentSegment() {
        return currentSegment;
    }

    public int getCurrentPositionInSegment() {
        return positionInSegment;
    }

    public int getCurrentSegmentLimit() {
        return limitInSegment;
    }

    public int getHeaderLength() {
        return headerLength;
    }

    /** Moves to the next page through {@link #nextSegment}. */
    public void advance() throws IOException {
        MemorySegment next = nextSegment(currentSegment);
        currentSegment = next;
        limitInSegment = getLimitForSegment(next);
        positionInSegment = headerLength;
    }

    /** Continues reading in {@code segment} at {@code position}, up to {@code limit}. */
    protected void seekInput(MemorySegment segment, int position, int limit) {
        this.currentSegment = segment;
        this.positionInSegment = position;
        this.limitInSegment = limit;
    }

    /** Forgets the current page. */
    protected void clear() {
        this.currentSegment = null;
        this.positionInSegment = headerLength;
        this.limitInSegment = headerLength;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int remaining = limitInSegment - positionInSegment;
        if (remaining == 0) {
            try {
                advance();
            } catch (EOFException e) {
                return -1;
            }
            remaining = limitInSegment - positionInSegment;
        }
        int total = 0;
        while (true) {
            int step = Math.min(remaining, len - total);
            currentSegment.get(positionInSegment, b, off + total, step);
            positionInSegment += step;
            total += step;
            if (total == len) {
                return total;
            }
            try {
                advance();
            } catch (EOFException e) {
                return total;
            }
            remaining = limitInSegment - positionInSegment;
        }
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        int read = read(b, off, len);
        if (read < len) {
            throw new EOFException("needed " + len + " bytes, found " + Math.max(read, 0));
        }
    }

    @Override
    public int skipBytes(int n) throws IOException {
        int skipped = 0;
        while (skipped < n) {
            int remaining = limitInSegment - positionInSegment;
            if (remaining == 0) {
                try {
                    advance();
                } catch (EOFException e) {
                    return skipped;
                }
                continue;
            }
            int step = Math.min(remaining, n - skipped);
            positionInSegment += step;
            skipped += step;
        }
        return skipped;
    }

    @Override
    public void skipBytesToRead(int numBytes) throws IOException {
        if (skipBytes(numBytes) < numBytes) {
            throw new EOFException("could not skip " + numBytes + " bytes");
        }
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        if (positionInSegment < limitInSegment) {
            return currentSegment.get(positionInSegment++);
        }
        advance();
        return readByte();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        if (positionInSegment <= limitInSegment - 2) {
            short v = currentSegment.getShort(positionInSegment);
            positionInSegment += 2;
            return v;
        }
        return (short) ((readUnsignedByte() << 8) | readUnsignedByte());
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        if (positionInSegment <= limitInSegment - 4) {
            int v = currentSegment.getInt(positionInSegment);
            positionInSegment += 4;
            return v;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | readUnsignedByte();
        }
        return v;
    }

    @Override
    public long readLong() throws IOException {
        if (positionInSegment <= limitInSegment - 8) {
            long v = currentSegment.getLong(positionInSegment);
            positionInSegment += 8;
            return v;
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | readUnsignedByte();
        }
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
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b;
            try {
                b = readUnsignedByte();
            } catch (EOFException e) {
                return line.length() == 0 ? null : line.toString();
            }
            if (b == '\n') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == '\r') {
                    line.setLength(len - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public String readUTF() throws IOException {
        int utfLength = readUnsignedShort();
        if (utfBuffer == null || utfBuffer.length < utfLength) {
            utfBuffer = new byte[Math.max(utfLength, 64)];
        }
        readFully(utfBuffer, 0, utfLength);
        return ModifiedUtf8.decode(utfBuffer, 0, utfLength);
    }
}
