package io.eddy.runtime.io.disk;

import static io.eddy.runtime.io.disk.SpillTestSupport.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged or cut spill files are reported, never read as data and never waited on. */
class SpillCorruptionTest {

    private static final int PAGE = 4096;
    private static final int LONGS = 5_000;
    private static final Duration NO_HANG = Duration.ofSeconds(5);

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

    /** A file of 10 blocks: 5,000 longs at 510 per block. */
    private FileChannelID writeFile() throws IOException {
        FileChannelID id = ioManager.createChannel();
        ChannelWriterOutputView out = new ChannelWriterOutputView(
                ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>()), segments(2, PAGE, false), PAGE);
        for (long i = 0; i < LONGS; i++) {
            out.writeLong(i);
        }
        out.close();
        assertEquals(10, out.getBlockCount());
        return id;
    }

    /** Reads everything back; returns the exception that ended the reading. */
    private IOException readAll(FileChannelID id, boolean offHeap) {
        return assertTimeoutPreemptively(NO_HANG, () -> {
            ChannelReaderInputView in = new ChannelReaderInputView(
                    ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), segments(3, PAGE, offHeap), true);
            IOException failure = assertThrows(IOException.class, () -> {
                for (long i = 0; i < LONGS; i++) {
                    assertEquals(i, in.readLong());
                }
            });
            assertThrows(IOException.class, in::readLong, "a failed view keeps failing");
            assertEquals(3, in.close().size(), "a failed view still returns its memory");
            assertFalse(id.getPath().exists());
            return failure;
        });
    }

    private static void flipByte(FileChannelID id, long position) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(id.getPath(), "rw")) {
            file.seek(position);
            int b = file.read();
            file.seek(position);
            file.write(b ^ 0x40);
        }
    }

    private static void truncate(FileChannelID id, long length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(id.getPath(), "rw")) {
            file.setLength(length);
        }
    }

    private static SpillCorruptedException assertCorrupted(IOException e, FileChannelID id, long block, String problem) {
        assertTrue(e instanceof SpillCorruptedException, () -> "expected a SpillCorruptedException, got " + e);
        SpillCorruptedException corrupted = (SpillCorruptedException) e;
        assertEquals(id.getPath(), corrupted.getFile());
        assertEquals(block, corrupted.getBlockIndex());
        assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        return corrupted;
    }

    @ParameterizedTest(name = "off-heap {0}")
    @ValueSource(booleans = {false, true})
    void aFlippedPayloadByteFailsTheChecksum(boolean offHeap) throws IOException {
        FileChannelID id = writeFile();
        flipByte(id, 3L * PAGE + 1000);
        assertCorrupted(readAll(id, offHeap), id, 3, "checksum");
    }

    @Test
    void aFlippedHeaderByteIsNoticed() throws IOException {
        FileChannelID magic = writeFile();
        flipByte(magic, 5L * PAGE);
        assertCorrupted(readAll(magic, false), magic, 5, "magic");

        FileChannelID sequence = writeFile();
        flipByte(sequence, 2L * PAGE + 15);
        assertCorrupted(readAll(sequence, false), sequence, 2, "sequence");

        FileChannelID length = writeFile();
        flipByte(length, 4L * PAGE + 5);
        assertCorrupted(readAll(length, false), length, 4, "length");
    }

    @Test
    void blocksInTheWrongOrderAreNoticed() throws IOException {
        FileChannelID id = writeFile();
        byte[] first = new byte[PAGE];
        byte[] second = new byte[PAGE];
        try (RandomAccessFile file = new RandomAccessFile(id.getPath(), "rw")) {
            file.seek(PAGE);
            file.readFully(first);
            file.readFully(second);
            file.seek(PAGE);
            file.write(second);
            file.write(first);
        }
        assertCorrupted(readAll(id, false), id, 1, "sequence number 2 instead of 1");
    }

    @Test
    void aFileCutInsideABlockIsAnError() throws IOException {
        FileChannelID id = writeFile();
        truncate(id, 6L * PAGE + 100);
        IOException e = readAll(id, false);
        assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
    }

    @Test
    void aFileCutAtABlockBoundaryLacksItsLastBlock() throws IOException {
        FileChannelID id = writeFile();
        truncate(id, 7L * PAGE);
        assertCorrupted(readAll(id, true), id, 7, "without a block flagged as last");
    }

    @Test
    void anEmptyFileIsCorrupted() throws IOException {
        FileChannelID id = writeFile();
        truncate(id, 0);
        assertCorrupted(readAll(id, false), id, 0, "without a block flagged as last");
    }
}
