package io.eddy.runtime.io.disk;

import static io.eddy.runtime.io.disk.SpillTestSupport.ioThreads;
import static io.eddy.runtime.io.disk.SpillTestSupport.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.MemorySegment;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories, placement, parallel channels and shutdown of the {@link IOManager}. */
class IOManagerTest {

    @TempDir
    Path temp;

    @Test
    void createsUniqueDirectoriesAndRemovesThemWithItsThreads() throws Exception {
        Set<Thread> before = ioThreads();
        File parent = temp.resolve("not-yet-there").toFile();
        IOManager first = new IOManager(parent.getPath(), temp.toString());
        IOManager second = new IOManager(temp.toString());
        File[] dirs = first.getSpillingDirectories();
        assertEquals(2, dirs.length);
        assertEquals(parent, dirs[0].getParentFile());
        for (File dir : dirs) {
            assertTrue(dir.isDirectory());
            assertTrue(dir.getName().startsWith("eddy-io-"));
        }
        assertNotEquals(dirs[1], second.getSpillingDirectories()[0], "managers sharing a temp dir never clash");

        Set<Thread> started = ioThreads();
        started.removeAll(before);
        assertEquals(3, started.size(), "one I/O thread per directory");
        started.forEach(t -> assertTrue(t.isDaemon()));

        // a leftover file must not keep the directory alive
        FileChannelID id = first.createChannel();
        BlockChannelWriter writer = first.createBlockChannelWriter(id, new LinkedBlockingQueue<>());
        writer.writeBlock(MemorySegment.allocateHeap(4096));
        writer.getNextReturnedBlock();

        first.close();
        first.close();
        second.close();
        assertTrue(first.isClosed());
        for (File dir : dirs) {
            assertFalse(dir.exists(), dir + " was removed");
        }
        assertFalse(second.getSpillingDirectories()[0].exists());
        assertEquals(before, ioThreads(), "no I/O thread outlives close");
        assertThrows(IllegalStateException.class, first::createChannel);
        assertThrows(IOException.class, () -> writer.writeBlock(MemorySegment.allocateHeap(4096)));
        assertThrows(IOException.class, writer::close, "the aborted channel reports the closed manager");
    }

    @Test
    void defaultConstructorUsesTheJavaTempDirectory() throws IOException {
        try (IOManager manager = new IOManager()) {
            File dir = manager.getSpillingDirectories()[0];
            assertEquals(new File(System.getProperty("java.io.tmpdir")).getCanonicalFile(), dir.getParentFile().getCanonicalFile());
        }
    }

    @Test
    void channelsAndEnumeratorsGoRoundRobin() throws IOException {
        try (IOManager manager = new IOManager(temp.resolve("a").toString(), temp.resolve("b").toString())) {
            File[] dirs = manager.getSpillingDirectories();
            Set<FileChannelID> seen = new HashSet<>();
            int previous = -1;
            for (int i = 0; i < 6; i++) {
                FileChannelID id = manager.createChannel();
                assertTrue(seen.add(id), "ids are unique");
                assertEquals(dirs[id.getDirectoryIndex()], id.getPath().getParentFile());
                assertNotEquals(previous, id.getDirectoryIndex(), "consecutive channels alternate directories");
                previous = id.getDirectoryIndex();
            }
            ChannelEnumerator runs = manager.createChannelEnumerator();
            ChannelEnumerator otherRuns = manager.createChannelEnumerator();
            assertNotEquals(runs.getPrefix(), otherRuns.getPrefix());
            FileChannelID a = runs.next();
            FileChannelID b = runs.next();
            FileChannelID c = runs.next();
            for (FileChannelID id : List.of(a, b, c)) {
                assertTrue(id.getPath().getName().startsWith(runs.getPrefix() + "."), id.toString());
                assertTrue(seen.add(id));
                assertEquals(dirs[id.getDirectoryIndex()], id.getPath().getParentFile());
            }
            assertNotEquals(a.getDirectoryIndex(), b.getDirectoryIndex());
            assertEquals(a.getDirectoryIndex(), c.getDirectoryIndex());
            assertEquals(new FileChannelID(a.getPath(), a.getDirectoryIndex()), a);
            assertEquals(a.getPath().toString(), a.toString());
        }
    }

