package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.IntComparator;
import io.eddy.runtime.types.IntSerializer;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.types.TypeSerializerSingleton;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sorting records as bytes: results agree with {@link Collections#sort}, memory is used and returned. */
class NormalizedKeySorterTest {

    private static final int PAGE = 32 * 1024;
    private static final int SMALL_PAGE = 4 * 1024;
    private static final int RECORDS = 100_000;

    private static List<MemorySegment> pages(int count, int size, boolean offHeap) {
        List<MemorySegment> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(offHeap ? MemorySegment.allocateOffHeap(size, null) : MemorySegment.allocateHeap(size));
        }
        return pages;
    }

    /** Writes all records (which must fit), sorts, and returns them as the sorter's iterator yields them. */
    private static <T> List<T> sortAll(NormalizedKeySorter<T> sorter, List<T> records, T reuse) throws IOException {
        for (T record : records) {
            assertTrue(sorter.write(record), "sort memory too small for the test data");
        }
        assertEquals(records.size(), sorter.size());
        sorter.sort();
        List<T> sorted = new ArrayList<>(records.size());
        MutableObjectIterator<T> iterator = sorter.getIterator();
        T record;
        while ((record = iterator.next(reuse)) != null) {
            sorted.add(record);
        }
        return sorted;
    }

    private static <T> void assertSortsLikeJava(TypeSerializer<T> serializer, TypeComparator<T> comparator,
            List<T> records, Comparator<T> expectedOrder, int pages, boolean offHeap) throws IOException {
        List<MemorySegment> memory = pages(pages, PAGE, offHeap);
        NormalizedKeySorter<T> sorter = new NormalizedKeySorter<>(serializer, comparator, memory);
        List<T> actual = sortAll(sorter, records, serializer.createInstance());
        List<T> expected = new ArrayList<>(records);
        expected.sort(expectedOrder);
        assertEquals(expected, actual);
        assertEquals(memory.size(), sorter.dispose().size());
    }

    private static List<Long> randomLongs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> values = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            // a few extremes and many duplicates beside uniformly random values
            values.add(switch (i % 10) {
                case 0 -> Long.MIN_VALUE + random.nextInt(3);
                case 1 -> Long.MAX_VALUE - random.nextInt(3);
                case 2 -> (long) random.nextInt(100) - 50;
                default -> random.nextLong();
            });
        }
        return values;
    }

    private static List<String> randomStrings(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String sharedPrefix = "shared-prefix-20-chr";
        List<String> values = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            StringBuilder s = new StringBuilder();
            switch (i % 5) {
                case 0 -> s.append(sharedPrefix).append(randomChars(random, random.nextInt(0, 200), 'a', 'z'));
                case 1 -> { } // empty string
                case 2 -> s.append(randomChars(random, random.nextInt(1, 12), 0x80, 0xFFFF)); // non-ASCII, surrogates too
                case 3 -> s.append(randomChars(random, random.nextInt(1, 6), 0, 0x7F)); // control chars and \0 included
                default -> s.append(randomChars(random, random.nextInt(1, 40), 'a', 'e'));
            }
            values.add(s.toString());
        }
        return values;
    }

    private static String randomChars(SplittableRandom random, int length, int from, int to) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(from, to + 1);
        }
        return new String(chars);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sortsRandomLongs(boolean offHeap) throws IOException {
        assertSortsLikeJava(LongSerializer.INSTANCE, new LongComparator(true), randomLongs(1),
                Comparator.naturalOrder(), 128, offHeap);
    }

    @Test
    void sortsRandomLongsDescending() throws IOException {
        assertSortsLikeJava(LongSerializer.INSTANCE, new LongComparator(false), randomLongs(2),
                Comparator.reverseOrder(), 128, false);
    }

    @Test
    void sortsRandomIntegersBothWays() throws IOException {
        List<Integer> values = new SplittableRandom(3).ints(RECORDS).boxed().collect(java.util.stream.Collectors.toList());
        values.set(0, Integer.MIN_VALUE);
        values.set(1, Integer.MAX_VALUE);
        assertSortsLikeJava(IntSerializer.INSTANCE, new IntComparator(true), values, Comparator.naturalOrder(), 96, false);
        assertSortsLikeJava(IntSerializer.INSTANCE, new IntComparator(false), values, Comparator.reverseOrder(), 96, true);
    }

    @Test
    void sortsStringsWithSharedPrefixesEmptyAndNonAscii() throws IOException {
        assertSortsLikeJava(StringSerializer.INSTANCE, new StringComparator(true), randomStrings(4),
                Comparator.naturalOrder(), 512, false);
    }

    @Test
    void sortsStringsDescending() throws IOException {
        assertSortsLikeJava(StringSerializer.INSTANCE, new StringComparator(false), randomStrings(5),
                Comparator.reverseOrder(), 512, true);
    }

    @Test
    void shortNormalizedKeyCapFallsBackToRecordComparison() throws IOException {
        // 3 key bytes of a long cannot tell most values apart: the sort must compare the records
        List<MemorySegment> memory = pages(128, PAGE, false);
        NormalizedKeySorter<Long> sorter = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(true), memory, 3);
        assertEquals(3, sorter.getNormalizedKeyBytes());
        List<Long> values = randomLongs(6);
        List<Long> sorted = sortAll(sorter, values, 0L);
        Collections.sort(values);
        assertEquals(values, sorted);
    }

    /** Serializes {@code record} into a fresh view over its bytes; returns the view, its length in {@code length[0]}. */
    private static <T> DataInputDeserializer serialized(TypeSerializer<T> serializer, T record, int[] length) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(32);
        serializer.serialize(record, out);
        length[0] = out.length();
        return new DataInputDeserializer(out.toByteArray());
    }

    @ParameterizedTest(name = "off-heap {0}")
    @ValueSource(booleans = {false, true})
    void recordsWrittenAsBytesSortLikeObjects(boolean offHeap) throws IOException {
        List<String> values = randomStrings(13);
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(false),
                pages(512, PAGE, offHeap));
        assertTrue(sorter.supportsSerializedWrite());
        int[] length = new int[1];
        for (int i = 0; i < values.size(); i++) {
            // every other record as an object: both kinds mix in one buffer
            if (i % 2 == 0) {
                DataInputDeserializer bytes = serialized(StringSerializer.INSTANCE, values.get(i), length);
                assertTrue(sorter.writeSerialized(bytes, length[0]));
                assertEquals(0, bytes.available(), "the whole record is read");
            } else {
                assertTrue(sorter.write(values.get(i)));
            }
        }
        sorter.sort();
        List<String> expected = new ArrayList<>(values);
        expected.sort(Comparator.reverseOrder());
        List<String> actual = new ArrayList<>();
        MutableObjectIterator<String> iterator = sorter.getIterator();
        for (String s = iterator.next(); s != null; s = iterator.next()) {
            actual.add(s);
        }
        assertEquals(expected, actual);
        DataOutputSerializer run = new DataOutputSerializer(1 << 20);
        sorter.writeToOutput(run);
        DataInputDeserializer readBack = new DataInputDeserializer(run.toByteArray());
        for (String value : expected) {
            assertEquals(value, StringSerializer.INSTANCE.deserialize(readBack));
        }
    }

    @Test
    void aRecordAsBytesThatDoesNotFitIsRefusedUnread() throws IOException {
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                pages(4, SMALL_PAGE, false));
        int[] length = new int[1];
        String big = "x".repeat(SMALL_PAGE);
        int accepted = 0;
        while (true) {
            DataInputDeserializer bytes = serialized(StringSerializer.INSTANCE, big.substring(0, 1000 + accepted), length);
            if (!sorter.writeSerialized(bytes, length[0])) {
                assertEquals(length[0], bytes.available(), "a refused record is not read");
                break;
            }
            accepted++;
        }
        assertTrue(accepted >= 2, "accepted " + accepted);
        assertEquals(accepted, sorter.size());
        sorter.sort();
        for (int i = 0; i < accepted; i++) {
            assertEquals(1000 + i, sorter.getRecord(i, null).length());
        }
        sorter.reset();
        DataInputDeserializer tooLarge = serialized(StringSerializer.INSTANCE, big.repeat(4), length);
        IOException e = assertThrows(IOException.class, () -> sorter.writeSerialized(tooLarge, length[0]));
        assertTrue(e.getMessage().contains("does not fit into the empty sorter"), e.getMessage());
    }

    @ParameterizedTest(name = "ascending {0}")
    @ValueSource(booleans = {true, false})
    void radixSortSkipsKeyBytesAllRecordsShareAndKeepsDuplicatesTogether(boolean ascending) throws IOException {
        // small non-negative values: the first five normalized key bytes are the same in every key,
        // and buckets of equal keys are larger than any bucket a comparison would finish
        SplittableRandom random = new SplittableRandom(11);
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            values.add(i % 3 == 0 ? 70_000L : (long) random.nextInt(1 << 17));
        }
        assertSortsLikeJava(LongSerializer.INSTANCE, new LongComparator(ascending), values,
                ascending ? Comparator.naturalOrder() : Comparator.reverseOrder(), 128, false);
    }

    @Test
    void radixSortOfEqualKeysOnly() throws IOException {
        List<Long> values = new ArrayList<>(Collections.nCopies(RECORDS, -42L));
        assertSortsLikeJava(LongSerializer.INSTANCE, new LongComparator(true), values, Comparator.naturalOrder(), 128, false);
    }

    @Test
    void radixSortAgreesWithQuickSortAtEveryBoundary() throws IOException {
        // sizes around the radix threshold and the bucket size finished by comparison
        SplittableRandom random = new SplittableRandom(12);
        for (int size : new int[] {NormalizedKeySorter.RADIX_SORT_MIN_RECORDS - 1, NormalizedKeySorter.RADIX_SORT_MIN_RECORDS,
                NormalizedKeySorter.RADIX_SORT_MIN_RECORDS + 33, 20_000}) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // keys longer than the 16 bytes of the index that differ only after them, and short ones
                values.add(i % 2 == 0 ? "0123456789abcdefgh" + random.nextInt(40) : randomChars(random, random.nextInt(0, 4), 'a', 'c'));
            }
            NormalizedKeySorter<String> radix = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                    pages(64, PAGE, false));
            NormalizedKeySorter<String> quick = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                    pages(64, PAGE, false));
            List<String> expected = new ArrayList<>(values);
            Collections.sort(expected);
            assertEquals(expected, sortAll(radix, values, ""), "size " + size);
            for (String value : values) {
                assertTrue(quick.write(value));
            }
            QuickSort.sort(quick);
            List<String> quicksorted = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                quicksorted.add(quick.getRecord(i, ""));
            }
            assertEquals(expected, quicksorted, "size " + size);
        }
    }

    private static final Comparator<long[]> TWO_FIELDS = Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]);

    private static List<long[]> twoFieldRecords(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // few distinct first fields, so normalized keys tie constantly; an occasional third element
            long[] record = new long[2 + (i % 7 == 0 ? 1 : 0)];
            record[0] = random.nextInt(50) - 25;
            record[1] = random.nextLong();
            records.add(record);
        }
        return records;
    }

    private static List<List<Long>> boxed(List<long[]> records) {
        List<List<Long>> result = new ArrayList<>(records.size());
        for (long[] record : records) {
            List<Long> values = new ArrayList<>();
            for (long v : record) {
                values.add(v);
            }
            result.add(values);
        }
        return result;
    }

    @ParameterizedTest(name = "normalized keys {0}, serialized comparison {1}")
    @org.junit.jupiter.params.provider.CsvSource({"true, true", "true, false", "false, true", "false, false"})
    void compositeKeyWithPrefixNormalizedKeyUsesTheRightFallback(boolean normalizedKeys, boolean serializedComparison)
            throws IOException {
        LongArrayKeyComparator comparator = new LongArrayKeyComparator(2, normalizedKeys, serializedComparison);
        NormalizedKeySorter<long[]> sorter = new NormalizedKeySorter<>(LongPrimitiveArraySerializer.INSTANCE,
                comparator, pages(256, PAGE, false));
        assertEquals(normalizedKeys ? 8 : 0, sorter.getNormalizedKeyBytes());
        List<long[]> records = twoFieldRecords(7, RECORDS);
        List<long[]> sorted = sortAll(sorter, records, new long[0]);
        List<long[]> expected = new ArrayList<>(records);
        expected.sort(TWO_FIELDS);
        assertEquals(boxed(expected), boxed(sorted));

        if (serializedComparison) {
            assertTrue(comparator.serializedComparisons() > 0);
            assertEquals(0, comparator.objectComparisons());
        } else {
            assertTrue(comparator.objectComparisons() > 0);
            assertEquals(0, comparator.serializedComparisons());
        }
    }

    @Test
    void fullNormalizedKeyNeverTouchesTheRecords() throws IOException {
        LongArrayKeyComparator comparator = new LongArrayKeyComparator(1, true, true);
        NormalizedKeySorter<long[]> sorter = new NormalizedKeySorter<>(LongPrimitiveArraySerializer.INSTANCE,
                comparator, pages(256, PAGE, false));
        List<long[]> sorted = sortAll(sorter, twoFieldRecords(8, 20_000), new long[0]);
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1)[0] <= sorted.get(i)[0]);
        }
        assertEquals(0, comparator.serializedComparisons());
        assertEquals(0, comparator.objectComparisons());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void fullSorterRefusesRecordsAndCanBeRefilledAfterReset(boolean offHeap) throws IOException {
        List<MemorySegment> memory = pages(8, SMALL_PAGE, offHeap);
        NormalizedKeySorter<Long> sorter = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(true), memory);
        assertTrue(sorter.isEmpty());
        assertEquals(0, sorter.getOccupancy());

        int capacity = fill(sorter, 1000);
        // 8 pages of 4 KiB at 16 index + 8 record bytes per record, split into whole pages
        assertTrue(capacity >= 1200 && capacity <= 8 * SMALL_PAGE / 24, "capacity " + capacity);
        assertFalse(sorter.write(-5L), "a full sorter stays full");
        assertEquals(capacity, sorter.size());
        assertTrue(sorter.getOccupancy() <= 8L * SMALL_PAGE);
        assertTrue(sorter.getOccupancy() >= 24L * capacity);

        // the refused records left no trace: exactly the accepted ones come back, sorted
        sorter.sort();
        MutableObjectIterator<Long> iterator = sorter.getIterator();
        for (long expected = 1000; expected < 1000 + capacity; expected++) {
            assertEquals(expected, iterator.next(0L));
        }
        assertNull(iterator.next(0L));

        sorter.reset();
        assertTrue(sorter.isEmpty());
        assertEquals(0, sorter.getOccupancy());
        assertNull(sorter.getIterator().next());
        assertEquals(capacity, fill(sorter, 5000), "reset must give all memory back to the sorter");
        sorter.sort();
        assertEquals(5000L, sorter.getRecord(0, 0L));
        assertEquals(5000L + capacity - 1, sorter.getRecord(capacity - 1, 0L));

        Set<MemorySegment> returned = Collections.newSetFromMap(new IdentityHashMap<>());
        returned.addAll(sorter.dispose());
        Set<MemorySegment> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(memory);
        assertEquals(given, returned);
        assertThrows(IllegalStateException.class, () -> sorter.write(1L));
    }

    /** Writes descending values from {@code base + n - 1} down to {@code base} until the sorter is full; returns n. */
    private static int fill(NormalizedKeySorter<Long> sorter, long base) throws IOException {
        // find the capacity with a dry run on the same sorter, then refill in descending order
        int n = 0;
        while (sorter.write(0L)) {
            n++;
        }
        sorter.reset();
        for (int i = n - 1; i >= 0; i--) {
            assertTrue(sorter.write(base + i));
        }
        assertFalse(sorter.write(base));
        return n;
    }

    @Test
    void memoryIsUsedWellBySmallAndLargeRecords() throws IOException {
        int numPages = 64;
        long total = (long) numPages * PAGE;

        NormalizedKeySorter<Long> small = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(true),
                pages(numPages, PAGE, false));
        long value = 0;
        while (small.write(value++)) {
            // fill
        }
        assertTrue(small.getOccupancy() > 0.95 * total, "small records occupy " + small.getOccupancy() + " of " + total);

        NormalizedKeySorter<String> large = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                pages(numPages, PAGE, false));
        String padding = "x".repeat(2000);
        int count = 0;
        while (large.write(count + padding)) {
            count++;
        }
        assertTrue(large.getOccupancy() > 0.95 * total, "large records occupy " + large.getOccupancy() + " of " + total);
        // an index sized for small records would have left far fewer than this
        assertTrue(count > 0.95 * total / 2016, "only " + count + " large records fit");
    }

    @Test
    void recordLargerThanTheSortMemoryFailsClearly() throws IOException {
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                pages(2, SMALL_PAGE, false));
        String huge = "h".repeat(3 * SMALL_PAGE);
        IOException error = assertThrows(IOException.class, () -> sorter.write(huge));
        assertTrue(error.getMessage().contains("larger than the sort memory"), error.getMessage());
        assertTrue(sorter.isEmpty());

        // the sorter is still usable, and with records in it a too large record merely means "full"
        assertTrue(sorter.write("small"));
        assertFalse(sorter.write(huge));
        assertEquals(1, sorter.size());
        assertEquals("small", sorter.getRecord(0, null));
        assertEquals(2, sorter.dispose().size());
    }

    @Test
    void twoPagesHoldOneIndexPageOfRecords() throws IOException {
        NormalizedKeySorter<Long> sorter = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(true),
                pages(2, SMALL_PAGE, false));
        int accepted = 0;
        while (sorter.write((long) accepted)) {
            accepted++;
        }
        // one page of records (8 bytes each), one index page (16 bytes each): the index is the limit
        assertEquals(SMALL_PAGE / 16, accepted);
    }

    @Test
    void writeToOutputCopiesARunThatReadsBackSorted() throws IOException {
        List<String> values = randomStrings(9);
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                pages(512, PAGE, true));
        for (String value : values) {
            assertTrue(sorter.write(value));
        }
        sorter.sort();
        Collections.sort(values);

        DataOutputSerializer run = new DataOutputSerializer(1 << 20);
        sorter.writeToOutput(run);
        DataInputDeserializer in = new DataInputDeserializer(run.getSharedBuffer(), 0, run.length());
        for (String expected : values) {
            assertEquals(expected, StringSerializer.INSTANCE.deserialize(in));
        }
        assertEquals(0, in.available());

        // a slice, as a spiller writing a sorted buffer in parts would request it
        DataOutputSerializer slice = new DataOutputSerializer(1024);
        sorter.writeToOutput(slice, 500, 1000);
        in = new DataInputDeserializer(slice.getSharedBuffer(), 0, slice.length());
        for (int i = 500; i < 1500; i++) {
            assertEquals(values.get(i), StringSerializer.INSTANCE.deserialize(in));
        }
        assertEquals(0, in.available());
        assertThrows(IndexOutOfBoundsException.class, () -> sorter.writeToOutput(slice, values.size() - 1, 2));
        sorter.dispose();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writeToOutputCopiesRecordsAcrossPagesAndLongerThanItsGatherArray(boolean offHeap) throws IOException {
        // small pages, so that many records straddle two or more pages; a few records of 70 000 and
        // 140 000 bytes, longer than the array the copy gathers records in, between short ones
        SplittableRandom random = new SplittableRandom(11);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int length = i % 500 == 7 ? 70_000 * (1 + i % 2) : random.nextInt(0, 3000);
            values.add(randomChars(random, length, 'a', 'z'));
        }
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE, new StringComparator(true),
                pages(2048, SMALL_PAGE, offHeap));
        for (String value : values) {
            assertTrue(sorter.write(value));
        }
        sorter.sort();
        Collections.sort(values);
        for (int[] range : new int[][] {{0, values.size()}, {5, 2000}, {values.size() - 1, 1}, {17, 0}}) {
            DataOutputSerializer run = new DataOutputSerializer(1024);
            sorter.writeToOutput(run, range[0], range[1]);
            DataInputDeserializer in = new DataInputDeserializer(run.getSharedBuffer(), 0, run.length());
            for (String expected : values.subList(range[0], range[0] + range[1])) {
                assertEquals(expected, StringSerializer.INSTANCE.deserialize(in));
            }
            assertEquals(0, in.available(), "records " + range[0] + " + " + range[1]);
        }
        sorter.dispose();
    }

    @Test
    void writeToOutputOfFixedLengthRecords() throws IOException {
        List<Long> values = randomLongs(10);
        NormalizedKeySorter<Long> sorter = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(false),
                pages(128, PAGE, false));
        for (Long value : values) {
            assertTrue(sorter.write(value));
        }
        sorter.sort();
        values.sort(Comparator.reverseOrder());
        DataOutputSerializer run = new DataOutputSerializer(8 * RECORDS);
        sorter.writeToOutput(run);
        assertEquals(8 * RECORDS, run.length());
        DataInputDeserializer in = new DataInputDeserializer(run.getSharedBuffer(), 0, run.length());
        for (Long expected : values) {
            assertEquals(expected, in.readLong());
        }
    }

    @Test
    void worksOnManagedMemoryAndGivesItAllBack() throws Exception {
        MemoryManager memoryManager = new MemoryManager(128L * PAGE, PAGE, true);
        Object owner = new Object();
        List<MemorySegment> memory = memoryManager.allocatePages(owner, 128);
        NormalizedKeySorter<Long> sorter = new NormalizedKeySorter<>(LongSerializer.INSTANCE, new LongComparator(true), memory);
        List<Long> values = randomLongs(11);
        List<Long> sorted = sortAll(sorter, values, 0L);
        Collections.sort(values);
        assertEquals(values, sorted);
        memoryManager.release(sorter.dispose());
        assertTrue(memoryManager.verifyEmpty());
        memoryManager.shutdown();
    }

    /** A serializer of a type with a single value, which takes no bytes at all. */
    private static final class EmptyStringSerializer extends TypeSerializerSingleton<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public String createInstance() {
            return "";
        }

        @Override
        public String copy(String from) {
            return from;
        }

        @Override
        public int getLength() {
            return 0;
        }

        @Override
        public void serialize(String record, DataOutputView target) {
            // nothing to write: there is only one value
        }

        @Override
        public String deserialize(DataInputView source) {
            return "";
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) {
            // nothing to copy
        }
    }

    @Test
    void emptyRecordsAreSortedAndCopied() throws IOException {
        NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(new EmptyStringSerializer(),
                new StringComparator(true), pages(2, SMALL_PAGE, false));
        for (int i = 0; i < 100; i++) {
            assertTrue(sorter.write(""));
        }
        sorter.sort();
        assertEquals(100, drainCount(sorter.getIterator()));
        DataOutputSerializer run = new DataOutputSerializer(16);
        sorter.writeToOutput(run);
        assertEquals(0, run.length());
    }

    private static int drainCount(MutableObjectIterator<String> iterator) throws IOException {
        int count = 0;
        while (iterator.next("") != null) {
            count++;
        }
        return count;
    }

    @Test
    void rejectsUnusableMemory() {
        LongComparator comparator = new LongComparator(true);
        assertThrows(IllegalArgumentException.class,
                () -> new NormalizedKeySorter<>(LongSerializer.INSTANCE, comparator, pages(1, PAGE, false)));
        List<MemorySegment> mixed = pages(2, PAGE, false);
        mixed.add(MemorySegment.allocateHeap(SMALL_PAGE));
        assertThrows(IllegalArgumentException.class, () -> new NormalizedKeySorter<>(LongSerializer.INSTANCE, comparator, mixed));
    }
}
