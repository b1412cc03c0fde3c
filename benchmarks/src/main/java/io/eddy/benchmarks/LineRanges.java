package io.eddy.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the lines of one byte range of a file, the way parallel file sources split their input: a
 * range owns every line that starts inside it, so ranges can be read by different threads without
 * coordination and every line is read exactly once.
 */
final class LineRanges {

    /** Receives one line as {@code buffer[from, to)}, without its line break; the buffer is reused. */
    interface LineConsumer {
        void line(byte[] buffer, int from, int to);
    }

    private static final int BUFFER_SIZE = 1 << 20;

    private LineRanges() {
    }

    /** Calls {@code consumer} for each line starting in {@code [start, end)} of {@code file}. */
    static void read(Path file, long start, long end, LineConsumer consumer) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] buffer = new byte[BUFFER_SIZE];
            ByteBuffer wrapper = ByteBuffer.wrap(buffer);
            // a range starting mid-line leaves that line to the previous range
            long position = start == 0 ? 0 : start - 1;
            int filled = 0;
            int lineStart = 0;
            boolean skipping = start > 0;
            long bufferOffset = position;
            while (true) {
                if (filled == buffer.length) {
                    // move the unfinished line to the front; grow if one line fills the buffer
                    int carried = filled - lineStart;
                    if (carried == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                        wrapper = ByteBuffer.wrap(buffer);
                    } else {
                        System.arraycopy(buffer, lineStart, buffer, 0, carried);
                    }
                    bufferOffset += lineStart;
                    filled = carried;
                    lineStart = 0;
                }
                wrapper.limit(buffer.length).position(filled);
                int read = position < size ? channel.read(wrapper, position) : -1;
                if (read <= 0) {
                    if (!skipping && lineStart < filled && bufferOffset + lineStart < end) {
                        consumer.line(buffer, lineStart, filled);
                    }
                    return;
                }
                position += read;
                int scanFrom = filled;
                filled += read;
                for (int i = scanFrom; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        if (skipping) {
                            skipping = false;
                        } else {
                            if (bufferOffset + lineStart >= end) {
                                return;
                            }
                            consumer.line(buffer, lineStart, i);
                        }
                        lineStart = i + 1;
                    }
                }
                if (!skipping && bufferOffset + lineStart >= end) {
                    return;
                }
            }
        }
    }
}
