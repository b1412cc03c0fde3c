package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link InPlaceMutableHashTable#reduceOrInsertInPlace}: binary keys and rewritten tails. */
class InPlaceUpdateTest {

    /** Two-element {@code long[]} records keyed on element 0: serialized as length, key, value. */
    static class PairKeyComparator extends TestComparators.KeyOnlyComparator<long[]> {
        private static final long serialVersionUID = 1L;
        private final TestComparators.FirstElementComparator delegate = new TestComparators.FirstElementComparator(false);

        @Override
        public int hash(long[] record) {
            return delegate.hash(record);
        }

        @Override
        public void setReference(long[] toCompare) {
            delegate.setReference(toCompare);
        }

        @Override
        public boolean equalToReference(long[] candidate) {
            return delegate.equalToReference(candidate);
        }

        @Override
        public int compare(long[] first, long[] second) {
            return delegate.compare(first, second);
        }

        @Override
        public PairKeyComparator duplicate() {
            return new PairKeyComparator();
        }

        @Override
        public int extractKeys(Object record, Object[] target, int index) {
            return delegate.extractKeys(record, target, index);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public io.eddy.runtime.types.TypeComparator[] getFlatComparators() {
            return delegate.getFlatComparators();
        }

        /** The 4-byte length (always 2) and element 0: the same bytes exactly for equal keys. */
        @Override
        public int binaryKeyPrefixLength(byte[] bytes, int offset) {
            return 12;
        }

        @Override
        public boolean supportsBinaryKeyPrefix() {
            return true;
        }
    }

    /** Adds element 1 of the record to the stored element 1. */
    static final InPlaceUpdater<long[]> SUM_SECOND = new InPlaceUpdater<>() {
        @Override
        public int tailLength() {
            return 8;
        }

        @Override
        public void update(long[] record, MemorySegment stored, int tailOffset) {
            stored.putLong(tailOffset, stored.getLong(tailOffset) + record[1]);
        }
    };

    private static List<MemorySegment> pages(int n, int size) {
        List<MemorySegment> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pages.add(MemorySegment.allocateOffHeap(size, null));
        }
        return pages;
    }

    private static Map<Long, Long> contents(InPlaceMutableHashTable<long[]> table) throws Exception {
        Map<Long, Long> result = new HashMap<>();
        MutableObjectIterator<long[]> it = table.getEntryIterator();
        for (long[] r = it.next(); r != null; r = it.next()) {
            assertEquals(null, result.put(r[0], r[1]), "key " + r[0] + " appears twice");
        }
        return result;
    }

    @Test
    void sumsMatchAModelAndAFullTableChangesNothing() throws Exception {
        for (int keySpace : new int[] {100, 200_000}) {
            InPlaceMutableHashTable<long[]> table = new InPlaceMutableHashTable<>(LongPrimitiveArraySerializer.INSTANCE,
                    new PairKeyComparator(), pages(64, 4096));
            table.open();
            Map<Long, Long> model = new HashMap<>();
            SplittableRandom random = new SplittableRandom(keySpace);
            int fulls = 0;
            for (int i = 0; i < 300_000; i++) {
                long[] record = {random.nextLong(keySpace) - keySpace / 2, random.nextLong(-1000, 1000)};
                if (table.reduceOrInsertInPlace(record, SUM_SECOND)) {
                    model.merge(record[0], record[1], Long::sum);
                } else {
                    fulls++;
                    assertFalse(model.containsKey(record[0]), "only a new key can find the table full");
                    assertEquals(model, contents(table), "a full table is unchanged");
                    table.resetToEmpty();
                    model.clear();
                    assertTrue(table.reduceOrInsertInPlace(record, SUM_SECOND));
                    model.put(record[0], record[1]);
                }
            }
            assertEquals(model, contents(table));
            assertEquals(keySpace > 1000, fulls > 0, "the large key space overflows 256 KiB, the small one does not");
            assertEquals(64, table.close().size());
        }
    }

    @Test
    void recordsWithoutABinaryKeyOrWithAnotherTailAreRejected() throws Exception {
        InPlaceMutableHashTable<Long> longs = new InPlaceMutableHashTable<>(LongSerializer.INSTANCE, new LongComparator(true),
                pages(16, 4096));
        longs.open();
        // the whole record is the key: a tail of 8 bytes does not exist
        assertThrows(IllegalArgumentException.class, () -> longs.reduceOrInsertInPlace(7L, new InPlaceUpdater<>() {
            @Override
            public int tailLength() {
                return 8;
            }

            @Override
            public void update(Long record, MemorySegment stored, int tailOffset) {
            }
        }));
        longs.close();
    }
}
