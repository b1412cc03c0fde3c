package io.eddy.api.fs;

import java.io.IOException;
import java.io.InputStream;

/** A stream over a file that can jump to a position, as Flink's {@code core.fs.FSDataInputStream}. */
public abstract class FSDataInputStream extends InputStream {

    /** Moves to the absolute position {@code desired}; the next read returns the byte there. */
    public abstract void seek(long desired) throws IOException;

    /** The absolute position of the next byte read. */
    public abstract long getPos() throws IOException;
}
