package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.hash.TestComparators.FirstElementComparator;
import io.eddy.runtime.hash.TestComparators.PrefixComparator;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the table against a {@link HashMap} model, when full, under collisions, and its memory accounting. */
class InPlaceMutableHashTableTest {

    private static List<MemorySegment> pages(int count, int size, boolean offHeap) {
        List<MemorySegment> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(offHeap ? MemorySegment.allocateOffHeap(size, null) : MemorySegment.allocateHeap(size));
        }
        return pages;
    }

    /** Closes the table and checks it returned exactly the pages it was given, each once. */
    private static void closeAndCheckPages(InPlaceMutableHashTable<?> table, List<MemorySegment> given) {
        List<MemorySegment> returned = table.close();
        assertEquals(given.size(), returned.size(), "page count");
        Set<MemorySegment> expected = Collections.newSetFromMap(new IdentityHashMap<>());
        expected.addAll(given);
        Set<MemorySegment> actual = Collections.newSetFromMap(new IdentityHashMap<>());
        actual.addAll(returned);
        assertEquals(expected, actual);
    }

    private static Map<Long, long[]> contents(InPlaceMutableHashTable<long[]> table) throws IOException {
        Map<Long, long[]> result = new HashMap<>();
        MutableObjectIterator<long[]> it = table.getEntryIterator();
        for (long[] record = it.next(); record != null; record = it.next()) {
            assertNull(result.put(record[0], record), "key seen twice: " + record[0]);
        }
        return result;
    }

    private static void assertSameContents(Map<Long, long[]> model, InPlaceMutableHashTable<long[]> table) throws IOException {
        assertEquals(model.size(), table.size());
        Map<Long, long[]> actual = contents(table);
        assertEquals(model.keySet(), actual.keySet());
        for (Map.Entry<Long, long[]> e : model.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), () -> "key " + e.getKey());
        }
    }

    private static long[] randomRecord(SplittableRandom random, long key, int maxLength) {
        long[] record = new long[1 + random.nextInt(maxLength)];
        record[0] = key;
        for (int i = 1; i < record.length; i++) {
            record[i] = random.nextLong();
        }
        return record;
    }

    /** Adds element-wise, the longer array's tail kept: the result's length may differ from the aggregate's. */
    private static long[] sum(long[] aggregate, long[] record) {
        long[] result = aggregate.length >= record.length ? aggregate : record.clone();
        long[] other = result == aggregate ? record : aggregate;
        for (int i = 1; i < other.length; i++) {
            result[i] += other[i];
        }
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 200_000})
    void millionRandomOperationsAgreeWithHashMap(int keySpace) throws Exception {
        List<MemorySegment> memory = pages(1024, 32 * 1024, false);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        InPlaceMutableHashTable<long[]>.Prober<long[]> prober =
                table.getProber(comparator.duplicate(), new GenericPairComparator<>(comparator.duplicate(), comparator.duplicate()));
        Map<Long, long[]> model = new HashMap<>();
        SplittableRandom random = new SplittableRandom(keySpace);
        for (int op = 0; op < 1_000_000; op++) {
            long key = random.nextInt(keySpace);
            int kind = random.nextInt(10);
            if (kind < 3) {
                long[] record = randomRecord(random, key, 6);
                assertTrue(table.insertOrReplaceRecord(record));
                model.put(key, record.clone());
            } else if (kind < 6) {
                long[] record = randomRecord(random, key, 6);
                assertTrue(table.reduceOrInsert(record.clone(), InPlaceMutableHashTableTest::sum, null));
                model.merge(key, record, InPlaceMutableHashTableTest::sum);
            } else if (kind < 8) {
                long[] match = prober.getMatchFor(new long[] {key}, null);
                long[] expected = model.get(key);
                if (expected == null) {
                    assertNull(match);
                } else {
                    assertArrayEquals(expected, match);
                    long[] updated = random.nextBoolean() ? match.clone() : randomRecord(random, key, 6);
                    updated[updated.length - 1] ^= 1;
                    if (updated.length == 1) {
                        updated[0] = key;
                    }
                    assertTrue(prober.updateMatch(updated));
                    model.put(key, updated);
                }
            } else {
                long[] match = prober.getMatchFor(new long[] {key}, null);
                long[] expected = model.get(key);
                if (expected == null) {
                    assertNull(match);
                } else {
                    assertArrayEquals(expected, match);
                }
            }
            if (op % 250_000 == 0) {
                assertEquals(model.size(), table.size());
            }
        }
        assertSameContents(model, table);
        closeAndCheckPages(table, memory);
    }

    @Test
    void fullTableReportsFalseChangesNothingAndContinuesAfterReset() throws Exception {
        List<MemorySegment> memory = pages(8, 256, true);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        Map<Long, long[]> model = new HashMap<>();
        Map<Long, long[]> emitted = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        int fullCount = 0;
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(300);
            long[] record = randomRecord(random, key, 4);
            if (!table.reduceOrInsert(record.clone(), InPlaceMutableHashTableTest::sum, null)) {
                fullCount++;
                assertSameContents(model, table);
                // emit like a combiner: drain, reset, retry
                MutableObjectIterator<long[]> it = table.getEntryIterator();
                for (long[] r = it.next(); r != null; r = it.next()) {
                    emitted.merge(r[0], r, InPlaceMutableHashTableTest::sum);
                }
                table.resetToEmpty();
                model.clear();
                assertEquals(0, table.size());
                assertTrue(table.reduceOrInsert(record.clone(), InPlaceMutableHashTableTest::sum, null));
            }
            model.merge(key, record, InPlaceMutableHashTableTest::sum);
        }
        assertTrue(fullCount > 10, "the table should have filled up repeatedly: " + fullCount);
        assertSameContents(model, table);
        closeAndCheckPages(table, memory);
    }

    @Test
    void growingUpdatesAreCompactedBeforeReportingFull() throws Exception {
        List<MemorySegment> memory = pages(16, 1024, false);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        Map<Long, long[]> model = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        int full = 0;
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(60);
            long[] current = model.get(key);
            // grows by one element per update until it wraps: most updates change the length
            int length = current == null || current.length >= 24 ? 1 : current.length + 1;
            long[] record = randomRecord(random, key, 1);
            record = Arrays.copyOf(record, length);
            if (!table.insertOrReplaceRecord(record)) {
                full++;
                assertSameContents(model, table);
                table.resetToEmpty();
                model.clear();
                assertTrue(table.insertOrReplaceRecord(record));
            }
            model.put(key, record);
        }
        assertTrue(table.getCompactionCount() > 10, "compactions: " + table.getCompactionCount());
        // 60 keys of at most 24 longs fit easily once garbage is collected
        assertEquals(0, full);
        assertSameContents(model, table);
        closeAndCheckPages(table, memory);
    }

    @Test
    void updateMatchThroughCompactionKeepsTheMatch() throws Exception {
        List<MemorySegment> memory = pages(8, 512, false);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        InPlaceMutableHashTable<long[]>.Prober<long[]> prober = table.getProber(comparator, new GenericPairComparator<>(comparator, comparator));
        for (long k = 0; k < 20; k++) {
            assertTrue(table.insert(new long[] {k, k}));
        }
        assertNotNull(prober.getMatchFor(new long[] {7}, null));
        long[] last = null;
        for (int i = 0; i < 2_000; i++) {
            last = new long[2 + i % 5];
            last[0] = 7;
            last[1] = i;
            assertTrue(prober.updateMatch(last));
        }
        assertTrue(table.getCompactionCount() > 0);
        assertArrayEquals(last, prober.getMatchFor(new long[] {7}, null));
        assertEquals(20, table.size());
        assertEquals(20, contents(table).size());
        closeAndCheckPages(table, memory);
    }

    @Test
    void constantHashStillFindsEveryKey() throws Exception {
        List<MemorySegment> memory = pages(64, 4096, false);
        FirstElementComparator comparator = new FirstElementComparator(true);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        InPlaceMutableHashTable<long[]>.Prober<long[]> prober = table.getProber(comparator.duplicate(), new GenericPairComparator<>(comparator.duplicate(), comparator.duplicate()));
        Map<Long, long[]> model = new HashMap<>();
        for (long k = 0; k < 2_000; k++) {
            long[] record = {k, k * 3};
            assertTrue(table.insertOrReplaceRecord(record));
            model.put(k, record);
        }
        for (long k = 0; k < 2_000; k += 3) {
            long[] record = {k, -k, k};
            assertTrue(table.insertOrReplaceRecord(record));
            model.put(k, record);
        }
        for (long k = 0; k < 2_000; k++) {
            assertArrayEquals(model.get(k), prober.getMatchFor(new long[] {k}, null));
        }
        assertNull(prober.getMatchFor(new long[] {2_000}, null));
        assertSameContents(model, table);
        closeAndCheckPages(table, memory);
    }

    @Test
    void variableLengthRecordsKeyedOnPrefix() throws Exception {
        List<MemorySegment> memory = pages(32, 4096, false);
        PrefixComparator comparator = new PrefixComparator();
        InPlaceMutableHashTable<String> table = new InPlaceMutableHashTable<>(StringSerializer.INSTANCE, comparator, memory);
        table.open();
        Map<String, String> model = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            String key = "k" + random.nextInt(random.nextBoolean() ? 50 : 2_000);
            StringBuilder payload = new StringBuilder();
            int length = random.nextInt(30);
            for (int c = 0; c < length; c++) {
                payload.append((char) ('a' + random.nextInt(26)));
            }
            String record = key + "|" + payload;
            if (random.nextBoolean()) {
                assertTrue(table.insertOrReplaceRecord(record));
                model.put(key, record);
            } else {
                // concatenation until long, then restart: lengths change with most updates
                RecordReducer<String> append = (agg, rec) -> agg.length() > 60 ? rec : agg + rec.substring(rec.indexOf('|') + 1);
                assertTrue(table.reduceOrInsert(record, append, null));
                model.merge(key, record, (agg, rec) -> agg.length() > 60 ? rec : agg + rec.substring(rec.indexOf('|') + 1));
            }
        }
        assertEquals(model.size(), table.size());
        Map<String, String> actual = new HashMap<>();
        MutableObjectIterator<String> it = table.getEntryIterator();
        for (String s = it.next(); s != null; s = it.next()) {
            assertNull(actual.put(PrefixComparator.keyOf(s), s));
        }
        assertEquals(model, actual);
        closeAndCheckPages(table, memory);
    }

    @Test
    void longRecordsWithCountingReducerAndProbingByAnotherType() throws Exception {
        // 5,000 keys: 60 KB of records plus about 54 KB of slots
        List<MemorySegment> memory = pages(40, 4096, false);
        LongComparator comparator = new LongComparator(true);
        TypeSerializer<Long> serializer = LongSerializer.INSTANCE;
        InPlaceMutableHashTable<Long> table = new InPlaceMutableHashTable<>(serializer, comparator, memory);
        table.open();
        SplittableRandom random = new SplittableRandom(1);
        Set<Long> model = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long value = random.nextInt(5_000);
            assertTrue(table.reduceOrInsert(value, (agg, rec) -> agg, null));
            model.add(value);
        }
        assertEquals(model.size(), table.size());
        Set<Long> seen = new java.util.HashSet<>();
        MutableObjectIterator<Long> it = table.getEntryIterator();
        for (Long v = it.next(); v != null; v = it.next()) {
            assertTrue(seen.add(v));
        }
        assertEquals(model, seen);
        // probe the Long table with long[] records keyed on element 0
        FirstElementComparator probeComparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<Long>.Prober<long[]> prober =
                table.getProber(probeComparator, new GenericPairComparator<>(probeComparator, comparator));
        for (long k = 0; k < 5_000; k++) {
            Long match = prober.getMatchFor(new long[] {k, 99}, null);
            assertEquals(model.contains(k) ? Long.valueOf(k) : null, match);
        }
        closeAndCheckPages(table, memory);
    }

    @Test
    void insertKeepsDuplicates() throws Exception {
        List<MemorySegment> memory = pages(8, 1024, false);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        assertTrue(table.insert(new long[] {1, 10}));
        assertTrue(table.insert(new long[] {1, 20}));
        assertTrue(table.insert(new long[] {2, 30}));
        assertEquals(3, table.size());
        InPlaceMutableHashTable<long[]>.Prober<long[]> prober = table.getProber(comparator, new GenericPairComparator<>(comparator, comparator));
        assertArrayEquals(new long[] {1, 10}, prober.getMatchFor(new long[] {1}, null));
        List<Long> seconds = new ArrayList<>();
        MutableObjectIterator<long[]> it = table.getEntryIterator();
        for (long[] r = it.next(); r != null; r = it.next()) {
            seconds.add(r[1]);
        }
        assertEquals(List.of(10L, 20L, 30L), seconds);
        closeAndCheckPages(table, memory);
    }

    @Test
    void bucketAreaGrowsWithTheEntries() throws Exception {
        List<MemorySegment> memory = pages(256, 1024, false);
        LongComparator comparator = new LongComparator(true);
        InPlaceMutableHashTable<Long> table = new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, comparator, memory);
        table.open();
        int initial = table.getBucketPageCount();
        for (long k = 0; k < 10_000; k++) {
            assertTrue(table.insertOrReplaceRecord(k));
        }
        assertTrue(table.getBucketPageCount() > initial);
        assertEquals(10_000, table.size());
        long occupancy = table.getOccupancy();
        assertEquals((long) table.getBucketPageCount() * 1024 + 10_000 * 12, occupancy);
        table.resetToEmpty();
        assertEquals(0, table.size());
        assertNull(table.getEntryIterator().next());
        assertNull(table.getProber(comparator, new GenericPairComparator<>(comparator, comparator)).getMatchFor(5L, null));
        closeAndCheckPages(table, memory);
    }

    @Test
    void rejectsTooLittleOrIrregularMemoryAndMisuse() throws Exception {
        LongComparator comparator = new LongComparator(true);
        assertThrows(IllegalArgumentException.class,
                () -> new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, comparator, pages(7, 1024, false)));
        assertThrows(IllegalArgumentException.class,
                () -> new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, comparator, pages(8, 1000, false)));
        List<MemorySegment> mixed = pages(8, 1024, false);
        mixed.add(MemorySegment.allocateHeap(2048));
        assertThrows(IllegalArgumentException.class, () -> new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, comparator, mixed));

        List<MemorySegment> memory = pages(8, 1024, false);
        InPlaceMutableHashTable<Long> table = new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, comparator, memory);
        assertThrows(IllegalStateException.class, () -> table.insert(1L));
        table.open();
        InPlaceMutableHashTable<Long>.Prober<Long> prober = table.getProber(comparator, new GenericPairComparator<>(comparator, comparator));
        assertThrows(IllegalStateException.class, () -> prober.updateMatch(1L));
        assertTrue(table.insert(1L));
        assertNull(prober.getMatchFor(2L, null));
        assertThrows(IllegalStateException.class, () -> prober.updateMatch(2L));
        closeAndCheckPages(table, memory);
        assertThrows(IllegalStateException.class, () -> table.insert(1L));
    }

    @Test
    void recordLargerThanAllMemoryIsRejected() throws Exception {
        List<MemorySegment> memory = pages(8, 64, false);
        FirstElementComparator comparator = new FirstElementComparator(false);
        InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE, comparator, memory);
        table.open();
        assertFalse(table.insertOrReplaceRecord(new long[100]));
        assertEquals(0, table.size());
        assertTrue(table.insertOrReplaceRecord(new long[] {1, 2}));
        assertSameContents(Map.of(1L, new long[] {1, 2}), table);
        closeAndCheckPages(table, memory);
    }
}
