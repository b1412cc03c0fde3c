package io.eddy.runtime.io.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw block transfers and how their asynchronous errors reach the caller. */
class BlockChannelTest {

    private static final int BLOCK = 4096;
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

    private FileChannelID writeBlocks(int count) throws IOException {
        FileChannelID id = ioManager.createChannel();
        LinkedBlockingQueue<MemorySegment> queue = new LinkedBlockingQueue<>();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(id, queue);
        MemorySegment heap = MemorySegment.allocateHeap(BLOCK);
        MemorySegment offHeap = MemorySegment.allocateOffHeap(BLOCK, "test");
        writer.writeBlock(heap);
        writer.writeBlock(offHeap);
        for (int i = 0; i < count; i++) {
            MemorySegment segment = writer.getNextReturnedBlock();
            segment.putInt(0, i);
            segment.putInt(BLOCK - 4, -i);
            writer.writeBlock(segment);
        }
        writer.getNextReturnedBlock();
        writer.getNextReturnedBlock();
        writer.close();
        assertEquals(count + 2, writer.getBlockCount());
        return id;
    }

    @Test
    void blocksComeBackInOrderAndSeekingWorks() throws IOException {
        FileChannelID id = writeBlocks(6);
        assertEquals((6 + 2) * BLOCK, Files.size(id.getPath().toPath()));
        LinkedBlockingQueue<MemorySegment> queue = new LinkedBlockingQueue<>();
        BlockChannelReader reader = ioManager.createBlockChannelReader(id, queue);
        assertEquals(8L * BLOCK, reader.getSize());
        reader.seekToPosition(2L * BLOCK);
        MemorySegment a = MemorySegment.allocateHeap(BLOCK);
        MemorySegment b = MemorySegment.allocateOffHeap(BLOCK, "test");
        reader.readBlock(a);
        reader.readBlock(b);
        assertSame(a, reader.getNextReturnedBlock());
        assertSame(b, reader.getNextReturnedBlock());
        assertEquals(0, a.getInt(0));
        assertEquals(1, b.getInt(0));
        assertEquals(-1, b.getInt(BLOCK - 4));
        reader.seekToPosition(7L * BLOCK);
        reader.readBlock(a);
        assertEquals(5, reader.getNextReturnedBlock().getInt(0));
        assertEquals(8L * BLOCK, reader.getPosition());
        reader.closeAndDelete();
        assertFalse(id.getPath().exists());
    }

    @Test
    void readingPastTheEndFailsOnThatBlockOnly() throws IOException {
        FileChannelID id = writeBlocks(1);
        BlockChannelReader reader = ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>());
        for (int i = 0; i < 4; i++) {
            reader.readBlock(MemorySegment.allocateHeap(BLOCK));
        }
        assertTimeoutPreemptively(NO_HANG, () -> {
            reader.getNextReturnedBlock();
            reader.getNextReturnedBlock();
            reader.getNextReturnedBlock();
            IOException e = assertThrows(IOException.class, reader::getNextReturnedBlock);
            assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        });
        assertThrows(IOException.class, () -> reader.readBlock(MemorySegment.allocateHeap(BLOCK)), "the error sticks");
        assertThrows(IOException.class, reader::close);
        reader.close();
    }

    @Test
    void aMissingFileIsReportedByTheNextCall() throws IOException {
        FileChannelID id = ioManager.createChannel();
        BlockChannelReader reader = ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>());
        reader.readBlock(MemorySegment.allocateHeap(BLOCK));
        assertTimeoutPreemptively(NO_HANG, () -> {
            IOException e = assertThrows(IOException.class, reader::getNextReturnedBlock);
            assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        });
        assertThrows(IOException.class, () -> reader.readBlock(MemorySegment.allocateHeap(BLOCK)), "the error sticks");
        assertThrows(IOException.class, reader::close);
        assertThrows(IOException.class, () -> new ChannelReaderInputView(
                ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), SpillTestSupport.segments(2, BLOCK, false), true));
    }

    @Test
    void aDirectoryDeletedUnderAWriterIsReportedByTheNextCalls() throws IOException {
        FileChannelID id = ioManager.createChannel();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>());
        Files.delete(id.getPath().getParentFile().toPath());
        MemorySegment segment = MemorySegment.allocateHeap(BLOCK);
        writer.writeBlock(segment);
        assertTimeoutPreemptively(NO_HANG, () -> {
            IOException e = assertThrows(IOException.class, writer::getNextReturnedBlock);
            assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        });
        IOException next = assertThrows(IOException.class, () -> writer.writeBlock(segment));
        assertTrue(next.getMessage().contains(id.toString()), next.getMessage());
        assertThrows(IOException.class, writer::close);
        writer.close();
    }

    @Test
    void aBoundedReturnQueueIsRejected() {
        FileChannelID id = ioManager.createChannel();
        assertThrows(IllegalArgumentException.class, () -> ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>(4)));
        assertThrows(IllegalArgumentException.class, () -> ioManager.createBlockChannelReader(id, new LinkedBlockingQueue<>(4)));
    }

    @Test
    void aWriterViewReportsTheFailureOnClose() throws IOException {
        FileChannelID id = ioManager.createChannel();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(id, new LinkedBlockingQueue<>());
        ChannelWriterOutputView out = new ChannelWriterOutputView(writer, SpillTestSupport.segments(2, BLOCK, true), BLOCK);
        Files.delete(id.getPath().getParentFile().toPath());
        assertTimeoutPreemptively(NO_HANG, () -> {
            try {
                for (int i = 0; i < 10_000; i++) {
                    out.writeLong(i);
                }
            } catch (IOException e) {
                // the failed first write may already surface while later blocks are handed over
                assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
            }
            IOException e = assertThrows(IOException.class, out::close);
            assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        });
        assertThrows(IllegalStateException.class, () -> writer.writeBlock(MemorySegment.allocateHeap(BLOCK)), "the writer is closed");
    }
}
