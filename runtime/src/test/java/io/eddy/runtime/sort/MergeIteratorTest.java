package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** k-way merging: empty and single inputs, many inputs with duplicates, stability, object ownership. */
class MergeIteratorTest {

    private static MergeIterator<Long> mergeLongs(List<List<Long>> inputs, boolean ascending) throws IOException {
        List<MutableObjectIterator<Long>> iterators = new ArrayList<>();
        for (List<Long> input : inputs) {
            iterators.add(new ListIterator<>(input));
        }
        return new MergeIterator<>(iterators, LongSerializer.INSTANCE, new LongComparator(ascending));
    }

    private static <T> List<T> drain(MutableObjectIterator<T> iterator) throws IOException {
        List<T> result = new ArrayList<>();
        T record;
        while ((record = iterator.next()) != null) {
            result.add(record);
        }
        return result;
    }

    @Test
    void noInputsAndOnlyEmptyInputsGiveNothing() throws IOException {
        assertNull(mergeLongs(List.of(), true).next());
        MergeIterator<Long> merge = mergeLongs(List.of(List.of(), List.of(), List.of()), true);
        assertNull(merge.next(0L));
        assertNull(merge.next());
    }

    @Test
    void oneInputPassesThrough() throws IOException {
        List<Long> input = List.of(-3L, 1L, 1L, 7L, 100L);
        assertEquals(input, drain(mergeLongs(List.of(input), true)));
    }

