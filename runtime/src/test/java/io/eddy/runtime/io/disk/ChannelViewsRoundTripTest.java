package io.eddy.runtime.io.disk;

import static io.eddy.runtime.io.disk.SpillTestSupport.segments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte streams written through {@link ChannelWriterOutputView} come back unchanged through {@link ChannelReaderInputView}. */
class ChannelViewsRoundTripTest {

    private static final long TEN_MB = 10L << 20;

    @TempDir
    Path temp;

    private IOManager ioManager;

    @BeforeEach
    void start() throws IOException {
        ioManager = new IOManager(temp.toString());
    }

    @AfterEach
    void stop() {
        ioManager.close();
    }

    @ParameterizedTest(name = "page {0}, off-heap {1}")
    @CsvSource({"4096,false", "4096,true", "32768,false", "32768,true"})
    void tenMegabytesOfMixedValuesSurvive(int pageSize, boolean offHeap) throws IOException {
        FileChannelID id = ioManager.createChannel();
        List<MemorySegment> writeMemory = segments(3, pageSize, offHeap);
        ChannelWriterOutputView out = new ChannelWriterOutputView(
                ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>()), writeMemory, pageSize);
        long records = 0;
        ValueStream written = new ValueStream(pageSize);
        while (out.getBytesWritten() < TEN_MB) {
            written.write(out);
            records++;
        }
        long payload = out.getBytesWritten();
        int blocks = out.getBlockCount() + 1;
        assertSameSegments(writeMemory, out.close());
        assertEquals(payload, out.getBytesWritten());
        assertEquals(blocks, out.getBlockCount());
        assertEquals((long) blocks * pageSize, id.getPath().length(), "every block is one full page on disk");

        List<MemorySegment> readMemory = segments(4, pageSize, offHeap);
        ChannelReaderInputView in = new ChannelReaderInputView(
                ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), readMemory, true);
        ValueStream expected = new ValueStream(pageSize);
        for (long i = 0; i < records; i++) {
            expected.verify(in);
        }
        assertThrows(EOFException.class, in::readByte);
        assertThrows(EOFException.class, in::readByte, "EOF stays EOF");
        assertSameSegments(readMemory, in.close());
        assertFalse(id.getPath().exists(), "the view deletes the file when asked to");
    }

    @Test
    void singleReadSegmentAndBulkReads() throws IOException {
        int pageSize = 4096;
        FileChannelID id = ioManager.createChannel();
        ChannelWriterOutputView out = new ChannelWriterOutputView(
                ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>()), segments(2, pageSize, false), pageSize);
        byte[] data = new byte[100_000];
        new SplittableRandom(3).nextBytes(data);
        out.write(data);
        out.close();

        ChannelReaderInputView in = new ChannelReaderInputView(
                ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), segments(1, pageSize, true), false);
        byte[] back = new byte[data.length + 10];
        int read = 0;
        for (int n; (n = in.read(back, read, 777)) > 0; ) {
            read += n;
        }
        assertEquals(data.length, read);
        assertArrayEquals(data, Arrays.copyOf(back, data.length));
        assertEquals(-1, in.read(back, 0, 1));
        assertEquals(1, in.close().size());
        assertTrue(id.getPath().exists(), "the file is kept unless deletion was asked for");
        assertTrue(in.close().isEmpty(), "a second close returns nothing");
    }

    @Test
    void emptyStreamIsOneLastBlock() throws IOException {
        FileChannelID id = ioManager.createChannel();
        ChannelWriterOutputView out = new ChannelWriterOutputView(
                ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>()), segments(2, 4096, false), 4096);
        out.close();
        assertEquals(4096, id.getPath().length());
        ChannelReaderInputView in = new ChannelReaderInputView(
                ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), segments(2, 4096, false), true);
        assertThrows(EOFException.class, in::readInt);
        assertEquals(2, in.close().size());
    }

    @Test
    void viewsRejectTooLittleOrMismatchedMemory() throws IOException {
        FileChannelID id = ioManager.createChannel();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>());
        assertThrows(IllegalArgumentException.class, () -> new ChannelWriterOutputView(writer, segments(1, 4096, false), 4096));
        assertThrows(IllegalArgumentException.class, () -> new ChannelWriterOutputView(writer, segments(2, 8192, false), 4096));
        writer.close();
        BlockChannelReader reader = ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>());
        assertThrows(IllegalArgumentException.class, () -> new ChannelReaderInputView(reader, List.of(), false));
        reader.closeAndDelete();
    }

    private static void assertSameSegments(List<MemorySegment> given, List<MemorySegment> returned) {
        assertEquals(given.size(), returned.size());
        for (int i = 0; i < given.size(); i++) {
            assertSame(given.get(i), returned.get(i));
        }
    }

    /** Writes and re-checks a deterministic sequence of values of every kind, sized to cross pages. */
    private static final class ValueStream {
        private final SplittableRandom random = new SplittableRandom(42);
        private final byte[] blob;
        private final byte[] readBack;
        private final StringBuilder text = new StringBuilder();

        ValueStream(int pageSize) {
            blob = new byte[2 * pageSize + 17];
            readBack = new byte[blob.length];
        }

        void write(DataOutputView out) throws IOException {
            int kind = random.nextInt(8);
            switch (kind) {
                case 0 -> out.writeInt(random.nextInt());
                case 1 -> out.writeLong(random.nextLong());
                case 2 -> out.writeDouble(random.nextDouble());
                case 3 -> out.writeShort(random.nextInt());
                case 4 -> out.writeByte(random.nextInt());
                case 5 -> out.writeBoolean(random.nextBoolean());
                case 6 -> out.writeUTF(nextText());
                default -> {
                    int length = nextBlob();
                    out.writeInt(length);
                    out.write(blob, 0, length);
                }
            }
        }

        void verify(DataInputView in) throws IOException {
            int kind = random.nextInt(8);
            switch (kind) {
                case 0 -> assertEquals(random.nextInt(), in.readInt());
                case 1 -> assertEquals(random.nextLong(), in.readLong());
                case 2 -> assertEquals(random.nextDouble(), in.readDouble());
                case 3 -> assertEquals((short) random.nextInt(), in.readShort());
                case 4 -> assertEquals((byte) random.nextInt(), in.readByte());
                case 5 -> assertEquals(random.nextBoolean(), in.readBoolean());
                case 6 -> assertEquals(nextText(), in.readUTF());
                default -> {
                    int length = nextBlob();
                    assertEquals(length, in.readInt());
                    in.readFully(readBack, 0, length);
                    assertTrue(Arrays.equals(blob, 0, length, readBack, 0, length), "blob differs");
                }
            }
        }

        private String nextText() {
            text.setLength(0);
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                text.append(pick < 7 ? (char) ('a' + random.nextInt(26)) : pick < 9 ? 'é' : '\u4e2d');
            }
            return text.toString();
        }

        private int nextBlob() {
            int length = random.nextInt(blob.length);
            // fill deterministically from the shared random so writer and reader agree
            for (int i = 0; i < length; i += 8) {
                long v = random.nextLong();
                for (int j = 0; j < 8 && i + j < length; j++) {
                    blob[i + j] = (byte) (v >>> (8 * j));
                }
            }
            return length;
        }
    }
}
