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
    void anyNumberOfInputsMergesStablyInOLogKComparisonsPerRecord(int k) throws IOException {
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
        LongArrayKeyComparator byKey = new LongArrayKeyComparator(1, true, true) {
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
        // a heap sifts down at most ceil(log2 k) levels with two comparisons each
        int depth = 32 - Integer.numberOfLeadingZeros(Math.max(k - 1, 0));
        assertTrue(comparisons[0] <= (long) all.size() * 2 * depth + 2L * k * depth,
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