    @Test
    void channelsOnTwoDirectoriesWorkInParallel() throws Exception {
        int pageSize = 4096;
        int channels = 6;
        try (IOManager manager = new IOManager(temp.resolve("a").toString(), temp.resolve("b").toString())) {
            List<FileChannelID> ids = new ArrayList<>();
            for (int i = 0; i < channels; i++) {
                ids.add(manager.createChannel());
            }
            ExecutorService pool = Executors.newFixedThreadPool(channels);
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < channels; i++) {
                    FileChannelID id = ids.get(i);
                    long seed = i;
                    writes.add(pool.submit(() -> {
                        ChannelWriterOutputView out = new ChannelWriterOutputView(
                                manager.createBlockChannelWriter(id, new LinkedBlockingQueue<>()), segments(2, pageSize, seed % 2 == 0), pageSize);
                        for (long v = 0; v < 100_000; v++) {
                            out.writeLong(v * 31 + seed);
                        }
                        return out.close();
                    }));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
                for (File dir : manager.getSpillingDirectories()) {
                    assertEquals(channels / 2, dir.list().length, "files are spread over both directories");
                }
                List<Future<?>> reads = new ArrayList<>();
                for (int i = 0; i < channels; i++) {
                    FileChannelID id = ids.get(i);
                    long seed = i;
                    reads.add(pool.submit(() -> {
                        ChannelReaderInputView in = new ChannelReaderInputView(
                                manager.createBlockChannelReader(id, new LinkedBlockingQueue<>()), segments(3, pageSize, seed % 2 == 1), true);
                        for (long v = 0; v < 100_000; v++) {
                            assertEquals(v * 31 + seed, in.readLong());
                        }
                        assertThrows(EOFException.class, in::readLong);
                        return in.close();
                    }));
                }
                for (Future<?> read : reads) {
                    read.get();
                }
            } finally {
                pool.shutdownNow();
            }
            for (File dir : manager.getSpillingDirectories()) {
                assertEquals(0, dir.list().length, "readers deleted their files");
            }
        }
    }

    @Test
    void deleteChannelAndCloseAndDeleteRemoveFiles() throws IOException {
        try (IOManager manager = new IOManager(temp.toString())) {
            FileChannelID first = manager.createChannel();
            BlockChannelWriter writer = manager.createBlockChannelWriter(first, new LinkedBlockingQueue<>());
            writer.writeBlock(MemorySegment.allocateHeap(4096));
            writer.close();
            assertTrue(first.getPath().isFile());
            manager.deleteChannel(first);
            assertFalse(first.getPath().exists());
            manager.deleteChannel(first);

            FileChannelID second = manager.createChannel();
            BlockChannelWriter other = manager.createBlockChannelWriter(second, new LinkedBlockingQueue<>());
            other.writeBlock(MemorySegment.allocateOffHeap(4096, "test"));
            other.closeAndDelete();
            assertFalse(second.getPath().exists());

            FileChannelID empty = manager.createChannel();
            manager.createBlockChannelWriter(empty, new LinkedBlockingQueue<>()).close();
            assertEquals(0, empty.getPath().length(), "a writer without blocks leaves an empty file");
            BlockChannelReader reader = manager.createBlockChannelReader(empty, new LinkedBlockingQueue<>());
            reader.closeAndDelete();
            assertFalse(empty.getPath().exists());
        }
    }

    @Test
    void closingWithQueuedRequestsHandsEverySegmentBack() throws Exception {
        IOManager manager = new IOManager(temp.toString());
        LinkedBlockingQueue<MemorySegment> returned = new LinkedBlockingQueue<>();
        BlockChannelWriter writer = manager.createBlockChannelWriter(manager.createChannel(), returned);
        int blocks = 200;
        for (int i = 0; i < blocks; i++) {
            writer.writeBlock(MemorySegment.allocateHeap(64 * 1024));
        }
        manager.close();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            int failed = 0;
            for (int i = 0; i < blocks; i++) {
                try {
                    writer.getNextReturnedBlock();
                } catch (IOException e) {
                    failed++;
                }
            }
            assertTrue(returned.isEmpty());
            // the writes that did not run must be reported by close, whether or not a take saw them
            if (failed > 0) {
                assertThrows(IOException.class, writer::close);
            }
        });
        assertThrows(IllegalStateException.class, writer::getNextReturnedBlock, "nothing outstanding: no endless wait");
    }
}
