package io.eddy.runtime.memory;

import java.io.IOException;

/**
 * A {@link DataOutputView} that writes across a sequence of {@link MemorySegment} pages: sort
 * buffers, hash table record areas and spill files are all written through one of these. A subclass
 * decides where the next page comes from ({@link #nextSegment}); a page may start with a header of
 * {@code headerLength} bytes that the view leaves alone (spill blocks keep their length and
 * checksum there).
 *
 * <p>Values never straddle pages in a special way: a multi-byte value that does not fit is written
 * byte by byte across the boundary, so readers see one continuous stream.
 */
public abstract class AbstractPagedOutputView implements DataOutputView {

    private MemorySegment currentSegment;
    private int positionInSegment;
    private final int segmentSize;
    private final int headerLength;
    private byte[] utfBuffer;
    private byte[] copyBuffer;

    /**
     * @param initialSegment the first page, or null if the subclass will call {@link #seekOutput}
     *     before the first write
     */
    protected AbstractPagedOutputView(MemorySegment initialSegment, int segmentSize, int headerLength) {
        if (headerLength >= segmentSize) {
            throw new IllegalArgumentException("header " + headerLength + " does not fit a page of " + segmentSize);
        }
        this.segmentSize = segmentSize;
        this.headerLength = headerLength;
        this.currentSegment = initialSegment;
        this.positionInSegment = headerLength;
    }

    /**
     * Called when the current page is full: hands it over ({@code positionInCurrent} bytes of it are
     * written) and returns the page to continue in. Throws {@link java.io.EOFException} when no
     * more memory may be used; the bytes of the value being written are then only partly there and
     * the caller must discard the record (sorters and hash tables roll back to the record start).
     */
    protected abstract MemorySegment nextSegment(MemorySegment current, int positionInCurrent) throws IOException;

    public MemorySegment getCurrentSegment() {
        return currentSegment;
    }

    public int getCurrentPositionInSegment() {
        return positionInSegment;
    }

    public int getSegmentSize() {
        return segmentSize;
    }

    public int getHeaderLength() {
        return headerLength;
    }

    /** Moves to the next page through {@link #nextSegment}. */
    public void advance() throws IOException {
        currentSegment = nextSegment(currentSegment, positionInSegment);
        positionInSegment = headerLength;
    }

    /** Continues writing in {@code segment} at {@code position}. */
    protected void seekOutput(MemorySegment segment, int position) {
        this.currentSegment = segment;
        this.positionInSegment = position;
    }

    /** Forgets the current page, e.g. after handing the last one over on close. */
    protected void clear() {
        this.currentSegment = null;
        this.positionInSegment = headerLength;
    }

    @Override
    public void write(int b) throws IOException {
        writeByte(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int remaining = segmentSize - positionInSegment;
        if (remaining >= len) {
            currentSegment.put(positionInSegment, b, off, len);
            positionInSegment += len;
            return;
        }
        if (remaining == 0) {
            advance();
            remaining = segmentSize - positionInSegment;
        }
        while (true) {
            int toPut = Math.min(remaining, len);
            currentSegment.put(positionInSegment, b, off, toPut);
            off += toPut;
            len -= toPut;
            if (len == 0) {
                positionInSegment += toPut;
                return;
            }
            positionInSegment = segmentSize;
            advance();
            remaining = segmentSize - positionInSegment;
        }
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        writeByte(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) throws IOException {
        if (positionInSegment < segmentSize) {
            currentSegment.put(positionInSegment++, (byte) v);
        } else {
            advance();
            currentSegment.put(positionInSegment++, (byte) v);
        }
    }

    @Override
    public void writeShort(int v) throws IOException {
        if (positionInSegment <= segmentSize - 2) {
            currentSegment.putShort(positionInSegment, (short) v);
            positionInSegment += 2;
        } else {
            writeByte(v >> 8);
            writeByte(v);
        }
    }

    @Override
    public void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) throws IOException {
        if (positionInSegment <= segmentSize - 4) {
            currentSegment.putInt(positionInSegment, v);
            positionInSegment += 4;
        } else {
            for (int shift = 24; shift >= 0; shift -= 8) {
                writeByte(v >> shift);
            }
        }
    }

    @Override
    public void writeLong(long v) throws IOException {
        if (positionInSegment <= segmentSize - 8) {
            currentSegment.putLong(positionInSegment, v);
            positionInSegment += 8;
        } else {
            for (int shift = 56; shift >= 0; shift -= 8) {
                writeByte((int) (v >> shift));
            }
        }
    }

    @Override
    public void writeFloat(float v) throws IOException {
        writeInt(Float.floatToRawIntBits(v));
    }

    @Override
    public void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToRawLongBits(v));
    }

    @Override
    public void writeBytes(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeByte(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    @Override
    public void writeUTF(String str) throws IOException {
        int utfLength = ModifiedUtf8.encodedLength(str);
        if (utfBuffer == null || utfBuffer.length < utfLength + 2) {
            utfBuffer = new byte[Math.max(utfLength + 2, 64)];
        }
        utfBuffer[0] = (byte) (utfLength >>> 8);
        utfBuffer[1] = (byte) utfLength;
        int end = ModifiedUtf8.encode(str, utfBuffer, 2);
        write(utfBuffer, 0, end);
    }

    @Override
    public void skipBytesToWrite(int numBytes) throws IOException {
        while (numBytes > 0) {
            int remaining = segmentSize - positionInSegment;
            if (remaining == 0) {
                advance();
                continue;
            }
            int step = Math.min(remaining, numBytes);
            positionInSegment += step;
            numBytes -= step;
        }
    }

    @Override
    public void write(DataInputView source, int numBytes) throws IOException {
        if (source instanceof AbstractPagedInputView paged) {
            copyFromPages(paged, numBytes);
            return;
        }
        while (numBytes > 0) {
            int remaining = segmentSize - positionInSegment;
            if (remaining == 0) {
                advance();
                continue;
            }
            int step = Math.min(remaining, numBytes);
            if (currentSegment.isOffHeap()) {
                if (copyBuffer == null) {
                    copyBuffer = new byte[4096];
                }
                step = Math.min(step, copyBuffer.length);
                source.readFully(copyBuffer, 0, step);
                currentSegment.put(positionInSegment, copyBuffer, 0, step);
            } else {
                source.readFully(currentSegment.getArray(), positionInSegment, step);
            }
            positionInSegment += step;
            numBytes -= step;
        }
    }

    /** Copies page to page, with no staging array, whether the pages are on or off the heap. */
    private void copyFromPages(AbstractPagedInputView source, int numBytes) throws IOException {
        while (numBytes > 0) {
            int room = segmentSize - positionInSegment;
            if (room == 0) {
                advance();
                continue;
            }
            int available = source.getCurrentSegmentLimit() - source.getCurrentPositionInSegment();
            if (available == 0) {
                source.advance();
                continue;
            }
            int step = Math.min(numBytes, Math.min(room, available));
            source.getCurrentSegment().copyTo(source.getCurrentPositionInSegment(), currentSegment, positionInSegment, step);
            source.skipBytesToRead(step);
            positionInSegment += step;
            numBytes -= step;
        }
    }
}
