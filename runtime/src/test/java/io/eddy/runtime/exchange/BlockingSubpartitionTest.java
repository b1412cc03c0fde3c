package io.eddy.runtime.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.io.disk.IOManager;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocking subpartition on its own: nothing is readable before the end of the partition, the
 * producer's single buffer always comes back (so it never waits), data beyond the budget goes to a
 * spill file that is gone after reading or release, and the byte stream and its events come back in
 * order.
 */
@Timeout(60)
class BlockingSubpartitionTest {

    static final int BUFFER_SIZE = 1024;
    static final int BUDGET = 4 * BUFFER_SIZE;

    @TempDir
    Path tempDir;

    private IOManager ioManager;
    /** The producer's pool: one buffer, so a subpartition that kept it would block the next request forever. */
    private final BufferPool producerPool = new BufferPool(1, BUFFER_SIZE);
    private final AtomicInteger notifications = new AtomicInteger();
    private BlockingSubpartition subpartition;

    record MarkerEvent(int number) implements RuntimeEvent {}

    @BeforeEach
    void setUp() throws IOException {
        ioManager = new IOManager(tempDir.toString());
        subpartition = new BlockingSubpartition("test -> 0", ioManager, BUDGET, BUFFER_SIZE, BUFFER_SIZE);
        subpartition.setAvailabilityListener(notifications::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        subpartition.release();
        ioManager.close();
    }

    /** Writes {@code bytes} in buffers of the producer's pool, checking each buffer came back. */
    private void write(byte[] bytes) throws InterruptedException {
        for (int offset = 0; offset < bytes.length; offset += BUFFER_SIZE) {
            Buffer buffer = producerPool.requestBuffer();
            int length = Math.min(BUFFER_SIZE, bytes.length - offset);
            buffer.segment().put(0, bytes, offset, length);
            buffer.setSize(length);
            subpartition.add(buffer);
            assertEquals(0, producerPool.numInUse(), "the subpartition kept the producer's buffer");
        }
    }

    private void endPartition() {
        subpartition.add(Buffer.forEvent(EndOfPartitionEvent.INSTANCE));
    }

    private static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed + (i >>> 10));
        }
        return bytes;
    }

    /** What a consumer reads, in order: byte arrays for runs of data, events as they come. */
    private List<Object> readAll() {
        List<Object> read = new ArrayList<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        boolean more = true;
        while (more) {
            Buffer buffer = subpartition.poll();
            if (buffer.isData()) {
                byte[] bytes = new byte[buffer.size()];
                buffer.segment().get(0, bytes, 0, bytes.length);
                data.writeBytes(bytes);
                buffer.recycle();
            } else {
                if (data.size() > 0) {
                    read.add(data.toByteArray());
                    data.reset();
                }
                read.add(buffer.event());
                more = !(buffer.event() instanceof EndOfPartitionEvent);
            }
            assertEquals(more, subpartition.moreAvailableAfterPoll());
        }
        return read;
    }

    private List<Path> spillFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (File dir : ioManager.getSpillingDirectories()) {
            try (Stream<Path> walk = Files.walk(dir.toPath())) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void nothingIsReadableBeforeTheEndOfThePartition() throws Exception {
        write(pattern(3 * BUFFER_SIZE, 1));
        assertEquals(0, notifications.get());
        assertNull(subpartition.poll());
        assertFalse(subpartition.moreAvailableAfterPoll());

        endPartition();
        assertEquals(1, notifications.get());
        List<Object> read = readAll();
        assertEquals(2, read.size());
        assertArrayEquals(pattern(3 * BUFFER_SIZE, 1), (byte[]) read.get(0));
        assertSame(EndOfPartitionEvent.INSTANCE, read.get(1));
        assertNull(subpartition.poll());
        assertFalse(subpartition.isSpilled());
        assertEquals(0, subpartition.readBuffersInUse());
    }

    @Test
    void aConsumerRegisteringAfterTheEndIsNotifiedAtOnce() throws Exception {
        BlockingSubpartition late = new BlockingSubpartition("late", ioManager, BUDGET, BUFFER_SIZE, BUFFER_SIZE);
        late.add(Buffer.forEvent(EndOfPartitionEvent.INSTANCE));
        AtomicInteger told = new AtomicInteger();
        late.setAvailabilityListener(told::incrementAndGet);
        assertEquals(1, told.get());
        assertSame(EndOfPartitionEvent.INSTANCE, late.poll().event());
        assertFalse(late.moreAvailableAfterPoll());
        late.release();
    }

    @Test
    void dataBeyondTheBudgetSpillsAndTheFileIsGoneOnceRead() throws Exception {
        byte[] data = pattern(2 * 1024 * 1024 + 17, 7);
        write(data);
        assertTrue(subpartition.isSpilled());
        assertEquals(1, spillFiles().size(), "one spill file while the producer writes");
        endPartition();
        assertEquals(1, spillFiles().size(), "the file stays until the consumer read it");

        List<Object> read = readAll();
        assertArrayEquals(data, (byte[]) read.get(0));
        assertEquals(List.of(), spillFiles());
        assertEquals(0, subpartition.readBuffersInUse());
        assertEquals(0, producerPool.numInUse());
    }

    @Test
    void dataWithinTheBudgetNeverTouchesTheDisk() throws Exception {
        write(pattern(BUDGET, 3));
        endPartition();
        assertFalse(subpartition.isSpilled());
        assertEquals(List.of(), spillFiles());
        assertArrayEquals(pattern(BUDGET, 3), (byte[]) readAll().get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {BUFFER_SIZE / 2, 40 * BUFFER_SIZE})
    void eventsKeepTheirPlaceInTheStream(int firstRunLength) throws Exception {
        byte[] first = pattern(firstRunLength, 1);
        byte[] second = pattern(5 * BUFFER_SIZE + 3, 2);
        write(first);
        subpartition.add(Buffer.forEvent(new MarkerEvent(1)));
        subpartition.add(Buffer.forEvent(new MarkerEvent(2)));
        write(second);
        endPartition();
        List<Object> read = readAll();
        assertEquals(5, read.size());
        assertArrayEquals(first, (byte[]) read.get(0));
        assertEquals(new MarkerEvent(1), read.get(1));
        assertEquals(new MarkerEvent(2), read.get(2));
        assertArrayEquals(second, (byte[]) read.get(3));
        assertSame(EndOfPartitionEvent.INSTANCE, read.get(4));
        assertEquals(List.of(), spillFiles());
    }

    @Test
    void releaseWhileTheProducerWritesDeletesTheFileAndDropsLaterData() throws Exception {
        write(pattern(100 * BUFFER_SIZE, 5));
        assertEquals(1, spillFiles().size());
        subpartition.release();
        assertEquals(List.of(), spillFiles());
        write(pattern(10 * BUFFER_SIZE, 5)); // the producer may not know yet; its buffers still come back
        endPartition();
        assertEquals(0, notifications.get());
        assertNull(subpartition.poll());
    }

    @Test
    void releaseWhileTheConsumerReadsDeletesTheFile() throws Exception {
        write(pattern(100 * BUFFER_SIZE, 6));
        endPartition();
        for (int i = 0; i < 10; i++) {
            subpartition.poll().recycle();
        }
        assertEquals(1, spillFiles().size());
        subpartition.release();
        assertEquals(List.of(), spillFiles());
        assertNull(subpartition.poll());
        assertFalse(subpartition.moreAvailableAfterPoll());
    }

    @Test
    void aConsumerHoldingEveryReadBufferIsNotifiedWhenOneComesBack() throws Exception {
        write(pattern(10 * BUFFER_SIZE, 8));
        endPartition();
        assertEquals(1, notifications.get());
        List<Buffer> held = new ArrayList<>();
        for (int i = 0; i < BlockingSubpartition.READ_BUFFERS; i++) {
            held.add(subpartition.poll());
        }
        assertFalse(subpartition.moreAvailableAfterPoll(), "no buffer left to fill");
        assertEquals(1, notifications.get());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Buffer buffer : held) {
            byte[] bytes = new byte[buffer.size()];
            buffer.segment().get(0, bytes, 0, bytes.length);
            all.writeBytes(bytes);
        }
        held.get(0).recycle();
        assertEquals(2, notifications.get(), "the returned buffer makes the channel readable again");
        held.get(1).recycle();
        assertEquals(2, notifications.get(), "one notification per transition");

        for (Object part : readAll()) {
            if (part instanceof byte[] bytes) {
                all.writeBytes(bytes);
            }
        }
        assertArrayEquals(pattern(10 * BUFFER_SIZE, 8), all.toByteArray());
    }
}
