package io.eddy.api.fs;

import java.io.IOException;
import java.io.InputStream;

/** An {@link FSDataInputStream} whose reads go to a stream of the underlying file system. */
abstract class WrappingInputStream extends FSDataInputStream {

    private final InputStream in;

    WrappingInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        return in.skip(n);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
