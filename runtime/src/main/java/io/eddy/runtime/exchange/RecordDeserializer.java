package io.eddy.runtime.exchange;

import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import java.util.Arrays;

/**
 * Cuts the data buffers of one channel back into records, the reading half of {@link RecordWriter}'s
 * format: a 4-byte big-endian length, then that many bytes. It does not know the record type: it
 * hands out a view positioned on exactly one record's bytes, and the caller deserializes from it.
 *
 * <p>A record that lies inside the current buffer is read in place. One that continues in the next
 * buffer (a long record, or one that happened to straddle the boundary; even its length may be
 * split) is assembled in a growable scratch array, so only spanning records are copied, in bulk.
 * Each buffer is recycled as soon as it is consumed, so a channel holds at most one buffer.
 */
public final class RecordDeserializer {

    private static final int LENGTH_BYTES = 4;

    private final DataInputDeserializer view = new DataInputDeserializer();
    private Buffer current;
    private byte[] memory;
    private int position;
    private int limit;

    /** Bytes of a spanning record (or of its length field) gathered so far. */
    private byte[] spill = new byte[256];
    private int spillLength;
    /** The spanning record's length once known; -1 while its length field is incomplete. */
    private int spanningRecordLength = -1;
    private boolean spanning;
    /** The length of the record {@link #nextRecord} returned last. */
    private int lastLength;

    /** Hands over the next data buffer of the channel; the previous one must have been consumed. */
    public void setNextBuffer(Buffer buffer) {
        if (current != null) {
            throw new IllegalStateException("previous buffer not consumed");
        }
        current = buffer;
        memory = buffer.segment().getArray();
        position = 0;
        limit = buffer.size();
    }

    /**
     * A view over the next complete record's bytes, or null once the current buffer is used up (it
     * has then been recycled and the next buffer is needed). The view is valid until the next call.
     */
    public DataInputView nextRecord() {
        if (current == null) {
            return null;
        }
        if (spanning) {
            return continueSpanningRecord();
        }
        int remaining = limit - position;
        if (remaining >= LENGTH_BYTES) {
            int length = ByteArrays.getInt(memory, position);
            if (length < 0) {
                throw new IllegalStateException("corrupt record length " + length);
            }
            position += LENGTH_BYTES;
            if (limit - position >= length) {
                view.setBuffer(memory, position, length);
                position += length;
                lastLength = length;
                return view;
            }
            spanning = true;
            spanningRecordLength = length;
            spillLength = 0;
            ensureSpill(length);
            return gatherSpanningBytes();
        }
        if (remaining == 0) {
            return releaseBuffer();
        }
        spanning = true;
        spanningRecordLength = -1;
        spillLength = 0;
        return gatherLengthBytes();
    }

    /** The number of bytes of the record {@link #nextRecord} returned last. */
    public int lastRecordLength() {
        return lastLength;
    }

    /** Whether the channel stopped in the middle of a record; a finished channel must not. */
    public boolean hasPartialRecord() {
        return spanning || (current != null && position < limit);
    }

    /** Gives back the current buffer without reading it (the task failed or was cancelled). */
    public void clear() {
        if (current != null) {
            current.recycle();
        }
        current = null;
        memory = null;
        spanning = false;
    }

    private DataInputView continueSpanningRecord() {
        if (spanningRecordLength < 0) {
            return gatherLengthBytes();
        }
        return gatherSpanningBytes();
    }

    private DataInputView gatherLengthBytes() {
        int n = Math.min(LENGTH_BYTES - spillLength, limit - position);
        System.arraycopy(memory, position, spill, spillLength, n);
        spillLength += n;
        position += n;
        if (spillLength < LENGTH_BYTES) {
            return releaseBuffer();
        }
        int length = ByteArrays.getInt(spill, 0);
        if (length < 0) {
            throw new IllegalStateException("corrupt record length " + length);
        }
        spanningRecordLength = length;
        spillLength = 0;
        ensureSpill(length);
        return gatherSpanningBytes();
    }

    private DataInputView gatherSpanningBytes() {
        int n = Math.min(spanningRecordLength - spillLength, limit - position);
        System.arraycopy(memory, position, spill, spillLength, n);
        spillLength += n;
        position += n;
        if (spillLength < spanningRecordLength) {
            return releaseBuffer();
        }
        spanning = false;
        lastLength = spanningRecordLength;
        view.setBuffer(spill, 0, spanningRecordLength);
        return view;
    }

    private DataInputView releaseBuffer() {
        Buffer done = current;
        current = null;
        memory = null;
        done.recycle();
        return null;
    }

    private void ensureSpill(int length) {
        if (spill.length < length) {
            spill = Arrays.copyOf(spill, Math.max(length, spill.length * 2));
        }
    }
}
