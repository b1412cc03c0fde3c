package io.eddy.runtime.iteration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.hash.TestComparators.FirstElementComparator;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solution set ten times its memory share: built, probed (answers for keys on disk come when the
 * probes are resolved), updated by deltas and read out in full, with the same contents a map would
 * have, every page returned and no file left.
 */
class SolutionSetTest {

    private static final int PAGE_SIZE = 4096;
    private static final int PAGES = 16;
    /** About 32 bytes each in the table (record, length header, slot): 20,000 take ten times 64 KB. */
    private static final int RECORDS = 20_000;

    @TempDir
    Path spillDir;
    private IOManager ioManager;

    @BeforeEach
    void start() throws IOException {
        ioManager = new IOManager(spillDir.toString());
    }

    @AfterEach
    void stop() {
        ioManager.close();
    }

    private SolutionSet newSet(List<MemorySegment> memory) {
        SolutionSet set = new SolutionSet("test", LongPrimitiveArraySerializer.INSTANCE, new FirstElementComparator(false),
                false, ioManager, PAGE_SIZE, 4);
        set.open(memory);
        return set;
    }

    private static List<MemorySegment> pages() {
        List<MemorySegment> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pages.add(MemorySegment.allocateHeap(PAGE_SIZE));
        }
        return pages;
    }

    /** Probes every key and one missing key per 100, returning key → value (absent when not found). */
    private static Map<Long, Long> probeAll(SolutionSet.Lookup lookup, int keys) throws IOException {
        Map<Long, Long> found = new HashMap<>();
        int deferred = 0;
        for (long k = 0; k < keys + keys / 100; k++) {
            long key = k < keys ? k : -k;
            Object entry = lookup.find(new long[] {key});
            if (entry == SolutionSet.Lookup.DEFERRED) {
                deferred++;
            } else if (entry != null) {
                found.put(key, ((long[]) entry)[1]);
            }
        }
        assertTrue(deferred > keys / 2, "most keys are on disk, deferred: " + deferred);
        try (SolutionSet.ResolvedProbes resolved = lookup.resolveDeferred()) {
            while (resolved.next()) {
                long[] entry = (long[]) resolved.entry();
                long key = ((long[]) resolved.probe())[0];
                if (entry != null) {
                    assertEquals(key, entry[0]);
                    found.put(key, entry[1]);
                }
            }
        }
        return found;
    }

    @Test
    void aSetTenTimesItsMemoryIsBuiltProbedUpdatedAndReadOut() throws Exception {
        List<MemorySegment> memory = pages();
        SolutionSet set = newSet(memory);
        Map<Long, Long> expected = new HashMap<>();
        for (long k = 0; k < RECORDS; k++) {
            set.insertOrReplace(new long[] {k, k * 10});
            expected.put(k, k * 10);
        }
        set.markBuilt();
        assertTrue(set.spilledPartitions() >= SolutionSet.PARTITIONS * 7 / 8,
                "at most an eighth of the set fits: " + set.spilledPartitions() + " partitions on disk");

        SolutionSet.Lookup lookup = set.lookup(new FirstElementComparator(false), LongPrimitiveArraySerializer.INSTANCE);
        assertEquals(expected, probeAll(lookup, RECORDS));
        assertTrue(!lookup.hasDeferred());

        // a delta that changes every third key and adds new ones, applied between supersteps
        for (long k = 0; k < RECORDS + 2_000; k += 3) {
            set.addPending(new long[] {k, -k});
            expected.put(k, -k);
        }
        set.applyPending();
        assertEquals(expected, probeAll(lookup, RECORDS + 2_000));

        Map<Long, Long> entries = new HashMap<>();
        for (Iterator<Object> it = set.entries(); it.hasNext(); ) {
            long[] record = (long[]) it.next();
            assertNull(entries.put(record[0], record[1]), "key " + record[0] + " read out twice");
        }
        assertEquals(expected, entries);

        lookup.close();
        List<MemorySegment> returned = set.close();
        assertEquals(PAGES, returned.size());
        try (Stream<Path> files = Files.walk(spillDir)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertTrue(left.isEmpty(), "files left: " + left);
        }
    }

    @Test
    void aSetThatFitsAnswersAtOnceAndNeverTouchesTheDisk() throws Exception {
        SolutionSet set = newSet(pages());
        for (long k = 0; k < 200; k++) {
            set.insertOrReplace(new long[] {k, k});
        }
        set.markBuilt();
        SolutionSet.Lookup lookup = set.lookup(new FirstElementComparator(false), LongPrimitiveArraySerializer.INSTANCE);
        assertArrayEquals(new long[] {7, 7}, (long[]) lookup.find(new long[] {7}));
        assertNull(lookup.find(new long[] {700}));
        assertEquals(0, set.spilledPartitions());
        assertTrue(!lookup.hasDeferred());
        set.close();
    }

    @Test
    void aGroupStagedBehindItsFirstRecordComesBackContiguous() throws Exception {
        SolutionSet set = newSet(pages());
        for (long k = 0; k < RECORDS; k++) {
            set.insertOrReplace(new long[] {k, k});
        }
        set.markBuilt();
        SolutionSet.Lookup lookup = set.lookup(new FirstElementComparator(false), LongPrimitiveArraySerializer.INSTANCE);
        List<Long> deferredKeys = new ArrayList<>();
        for (long k = 0; k < 2_000 && deferredKeys.size() < 50; k++) {
            if (lookup.find(new long[] {k, 0}) == SolutionSet.Lookup.DEFERRED) {
                deferredKeys.add(k);
                for (int i = 1; i < 3; i++) {
                    lookup.defer(new long[] {k, i});
                }
            }
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        long previous = Long.MIN_VALUE;
        try (SolutionSet.ResolvedProbes resolved = lookup.resolveDeferred()) {
            while (resolved.next()) {
                long[] probe = (long[]) resolved.probe();
                if (probe[0] != previous) {
                    assertTrue(!groups.containsKey(probe[0]), "group of key " + probe[0] + " split");
                    previous = probe[0];
                }
                assertEquals(probe[0], ((long[]) resolved.entry())[0]);
                groups.computeIfAbsent(probe[0], k -> new ArrayList<>()).add(probe[1]);
            }
        }
        assertEquals(deferredKeys.size(), groups.size());
        for (long key : deferredKeys) {
            assertEquals(List.of(0L, 1L, 2L), groups.get(key));
        }
        lookup.close();
        set.close();
    }
}
