package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorting more than fits: in memory, one merge level, several levels, and cleanup in every case. */
class ExternalSorterTest {

    private static final int PAGE = 4096;

    @TempDir
    Path tempDir;

    private MemoryManager memory;
    private IOManager io;

    @BeforeEach
    void setUp() throws IOException {
        memory = new MemoryManager(64L * PAGE, PAGE, true);
        io = new IOManager(tempDir.toString());
    }

    @AfterEach
    void tearDown() {
        io.close();
        memory.shutdown();
    }

    private List<File> spillFiles() {
        List<File> files = new ArrayList<>();
        for (File dir : io.getSpillingDirectories()) {
            files.addAll(Arrays.asList(dir.listFiles()));
        }
        return files;
    }

    private static <T> List<T> drain(MutableObjectIterator<T> it) throws IOException {
        List<T> out = new ArrayList<>();
        for (T t = it.next(); t != null; t = it.next()) {
            out.add(t);
        }
        return out;
    }

    private List<Long> sortLongs(List<Long> input, int pages, int fanIn, int[] stats) throws Exception {
        List<MemorySegment> pagesGiven = memory.allocatePages(this, pages);
        ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pagesGiven, io, fanIn);
        try {
            for (Long v : input) {
                sorter.add(v);
            }
            List<Long> out = drain(sorter.sorted());
            stats[0] = sorter.getSpilledRuns();
            stats[1] = sorter.getIntermediateMerges();
            return out;
        } finally {
            List<MemorySegment> back = sorter.close();
            assertEquals(pages, back.size(), "every page comes back");
            memory.release(back);
            assertTrue(memory.verifyEmpty());
            assertTrue(spillFiles().isEmpty(), "spill files left: " + spillFiles());
        }
    }

    private static List<Long> randomLongs(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(random.nextLong(-1_000_000, 1_000_000));
        }
        return values;
    }

    @Test
    void smallInputsSortInMemoryWithoutFiles() throws Exception {
        List<Long> input = randomLongs(1000, 1);
        int[] stats = new int[2];
        List<Long> expected = new ArrayList<>(input);
        Collections.sort(expected);
        assertEquals(expected, sortLongs(input, 16, 128, stats));
        assertEquals(0, stats[0]);
    }

    @Test
    void largeInputsSpillAndMergeInOnePass() throws Exception {
        List<Long> input = randomLongs(200_000, 2);
        int[] stats = new int[2];
        List<Long> expected = new ArrayList<>(input);
        Collections.sort(expected);
        assertEquals(expected, sortLongs(input, 64, 128, stats));
        assertTrue(stats[0] > 1, "runs: " + stats[0]);
        assertEquals(0, stats[1]);
    }

    @Test
    void moreRunsThanTheFanInMergeInSeveralLevels() throws Exception {
        List<Long> input = randomLongs(100_000, 3);
        int[] stats = new int[2];
        List<Long> expected = new ArrayList<>(input);
        Collections.sort(expected);
        // 6 pages: 4 of sort buffer (~1000 longs), ~100 runs, fan-in 4
        assertEquals(expected, sortLongs(input, 6, 4, stats));
        assertTrue(stats[0] > 50, "runs: " + stats[0]);
        assertTrue(stats[1] > 10, "intermediate merges: " + stats[1]);
    }

    @Test
    void variableLengthRecordsAndDuplicates() throws Exception {
        SplittableRandom random = new SplittableRandom(4);
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            input.add("prefix-shared-by-all-" + random.nextInt(500) + "x".repeat(random.nextInt(100)));
        }
        List<MemorySegment> pages = memory.allocatePages(this, 12);
        ExternalSorter<String> sorter = new ExternalSorter<>(StringSerializer.INSTANCE, new StringComparator(false), pages, io, 3);
        for (String s : input) {
            sorter.add(s);
        }
        List<String> out = drain(sorter.sorted());
        input.sort(Collections.reverseOrder());
        assertEquals(input, out);
        assertTrue(sorter.getIntermediateMerges() > 0);
        memory.release(sorter.close());
        assertTrue(spillFiles().isEmpty());
    }

    @Test
    void closingMidwayDeletesRunsAndReturnsPages() throws Exception {
        List<MemorySegment> pages = memory.allocatePages(this, 8);
        ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 4);
        for (Long v : randomLongs(50_000, 5)) {
            sorter.add(v);
        }
        MutableObjectIterator<Long> sorted = sorter.sorted();
        sorted.next();
        assertTrue(!spillFiles().isEmpty());
        List<MemorySegment> back = sorter.close();
        assertEquals(8, back.size());
        memory.release(back);
        assertTrue(spillFiles().isEmpty());
        assertTrue(sorter.close().isEmpty(), "a second close is harmless");
        assertThrows(IllegalStateException.class, () -> sorter.add(1L));
    }

    @Test
    void aCorruptedRunIsReportedNotReadSilently() throws Exception {
        // five pages: one sort buffer, spilled on this thread, so every run is complete when corrupted
        List<MemorySegment> pages = memory.allocatePages(this, 5);
        ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 128);
        for (Long v : randomLongs(20_000, 6)) {
            sorter.add(v);
        }
        // flip a byte in the middle of every run written so far
        for (File f : spillFiles()) {
            byte[] bytes = Files.readAllBytes(f.toPath());
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(f.toPath(), bytes);
        }
        IOException e = assertThrows(IOException.class, () -> drain(sorter.sorted()));
        assertTrue(e.getMessage().contains(tempDir.toString()), e.getMessage());
        memory.release(sorter.close());
        assertTrue(spillFiles().isEmpty());
    }

    @Test
    void tooLittleMemoryIsRejected() throws Exception {
        List<MemorySegment> pages = memory.allocatePages(this, 3);
        assertThrows(IllegalArgumentException.class,
                () -> new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 8));
        memory.release(pages);
    }

    @Test
    void theLastBufferIsMergedFromMemoryNotWritten() throws Exception {
        // 18 pages: two sort buffers of 8 pages (about 1,300 longs each), so 6,000 longs make four
        // runs and a part-filled last buffer, which the 10 free pages can merge beside the runs
        List<MemorySegment> pages = memory.allocatePages(this, 18);
        ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 128);
        List<Long> input = randomLongs(6_000, 7);
        for (Long v : input) {
            sorter.add(v);
        }
        List<Long> out = drain(sorter.sorted());
        List<Long> expected = new ArrayList<>(input);
        Collections.sort(expected);
        assertEquals(expected, out);
        assertTrue(sorter.getSpilledRuns() >= 2, "runs: " + sorter.getSpilledRuns());
        // the runs hold fewer than all 8-byte records: the last buffer's were never written
        long spilled = sorter.getBytesSpilled();
        assertTrue(spilled > 0 && spilled < 8L * input.size(), "bytes spilled: " + spilled);
        List<MemorySegment> back = sorter.close();
        assertEquals(18, back.size());
        memory.release(back);
        assertTrue(spillFiles().isEmpty());
        assertTrue(spillThreads().isEmpty(), "spill thread left: " + spillThreads());
    }

    @Test
    void aFailedSpillFailsTheSorterAndCloseStillReturnsEverything() throws Exception {
        List<MemorySegment> pages = memory.allocatePages(this, 10);
        ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 128);
        // the spill thread cannot create its run file
        for (File dir : io.getSpillingDirectories()) {
            assertTrue(dir.delete(), "could not remove " + dir);
        }
        IOException e = assertThrows(IOException.class, () -> {
            for (Long v : randomLongs(200_000, 8)) {
                sorter.add(v);
            }
            drain(sorter.sorted());
        });
        assertTrue(e.getMessage().contains("spill"), e.getMessage());
        List<MemorySegment> back = sorter.close();
        // the failed run's write buffers stay with the memory manager until the owner's release
        assertTrue(back.size() >= 8, "pages back: " + back.size());
        memory.release(back);
        memory.releaseAll(this);
        assertTrue(memory.verifyEmpty());
        assertTrue(spillThreads().isEmpty(), "spill thread left: " + spillThreads());
    }

    @Test
    void closingWhileSpillingInTheBackgroundStopsTheThreadAndDeletesRuns() throws Exception {
        for (int round = 0; round < 20; round++) {
            List<MemorySegment> pages = memory.allocatePages(this, 10);
            ExternalSorter<Long> sorter = new ExternalSorter<>(LongSerializer.INSTANCE, new LongComparator(true), pages, io, 128);
            for (Long v : randomLongs(5_000 + 1_000 * round, round)) {
                sorter.add(v);
            }
            List<MemorySegment> back = sorter.close();
            assertEquals(10, back.size());
            memory.release(back);
            assertTrue(spillFiles().isEmpty(), "round " + round + ": " + spillFiles());
            assertTrue(spillThreads().isEmpty(), "round " + round + ": " + spillThreads());
        }
        assertTrue(memory.verifyEmpty());
    }

    private static List<Thread> spillThreads() {
        List<Thread> threads = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("Eddy sort spiller") && t.isAlive()) {
                threads.add(t);
            }
        }
        return threads;
    }
}
