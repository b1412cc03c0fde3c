package io.eddy.runtime.sort;

import io.eddy.runtime.memory.AbstractPagedOutputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * A manual measurement, not a test: write + sort + iterate throughput of {@link NormalizedKeySorter}
 * for 10M random longs and 2M random 100-character strings (keys 8 bytes into the index, so most
 * string comparisons are decided there). Run with
 * {@code java -Xmx2g -cp runtime/target/classes:runtime/target/test-classes:<slf4j-api.jar>
 * io.eddy.runtime.sort.SortThroughput [longs] [strings]}; {@code -Dquicksort=true} bypasses the radix sort.
 */
public final class SortThroughput {

    private static final int PAGE = 32 * 1024;

    /** {@code -Dquicksort=true} sorts by comparison only, to measure what the radix sort gains. */
    private static final boolean QUICKSORT_ONLY = Boolean.getBoolean("quicksort");

    private SortThroughput() {}

    public static void main(String[] args) throws IOException {
        int longs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int strings = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 3; round++) {
            measure("Long", longs, 25L * longs, LongSerializer.INSTANCE, new LongComparator(true), i -> random.nextLong());
        }
        char[] chars = new char[100];
        for (int round = 0; round < 2; round++) {
            measure("String(100)", strings, 120L * strings, StringSerializer.INSTANCE, new StringComparator(true), i -> {
                for (int c = 0; c < chars.length; c++) {
                    chars[c] = (char) ('a' + random.nextInt(26));
                }
                return new String(chars);
            });
        }
    }

    private static <T> void measure(String name, int count, long memoryBytes, TypeSerializer<T> serializer,
            TypeComparator<T> comparator, LongFunction<T> generator) throws IOException {
        List<T> input = new ArrayList<>(Math.min(count, 1 << 16));
        List<MemorySegment> memory = new ArrayList<>();
        for (long b = 0; b < memoryBytes; b += PAGE) {
            memory.add(MemorySegment.allocateHeap(PAGE));
        }
        NormalizedKeySorter<T> sorter = new NormalizedKeySorter<>(serializer, comparator, memory);

        long generateNanos = 0;
        long writeNanos = 0;
        for (int written = 0; written < count; ) {
            int batch = Math.min(1 << 16, count - written);
            long t0 = System.nanoTime();
            input.clear();
            for (int i = 0; i < batch; i++) {
                input.add(generator.apply(i));
            }
            long t1 = System.nanoTime();
            for (T record : input) {
                if (!sorter.write(record)) {
                    throw new IllegalStateException("sort memory too small");
                }
            }
            writeNanos += System.nanoTime() - t1;
            generateNanos += t1 - t0;
            written += batch;
        }
        long t2 = System.nanoTime();
        if (QUICKSORT_ONLY) {
            QuickSort.sort(sorter);
        } else {
            sorter.sort();
        }
        long t3 = System.nanoTime();
        MutableObjectIterator<T> iterator = sorter.getIterator();
        T reuse = serializer.createInstance();
        long checksum = 0;
        T record;
        while ((record = iterator.next(reuse)) != null) {
            checksum += record.hashCode();
            reuse = record;
        }
        long t4 = System.nanoTime();
        // what a spill does with the sorted buffer: copy every record, in sorted order, to pages
        MemorySegment[] spillPages = {MemorySegment.allocateHeap(PAGE), MemorySegment.allocateHeap(PAGE)};
        AbstractPagedOutputView spill = new AbstractPagedOutputView(spillPages[0], PAGE, 0) {
            private int next;

            @Override
            protected MemorySegment nextSegment(MemorySegment current, int positionInCurrent) {
                return spillPages[next++ & 1];
            }
        };
        sorter.writeToOutput(spill);
        long t5 = System.nanoTime();
        long total = writeNanos + (t4 - t2);
        System.out.printf("%-12s %,d records: write %d ms, sort %d ms, iterate %d ms, spill copy %d ms => %,.0f records/s "
                + "(input generation %d ms excluded, checksum %d)%n", name, count, writeNanos / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, count / (total / 1e9),
                generateNanos / 1_000_000, checksum);
        sorter.dispose();
    }
}
