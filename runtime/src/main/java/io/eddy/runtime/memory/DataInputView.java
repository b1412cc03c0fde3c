package io.eddy.runtime.memory;

import java.io.DataInput;
import java.io.IOException;

/**
 * A source of serialized bytes that serializers read records from: a byte array, a chain of
 * exchange buffers, a sort buffer's pages or a spill file. Multi-byte values are big-endian, as in
 * {@link DataInput}.
 */
public interface DataInputView extends DataInput {

    /** Skips exactly {@code numBytes} bytes, failing with EOFException when fewer remain. */
    void skipBytesToRead(int numBytes) throws IOException;

    /** Reads up to {@code len} bytes; returns the number read, or -1 at the end of the view. */
    int read(byte[] buffer, int offset, int len) throws IOException;
}
