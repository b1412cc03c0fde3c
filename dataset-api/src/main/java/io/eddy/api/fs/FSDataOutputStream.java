package io.eddy.api.fs;

import java.io.IOException;
import java.io.OutputStream;

/** A stream writing a new file, as Flink's {@code core.fs.FSDataOutputStream}. */
public abstract class FSDataOutputStream extends OutputStream {

    /** The number of bytes written so far. */
    public abstract long getPos() throws IOException;

    /** Pushes buffered bytes to the file system (they may still be in the operating system's cache). */
    @Override
    public abstract void flush() throws IOException;

    /** Flushes and forces the bytes to durable storage. */
    public abstract void sync() throws IOException;

    @Override
    public abstract void close() throws IOException;
}