    @Test
    void tenInputsWithDuplicatesAndEmptyOnesMergeInOrder() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        List<List<Long>> inputs = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Long> input = new ArrayList<>();
            int size = i % 4 == 3 ? 0 : random.nextInt(1, 5000);
            for (int k = 0; k < size; k++) {
                input.add((long) random.nextInt(1000)); // many duplicates within and across inputs
            }
            input.sort(Collections.reverseOrder());
            inputs.add(input);
            all.addAll(input);
        }
        all.sort(Collections.reverseOrder());

        MergeIterator<Long> merge = mergeLongs(inputs, false);
        List<Long> merged = new ArrayList<>();
        Long reuse = 0L;
        while ((reuse = merge.next(reuse)) != null) {
            merged.add(reuse);
        }
        assertEquals(all, merged);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 5, 7, 8, 9, 16, 17, 33})
    void anyNumberOfInputsMergesStablyInLog2KComparisonsPerRecord(int k) throws IOException {
        // records are {key, input, sequence}; inputs of different lengths (some empty) end at different times
        SplittableRandom random = new SplittableRandom(k);
        List<MutableObjectIterator<long[]>> iterators = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        for (int input = 0; input < k; input++) {
            List<long[]> records = new ArrayList<>();
            int size = input % 5 == 4 ? 0 : random.nextInt(1, 2000);
            long key = 0;
            for (int sequence = 0; sequence < size; sequence++) {
                key += random.nextInt(3);
                records.add(new long[] {key, input, sequence});
            }
            all.addAll(records);
            iterators.add(new ListIterator<>(records));
        }
        // a stable sort by key of the inputs' records in input order is what a stable merge gives
        all.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] comparisons = new long[1];
        // without normalized keys every match compares records, so the count is the tournament's
        LongArrayKeyComparator byKey = new LongArrayKeyComparator(1, false, true) {
            @Override
            public int compare(long[] first, long[] second) {
                comparisons[0]++;
                return super.compare(first, second);
            }

            @Override
            public LongArrayKeyComparator duplicate() {
                return this;
            }
        };
        MergeIterator<long[]> merge = new MergeIterator<>(iterators, LongPrimitiveArraySerializer.INSTANCE, byKey);
        List<long[]> merged = drain(merge);
        assertEquals(all.size(), merged.size());
        for (int i = 0; i < all.size(); i++) {
            assertArrayEquals(all.get(i), merged.get(i), "record " + i);
        }
        // building the tree plays k - 1 matches; each record then replays one per level above its leaf
        int depth = 32 - Integer.numberOfLeadingZeros(Math.max(k - 1, 0));
        assertTrue(comparisons[0] <= (long) all.size() * depth + k,
                comparisons[0] + " comparisons for " + all.size() + " records from " + k + " inputs");
    }

    @Test
    void equalKeysComeOutInInputOrder() throws IOException {
        // records are {key, input, sequence}; only the key is compared
        SplittableRandom random = new SplittableRandom(6);
        List<MutableObjectIterator<long[]>> iterators = new ArrayList<>();
        int total = 0;
        for (int input = 0; input < 10; input++) {
            List<long[]> records = new ArrayList<>();
            long key = 0;
            for (int sequence = 0; sequence < 1000; sequence++) {
                key += random.nextInt(3); // runs of equal keys
                records.add(new long[] {key, input, sequence});
            }
            total += records.size();
            iterators.add(new ListIterator<>(records));
        }
        MergeIterator<long[]> merge = new MergeIterator<>(iterators, LongPrimitiveArraySerializer.INSTANCE,
                new LongArrayKeyComparator(1, true, true));

        long[] previous = null;
        int count = 0;
        long[] record = new long[0];
        while ((record = merge.next(record)) != null) {
            if (previous != null) {
                assertTrue(previous[0] <= record[0], "keys out of order");
                if (previous[0] == record[0]) {
                    assertTrue(previous[1] < record[1] || (previous[1] == record[1] && previous[2] < record[2]),
                            "equal keys not in input order: " + previous[1] + "/" + previous[2] + " before " + record[1] + "/" + record[2]);
                }
            }
            previous = record.clone();
            count++;
        }
        assertEquals(total, count);
    }

    @Test
    void normalizedKeysDecideMatchesAndRecordsAreComparedOnlyWhenPrefixesTie() throws IOException {
        // {key, tiebreak, input}: distinct first fields are decided by the normalized key alone; with
        // two key fields the key is a prefix, so equal first fields must compare the records
        for (int keyFields = 1; keyFields <= 2; keyFields++) {
            SplittableRandom random = new SplittableRandom(8);
            List<MutableObjectIterator<long[]>> iterators = new ArrayList<>();
            List<long[]> all = new ArrayList<>();
            for (int input = 0; input < 6; input++) {
                List<long[]> records = new ArrayList<>();
                for (int i = 0; i < 1500; i++) {
                    records.add(new long[] {random.nextLong(-5000, 5000), random.nextLong(-3, 3), input});
                }
                records.sort(keyFields == 1 ? (a, b) -> Long.compare(a[0], b[0])
                        : (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                all.addAll(records);
                iterators.add(new ListIterator<>(records));
            }
            LongArrayKeyComparator comparator = new LongArrayKeyComparator(keyFields, true, true);
            List<long[]> merged = drain(new MergeIterator<>(iterators, LongPrimitiveArraySerializer.INSTANCE, comparator));
            assertEquals(all.size(), merged.size());
            for (int i = 1; i < merged.size(); i++) {
                long[] a = merged.get(i - 1);
                long[] b = merged.get(i);
                assertTrue(a[0] < b[0] || (a[0] == b[0] && (keyFields == 1 ? a[2] <= b[2]
                        : a[1] < b[1] || (a[1] == b[1] && a[2] <= b[2]))), "out of order at " + i);
            }
            if (keyFields == 1) {
                assertEquals(0, comparator.objectComparisons());
            } else {
                assertTrue(comparator.objectComparisons() > 0 && comparator.objectComparisons() < all.size(),
                        comparator.objectComparisons() + " record comparisons");
            }
        }
    }

    @Test
    void stringsSharingTheirFirstEightBytesMergeByTheWholeKeyInEitherOrder() throws IOException {
        for (boolean ascending : new boolean[] {true, false}) {
            SplittableRandom random = new SplittableRandom(9);
            List<MutableObjectIterator<String>> iterators = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (int input = 0; input < 5; input++) {
                List<String> records = new ArrayList<>();
                for (int i = 0; i < 800; i++) {
                    // equal normalized prefixes ("shared-p"), some keys shorter than the prefix
                    records.add(random.nextInt(10) == 0 ? "sh" + random.nextInt(3) : "shared-prefix-" + random.nextInt(300));
                }
                records.sort(ascending ? Comparator.naturalOrder() : Comparator.reverseOrder());
                all.addAll(records);
                iterators.add(new ListIterator<>(records));
            }
            all.sort(ascending ? Comparator.naturalOrder() : Comparator.reverseOrder());
            assertEquals(all, drain(new MergeIterator<>(iterators, StringSerializer.INSTANCE, new StringComparator(ascending))));
        }
    }

    @Test
    void recordsReturnedWithoutReuseStayIntact() throws IOException {
        // each input deserializes into one reused array, like a spilled run's reader does
        List<MutableObjectIterator<long[]>> iterators = new ArrayList<>();
        for (int input = 0; input < 3; input++) {
            int offset = input;
            iterators.add(new MutableObjectIterator<>() {
                private int position;

                @Override
                public long[] next(long[] reuse) {
                    if (position == 100) {
                        return null;
                    }
                    long[] target = reuse != null && reuse.length == 1 ? reuse : new long[1];
                    target[0] = 3L * position++ + offset;
                    return target;
                }

                @Override
                public long[] next() {
                    return next(null);
                }
            });
        }
        MergeIterator<long[]> merge = new MergeIterator<>(iterators, LongPrimitiveArraySerializer.INSTANCE,
                new LongArrayKeyComparator(1, true, true));
        List<long[]> kept = drain(merge);
        assertEquals(300, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertArrayEquals(new long[] {i}, kept.get(i));
        }
    }

    @Test
    void mergesSortedRunsOfSorters() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<NormalizedKeySorter<String>> sorters = new ArrayList<>();
        List<MutableObjectIterator<String>> runs = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            List<MemorySegment> memory = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                memory.add(MemorySegment.allocateHeap(32 * 1024));
            }
            NormalizedKeySorter<String> sorter = new NormalizedKeySorter<>(StringSerializer.INSTANCE,
                    new StringComparator(true), memory);
            for (int i = 0; i < 5000; i++) {
                String value = "key-" + random.nextInt(20_000);
                assertTrue(sorter.write(value));
                all.add(value);
            }
            sorter.sort();
            sorters.add(sorter);
            runs.add(sorter.getIterator());
        }
        Collections.sort(all);
        assertEquals(all, drain(new MergeIterator<>(runs, StringSerializer.INSTANCE, new StringComparator(true))));
        for (NormalizedKeySorter<String> sorter : sorters) {
            assertEquals(16, sorter.dispose().size());
        }
    }
}
