package io.eddy.runtime.memory;

import java.io.DataOutput;
import java.io.IOException;

/**
 * A sink of serialized bytes that serializers write records to: a growable byte array, a chain of
 * exchange buffers, a sort buffer's pages or a spill file. Multi-byte values are big-endian, as in
 * {@link DataOutput}.
 */
public interface DataOutputView extends DataOutput {

    /** Advances the write position by {@code numBytes}, leaving the skipped bytes undefined. */
    void skipBytesToWrite(int numBytes) throws IOException;

    /** Copies exactly {@code numBytes} bytes from {@code source} to this view. */
    void write(DataInputView source, int numBytes) throws IOException;
}
