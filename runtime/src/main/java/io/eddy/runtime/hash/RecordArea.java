package io.eddy.runtime.hash;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.MemorySegmentSource;
import io.eddy.runtime.memory.RandomAccessInputView;
import io.eddy.runtime.memory.SimpleCollectingOutputView;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The record half of {@link InPlaceMutableHashTable}: an append-only log of serialized records in
 * pages, each record stored as a 4-byte header followed by its bytes and padded to a multiple of 4.
 * The header holds the serialized length; its sign bit marks a stale version (garbage) that a
 * newer copy has replaced. Alignment lets a 32-bit slot reference address 16 GiB (offset / 4) and
 * keeps every header inside one page (pages are powers of two), so headers are read and flipped
 * directly in the page without going through a view.
 *
 * <p>Pages come from the table's free pool through a {@link MemorySegmentSource}; {@link #truncate}
 * and {@link #reset} give them back.
 */
final class RecordArea {

    /** Header bit of a record that has been superseded by a newer copy. */
    private static final int DEAD_FLAG = 0x8000_0000;

    private final int pageSize;
    private final int pageBits;
    private final int pageMask;
    private final List<MemorySegment> pages = new ArrayList<>();
    private final SimpleCollectingOutputView appendView;
    private final RandomAccessInputView readView;
    /** Staging buffer for moving bytes during compaction; read fully before written. */
    private final byte[] moveBuffer;

    RecordArea(int pageSize, MemorySegmentSource source) {
        this.pageSize = pageSize;
        this.pageBits = Integer.numberOfTrailingZeros(pageSize);
        this.pageMask = pageSize - 1;
        this.appendView = new SimpleCollectingOutputView(pages, source, pageSize);
        this.readView = new RandomAccessInputView(pages, pageSize);
        this.moveBuffer = new byte[Math.min(pageSize, 4096)];
    }

    /** Bytes a record of {@code length} serialized bytes occupies, header and padding included. */
    static int storedSize(int length) {
        return (4 + length + 3) & ~3;
    }

    /** The offset the next record goes to; everything before it is records (live or dead). */
    long end() {
        return appendView.getCurrentOffset();
    }

    /**
     * Appends a record whose serialized bytes are {@code bytes[0, length)}; returns its offset, or
     * -1 (with nothing written) if the pool has no page left.
     */
    long append(byte[] bytes, int length) throws IOException {
        long start = appendView.getCurrentOffset();
        try {
            appendView.writeInt(length);
            appendView.write(bytes, 0, length);
            int padding = storedSize(length) - 4 - length;
            if (padding > 0) {
                // never crosses a page: the record started 4-aligned and pages are multiples of 4
                appendView.skipBytesToWrite(padding);
            }
        } catch (EOFException noMemory) {
            appendView.resetTo(start);
            return -1;
        }
        return start;
    }

    /** The raw header of the record at {@code offset}: negative if dead, the length in the low 31 bits. */
    int headerAt(long offset) {
        return pages.get((int) (offset >>> pageBits)).getInt((int) offset & pageMask);
    }

    /** Adds the line of the header at {@code offset} to {@code loads}. */
    void gatherHeader(long offset, GatherLoads loads) {
        loads.addByte(pages.get((int) (offset >>> pageBits)), (int) offset & pageMask);
    }

    static int lengthOf(int header) {
        return header & ~DEAD_FLAG;
    }

    static boolean isLive(int header) {
        return header >= 0;
    }

    /** Marks the record at {@code offset} as a stale version; it stays until compaction. */
    void markDead(long offset) {
        MemorySegment page = pages.get((int) (offset >>> pageBits));
        int position = (int) offset & pageMask;
        page.putInt(position, page.getInt(position) | DEAD_FLAG);
    }

    /** Overwrites the bytes of the record at {@code offset}; the caller checked the length is unchanged. */
    void overwrite(long offset, byte[] bytes, int length) {
        overwrite(offset, 0, bytes, length);
    }

    /**
     * Overwrites {@code length} bytes of the record at {@code offset} from its byte {@code from} on
     * with {@code bytes[from, from + length)}; the caller checked they are within the record.
     */
    void overwrite(long offset, int from, byte[] bytes, int length) {
        long target = offset + 4 + from;
        int done = 0;
        while (done < length) {
            int position = (int) target & pageMask;
            int step = Math.min(length - done, pageSize - position);
            pages.get((int) (target >>> pageBits)).put(position, bytes, from + done, step);
            done += step;
            target += step;
        }
    }

    /** Copies the first {@code length} bytes of the record at {@code offset} into {@code target}. */
    void read(long offset, byte[] target, int length) {
        long source = offset + 4;
        int done = 0;
        while (done < length) {
            int position = (int) source & pageMask;
            int step = Math.min(length - done, pageSize - position);
            pages.get((int) (source >>> pageBits)).get(position, target, done, step);
            done += step;
            source += step;
        }
    }

    /** A view positioned on the bytes of the record at {@code offset}; valid until the next call. */
    DataInputView readerAt(long offset) throws IOException {
        if (((int) offset & pageMask) + 4 < pageSize) {
            readView.setReadPosition(offset + 4);
        } else {
            // the body starts on the next page, which does not exist if the record is empty and last
            readView.setReadPosition(offset);
            readView.skipBytesToRead(4);
        }
        return readView;
    }

    /**
     * Copies {@code length} bytes from {@code from} to {@code to}, where {@code to <= from}: every
     * chunk is read before it is written and chunks advance forwards, so overlap is harmless.
     */
    void moveDown(long from, long to, int length) {
        while (length > 0) {
            int fromPosition = (int) from & pageMask;
            int toPosition = (int) to & pageMask;
            int step = Math.min(Math.min(length, moveBuffer.length),
                    Math.min(pageSize - fromPosition, pageSize - toPosition));
            pages.get((int) (from >>> pageBits)).get(fromPosition, moveBuffer, 0, step);
            pages.get((int) (to >>> pageBits)).put(toPosition, moveBuffer, 0, step);
            from += step;
            to += step;
            length -= step;
        }
    }

    /** Drops everything from {@code newEnd} on and returns the pages no longer needed. */
    void truncate(long newEnd, Consumer<MemorySegment> release) {
        int keep = (int) ((newEnd + pageSize - 1) >>> pageBits);
        while (pages.size() > keep) {
            release.accept(pages.remove(pages.size() - 1));
        }
        appendView.resetTo(newEnd);
    }

    /** Drops every record and returns all pages. */
    void reset(Consumer<MemorySegment> release) {
        truncate(0, release);
    }

}
